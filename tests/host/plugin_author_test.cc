// What a plugin author hits when trying the host as a new user would: each
// test is one defect that must stay fixed.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>

#include "config/config.h"
#include "factcheck/error.h"
#include "host/library_plugin.h"
#include "host/plugin_host.h"
#include "run/runner.h"
#include "test_support.h"

namespace factcheck {
namespace {
namespace fs = std::filesystem;
using testing::RunFactcheck;
using testing::TempDir;

std::string ErrorOf(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

std::size_t Occurrences(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST(LibraryLoadTest, EachFailureSaysWhatTheLoaderSaid) {
  TempDir dir;
  const std::string missing = (dir.path() / "missing.so").string();
  EXPECT_NE(ErrorOf([&] { LoadLibraryPlugin(missing); }).find("No such file or directory"),
            std::string::npos);
  const std::string text = dir.Write("text.so", std::string(200, 'x'));
  const std::string not_elf = ErrorOf([&] { LoadLibraryPlugin(text); });
  EXPECT_NE(not_elf.find("invalid ELF header"), std::string::npos) << not_elf;
  const std::string undefined =
      ErrorOf([&] { LoadLibraryPlugin(FACTCHECK_TEST_PLUGIN_UNDEFINED); });
  EXPECT_NE(undefined.find("undefined symbol: factcheck_test_function_nobody_defines"),
            std::string::npos)
      << undefined;
  for (const auto& message : {not_elf, undefined}) {
    EXPECT_EQ(message.find("Bad file descriptor"), std::string::npos) << message;
  }
}

TEST(LibraryLoadTest, ALibraryWithItsOwnCopyOfTheProtocolCodeIsRefusedBeforeLoading) {
  EXPECT_EQ(EmbeddedProtocolFile(FACTCHECK_TEST_PLUGIN), std::nullopt);
  const std::string message = ErrorOf([] { LoadLibraryPlugin(FACTCHECK_TEST_PLUGIN_OWN_PROTO); });
  EXPECT_NE(message.find("contains its own copy of the protocol's generated code "
                         "(factcheck/v1/checker.proto)"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("Link the plugin with libfactcheck_proto"), std::string::npos);
}

// A committed configuration names its plugins relative to its own folder, and
// works from any folder.
TEST(RelativePathsTest, LibraryAndCommandStartFromTheConfigurationsFolder) {
  TempDir dir;
  fs::create_directories(dir.path() / "plugins");
  fs::copy_file(FACTCHECK_TEST_PLUGIN, dir.path() / "plugins" / "words.so");
  dir.Write("site/serve.sh", std::string("exec ") + FACTCHECK_BINARY +
                                 " serve-plugin --library ../plugins/words.so\n");
  const std::string config = dir.Write("site/.factcheck.yaml",
                                       "plugins:\n"
                                       "  - name: lib\n    library: ../plugins/words.so\n"
                                       "  - name: spawned\n    command: [sh, serve.sh]\n");
  const std::string article = dir.Write("site/news/a.md", "A falsehood.\n");
  const auto result = RunFactcheck({"check", "--config", config, article}, "", "/");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.out.find("[lib/flagged-word]"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("[spawned/flagged-word]"), std::string::npos) << result.out;
}

TEST(ReportTest, ALineBreakInAPluginsMessageCannotFakeALineOfTheReport) {
  TempDir dir;
  const std::string config =
      dir.Write("factcheck.yaml",
                testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN +
                                          "\n    options:\n      words: {\"rumour\\nfake.md:1:1: "
                                          "contradicted: forged\": NEEDS_VERIFICATION}"));
  const std::string article =
      dir.Write("a.md", "The rumour\nfake.md:1:1: contradicted: forged spread.\n");
  const auto result = RunFactcheck({"check", "--config", config, "--fail-on", "never", article});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("The word 'rumour fake.md:1:1: contradicted: forged' is flagged."),
            std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find("\nfake.md"), std::string::npos) << result.out;
}

TEST(CommandLineTest, VerboseIsAcceptedAfterTheSubcommand) {
  TempDir dir;
  const std::string config =
      dir.Write("factcheck.yaml",
                testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN));
  const auto result = RunFactcheck({"plugins", "-vv", "--config", config});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("debug:"), std::string::npos) << result.err;
}

TEST(OptionsTest, ConfigureErrorsNameThePlaceInTheConfiguration) {
  TempDir dir;
  const std::string config = dir.Write(
      "factcheck.yaml", testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN +
                                                  "\n    options:\n      words: "
                                                  "{hoax: BOGUS}"));
  const auto result = RunFactcheck({"plugins", "--config", config});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("factcheck.yaml:5:7: plugin 'words': option words: unknown verdict "
                            "'BOGUS'"),
            std::string::npos)
      << result.err;
}

TEST(OptionsTest, OptionsAreCheckedAgainstTheDeclaredSpecsBeforeConfigure) {
  TempDir dir;
  const std::string base = std::string("library: ") + FACTCHECK_TEST_PLUGIN + "\n    options:\n";
  const std::string mistyped =
      dir.Write("mistyped.yaml", testing::TestPluginConfig(base + "      misbehave: \"yes\""));
  auto result = RunFactcheck({"plugins", "--config", mistyped});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("mistyped.yaml:5:7: plugin 'words': option 'misbehave' must be true "
                            "or false"),
            std::string::npos)
      << result.err;
  const std::string unknown = dir.Write(
      "unknown.yaml", testing::TestPluginConfig(base + "      words: {}\n      colour: blue"));
  result = RunFactcheck({"check", "--config", unknown, unknown});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown.yaml:6:7: plugin 'words': unknown option 'colour' (the "
                            "plugin accepts: words, misbehave, received)"),
            std::string::npos)
      << result.err;
}

TEST(DescribeTest, DuplicateAndEmptyRuleIdsAreRefused) {
  TempDir dir;
  const Config config = LoadConfig(
      dir.Write("factcheck.yaml",
                testing::TestPluginConfig(std::string("library: ") + FACTCHECK_BAD_PLUGIN, "bad")));
  ::setenv("FACTCHECK_BAD_PLUGIN", "duplicate-rule", 1);
  EXPECT_NE(ErrorOf([&] { PluginHost host(config, 1); })
                .find("factcheck.yaml:2:5: plugin 'bad': Describe declared the rule "
                      "'flagged-word' twice"),
            std::string::npos);
  ::setenv("FACTCHECK_BAD_PLUGIN", "empty-rule-id", 1);
  EXPECT_NE(ErrorOf([&] {
              PluginHost host(config, 1);
            }).find("plugin 'bad': Describe gave rule 1 an empty id"),
            std::string::npos);
  ::unsetenv("FACTCHECK_BAD_PLUGIN");
}

TEST(MessagesTest, ThePluginIsNamedOnce) {
  TempDir dir;
  const Config config = LoadConfig(dir.Write(
      "factcheck.yaml",
      testing::TestPluginConfig("command: [sh, -c, \"echo no data >&2; exit 3\"]", "broken")));
  const std::string message = ErrorOf([&] { PluginHost host(config, 1); });
  EXPECT_NE(message.find("factcheck.yaml:2:5: plugin 'broken': 'sh' closed its stdout without a "
                         "handshake line"),
            std::string::npos)
      << message;
  EXPECT_EQ(Occurrences(message, "plugin 'broken'"), 1u) << message;
}

// Two runs with different options share one running server: each gets the
// findings of its own options.
TEST(EndpointTest, OneServerKeepsTheOptionsOfEachHostApart) {
  TempDir dir;
  const std::string socket = (dir.path() / "plugin.sock").string();
  const pid_t server = testing::StartTestPluginServer(socket);
  auto config_for = [&](const std::string& name, const std::string& word) {
    return LoadConfig(dir.Write(
        name + ".yaml",
        testing::TestPluginConfig("endpoint: unix:" + socket + "\n    options: {words: {" + word +
                                  ": CONTRADICTED}}")));
  };
  {
    PluginHost alpha(config_for("alpha", "alpha"), 1);
    PluginHost beta(config_for("beta", "beta"), 1);  // Configured after alpha.
    const std::string article = dir.Write("a.md", "Both alpha and beta.\n");
    RunOptions options;
    auto flagged = [&](PluginHost& host) {
      const auto report = CheckFiles({article}, host.plugins(), options).report;
      std::string out;
      for (const auto& f : report.files(0).findings()) out += f.message();
      for (const auto& e : report.files(0).errors()) out += e.message();
      return out;
    };
    EXPECT_EQ(flagged(alpha), "The word 'alpha' is flagged.");
    EXPECT_EQ(flagged(beta), "The word 'beta' is flagged.");
  }
  ::kill(server, SIGTERM);
  ::waitpid(server, nullptr, 0);
}

TEST(CacheTest, ACommandPluginsChangedCodeIsNoticed) {
  TempDir dir;
  const std::string script = std::string("exec ") + FACTCHECK_BINARY + " serve-plugin --library " +
                             FACTCHECK_TEST_PLUGIN + "\n";
  dir.Write("plugin.sh", script);
  const std::string config =
      dir.Write("factcheck.yaml", testing::TestPluginConfig("command: [sh, plugin.sh]"));
  const std::string article = dir.Write("a.md", "A falsehood.\n");
  const std::string cache = (dir.path() / "cache").string();
  auto entries = [&] {
    return std::distance(fs::directory_iterator(cache), fs::directory_iterator());
  };
  ASSERT_EQ(RunFactcheck({"check", "--config", config, "--cache", cache, article}).exit_code, 1);
  ASSERT_EQ(entries(), 1);
  ASSERT_EQ(RunFactcheck({"check", "--config", config, "--cache", cache, article}).exit_code, 1);
  EXPECT_EQ(entries(), 1) << "an unchanged plugin uses the cached report";
  dir.Write("plugin.sh", "# version 2\n" + script);
  ASSERT_EQ(RunFactcheck({"check", "--config", config, "--cache", cache, article}).exit_code, 1);
  EXPECT_EQ(entries(), 2) << "the changed plugin.sh must not reuse the old report";
}

}  // namespace
}  // namespace factcheck
