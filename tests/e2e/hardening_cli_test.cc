// The factcheck command pointed at content it does not control: folders
// whose configuration asks to run programs, YAML bombs, pipes, terminal
// escapes, huge lines, out-of-range options, corrupt caches, concurrent
// ledger writes and reports that cannot be written.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "test_support.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;
using testing::RunFactcheck;
using testing::TempDir;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Points the trust store at a fresh folder for the test's lifetime.
class TrustTest : public ::testing::Test {
 protected:
  void SetUp() override { ::setenv("XDG_CONFIG_HOME", (home_.path() / "config").c_str(), 1); }
  void TearDown() override { ::unsetenv("XDG_CONFIG_HOME"); }
  TempDir home_;
  TempDir content_;
};

TEST_F(TrustTest, DiscoveredConfigMayNotRunAProgram) {
  const std::string marker = (content_.path() / "ran").string();
  const std::string config =
      content_.Write(".factcheck.yaml",
                     "plugins:\n  - name: x\n    command: [sh, -c, \"touch " + marker + "\"]\n");
  const std::string article = content_.Write("a.md", "A falsehood.\n");
  auto result = RunFactcheck({"check", article});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_FALSE(fs::exists(marker)) << "the folder's command ran";
  EXPECT_TRUE(Contains(result.err, config + ":3:14: plugin 'x' runs a program (command:)"))
      << result.err;
  EXPECT_TRUE(Contains(result.err, "factcheck trust " + config)) << result.err;
}

TEST_F(TrustTest, DiscoveredConfigMayNotNameAnEndpointALibraryOrFarReferences) {
  const std::string article = content_.Write("a.md", "A falsehood.\n");
  for (const std::string& bad :
       {std::string("plugins:\n  - name: x\n    endpoint: unix:/tmp/x.sock\n"),
        "plugins:\n  - name: x\n    library: " + std::string(FACTCHECK_TEST_PLUGIN) + "\n",
        std::string("reference:\n  - /etc/passwd\n"),
        std::string("reference:\n  - ../outside.yaml\n")}) {
    content_.Write(".factcheck.yaml", bad);
    auto result = RunFactcheck({"check", article});
    EXPECT_EQ(result.exit_code, 2) << bad;
    EXPECT_TRUE(Contains(result.err, "may not do")) << bad << result.err;
    EXPECT_FALSE(Contains(result.err, "root:")) << "an error quoted a file's content";
  }
}

TEST_F(TrustTest, BuiltInPluginsNeedNoTrust) {
  content_.Write(".factcheck.yaml", "plugins:\n  - name: words\n    library: test_plugin\n");
  const std::string article = content_.Write("a.md", "A falsehood.\n");
  auto result = RunFactcheck({"check", article});
  EXPECT_EQ(result.exit_code, 1) << result.err;
}

TEST_F(TrustTest, TrustIsPerRunOrByContentHashAndRevocable) {
  const std::string config = content_.Write(
      ".factcheck.yaml",
      "plugins:\n  - name: words\n    library: " + std::string(FACTCHECK_TEST_PLUGIN) + "\n");
  const std::string article = content_.Write("a.md", "A falsehood.\n");
  EXPECT_EQ(RunFactcheck({"check", article}).exit_code, 2);
  EXPECT_EQ(RunFactcheck({"check", "--trust-config", article}).exit_code, 1);

  auto trust = RunFactcheck({"trust", config});
  EXPECT_EQ(trust.exit_code, 0) << trust.err;
  EXPECT_TRUE(fs::exists(home_.path() / "config" / "factcheck" / "trusted"));
  EXPECT_EQ(RunFactcheck({"check", article}).exit_code, 1);

  // A changed file is a different file: untrusted again.
  std::ofstream(config, std::ios::app) << "# changed\n";
  EXPECT_EQ(RunFactcheck({"check", article}).exit_code, 2);
  ASSERT_EQ(RunFactcheck({"trust", config}).exit_code, 0);
  EXPECT_EQ(RunFactcheck({"check", article}).exit_code, 1);

  ASSERT_EQ(RunFactcheck({"trust", "--revoke", config}).exit_code, 0);
  EXPECT_EQ(RunFactcheck({"check", article}).exit_code, 2);
}

class HardeningCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    config_ = dir_.Write("factcheck.yaml", testing::TestPluginConfig("library: test_plugin"));
  }
  TempDir dir_;
  std::string config_;
};

TEST_F(HardeningCliTest, AliasBombInPluginOptionsIsAnErrorNotAnExplosion) {
  std::string bomb = "plugins:\n  - name: words\n    library: test_plugin\n    options:\n";
  bomb += "      l0: &l0 [x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i <= 9; ++i) {
    const std::string prev = "*l" + std::to_string(i - 1);
    bomb += "      l" + std::to_string(i) + ": &l" + std::to_string(i) + " [" + prev + ", " + prev +
            ", " + prev + ", " + prev + ", " + prev + ", " + prev + ", " + prev + ", " + prev +
            ", " + prev + "]\n";
  }
  const std::string config = dir_.Write("bomb.yaml", bomb);
  const std::string article = dir_.Write("a.md", "Text.\n");
  auto result = RunFactcheck({"check", "--config", config, article});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(Contains(result.err, config + ":")) << result.err;
}

TEST_F(HardeningCliTest, SelfReferencingAliasDoesNotCrashConfigDump) {
  const std::string config =
      dir_.Write("self.yaml",
                 "plugins:\n  - name: words\n    library: test_plugin\n    options: &o {a: *o}\n");
  auto result = RunFactcheck({"config", "--dump", "--config", config});
  EXPECT_EQ(result.exit_code, 2) << result.out;
  EXPECT_TRUE(Contains(result.err, config + ":4:")) << result.err;
}

TEST_F(HardeningCliTest, IntegerOptionsOutOfRangeAreErrorsNotWrappedValues) {
  const std::string article = dir_.Write("a.md", "Text.\n");
  for (const std::string value : {"4294967297", "2147483648", "0", "-1", "1e3"}) {
    const std::string config = dir_.Write(
        "c.yaml",
        "plugins:\n  - name: words\n    library: test_plugin\n    timeout_ms: " + value + "\n");
    auto result = RunFactcheck({"check", "--config", config, article});
    EXPECT_EQ(result.exit_code, 2) << value;
    EXPECT_TRUE(Contains(result.err, config + ":4:17: ")) << value << ": " << result.err;
    EXPECT_TRUE(Contains(result.err, "timeout_ms")) << result.err;
  }
  const std::string config = dir_.Write("m.yaml", "max_file_bytes: 99999999999999999999\n");
  EXPECT_EQ(RunFactcheck({"check", "--config", config, article}).exit_code, 2);
}

TEST_F(HardeningCliTest, PipesAreReadAsStreams) {
  // /dev/stdin is the pipe the test feeds: its text, not an empty article.
  auto result = RunFactcheck({"check", "--config", config_, "/dev/stdin"}, "It was a falsehood.\n");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_TRUE(Contains(result.out, "1 claim: 1 contradicted")) << result.out;
}

TEST_F(HardeningCliTest, UnreadableArticleIsAnErrorNamingIt) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file; permissions cannot be tested";
  const std::string article = dir_.Write("a.md", "A falsehood.\n");
  fs::permissions(article, fs::perms::none);
  auto result = RunFactcheck({"check", "--config", config_, article});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(Contains(result.err, article)) << result.err;
}

TEST_F(HardeningCliTest, FifoInsideAFolderFailsTheRunInsteadOfBeingSkipped) {
  dir_.Write("articles/a.md", "The truth.\n");
  ASSERT_EQ(::mkfifo((dir_.path() / "articles" / "b.md").c_str(), 0600), 0);
  auto result = RunFactcheck({"check", "--config", config_, (dir_.path() / "articles").string()});
  EXPECT_EQ(result.exit_code, 2) << result.out;
  EXPECT_TRUE(Contains(result.out, "b.md: error: ")) << result.out;
  EXPECT_TRUE(Contains(result.out, "not a regular file")) << result.out;
}

TEST_F(HardeningCliTest, TerminalEscapesInTextAndNamesNeverReachTheTerminal) {
  const std::string article =
      dir_.Write("evil\x1B]0;owned\x07.md", "\x1B[2J\x1B[31mIt was a falsehood.\x1B[0m\n");
  auto result = RunFactcheck({"check", "--config", config_, article});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_FALSE(Contains(result.out, "\x1B")) << result.out;
  EXPECT_FALSE(Contains(result.out, "\x07")) << result.out;
  EXPECT_TRUE(Contains(result.out, "falsehood")) << result.out;
}

TEST_F(HardeningCliTest, NonUtf8FileNamesAreEscapedInJson) {
  const std::string article = dir_.Write("caf\xE9.md", "A falsehood.\n");
  auto result = RunFactcheck({"check", "--config", config_, "--format", "json", article});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_TRUE(Contains(result.out, "caf\\\\xE9.md")) << result.out;
  auto junit = RunFactcheck({"check", "--config", config_, "--format", "junit", article});
  EXPECT_FALSE(Contains(junit.out, "\xE9")) << "JUnit must stay valid UTF-8";
}

TEST_F(HardeningCliTest, ExcerptOfAHugeLineIsCutAroundTheFinding) {
  std::string line(1 << 20, 'a');
  for (std::size_t i = 0; i < line.size(); i += 10) line[i] = ' ';
  const std::string text = line + " It was a falsehood. " + line + "\n";
  const std::string article = dir_.Write("long.md", text);
  auto result = RunFactcheck({"check", "--config", config_, article});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_LT(result.out.size(), 2000u);
  EXPECT_TRUE(Contains(result.out, "It was a falsehood.")) << result.out.substr(0, 2000);
}

// `factcheck check PATHS >/dev/full`, run by the shell (the plugin named by
// its path: the shell's environment has no plugin path): its exit status
// and what it said.
std::pair<int, std::string> CheckIntoAFullDisk(const TempDir& dir, const std::string& arguments) {
  const std::string config = dir.Write(
      "absolute.yaml", testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN));
  const std::string err = (dir.path() / "err.txt").string();
  const std::string command = std::string(FACTCHECK_BINARY) + " check --config " + config + " " +
                              arguments + " >/dev/full 2>" + err;
  const int status = std::system(command.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, testing::ReadFile(err)};
}

TEST_F(HardeningCliTest, ReportThatCannotBeWrittenExitsTwo) {
  const auto [status, err] = CheckIntoAFullDisk(dir_, dir_.Write("a.md", "The truth.\n"));
  EXPECT_EQ(status, 2);
  EXPECT_TRUE(Contains(err, "cannot write the report to standard output: No space left on device"))
      << err;
}

// A report written as the run goes fails in the middle of the run when its
// reader will not take it (here past the first 64 KB): the run stops there
// with the error.
TEST_F(HardeningCliTest, AStreamedReportThatCannotBeWrittenStopsTheRun) {
  for (int i = 0; i < 300; ++i) {
    dir_.Write("many/a" + std::to_string(i) + ".md", "It was a falsehood, a falsehood.\n");
  }
  const auto [status, err] =
      CheckIntoAFullDisk(dir_, "--format json " + (dir_.path() / "many").string());
  EXPECT_EQ(status, 2);
  EXPECT_TRUE(Contains(err, "cannot write the report to standard output: No space left on device"))
      << err;
}

TEST_F(HardeningCliTest, CorruptOrTruncatedCacheEntriesAreIgnoredAndRewritten) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "Sentence " + std::to_string(i) + " is a falsehood.\n";
  const std::string article = dir_.Write("a.md", text);
  const std::string cache = (dir_.path() / "cache").string();
  auto first = RunFactcheck({"check", "--config", config_, "--cache", cache, article});
  ASSERT_EQ(first.exit_code, 1) << first.err;
  for (const auto& damage : {std::string("truncate"), std::string("flip"), std::string("empty")}) {
    for (const auto& entry : fs::recursive_directory_iterator(cache)) {
      if (!entry.is_regular_file()) continue;
      std::string bytes = testing::ReadFile(entry.path());
      if (damage == "truncate") bytes.resize(bytes.size() / 2);
      if (damage == "flip") bytes[bytes.size() / 2] ^= 0x04;
      if (damage == "empty") bytes.clear();
      std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << bytes;
    }
    auto again = RunFactcheck({"check", "--config", config_, "--cache", cache, article});
    EXPECT_EQ(again.exit_code, 1) << damage;
    EXPECT_EQ(again.out, first.out) << damage;
  }
}

TEST_F(HardeningCliTest, ConcurrentVerifyLosesNoEntry) {
  constexpr int kWriters = 20;
  std::string text;
  for (int i = 0; i < kWriters; ++i) {
    text += "Sentence " + std::to_string(i) + " is a falsehood.\n\n";
  }
  const std::string article = dir_.Write("a.md", text);
  std::vector<std::thread> writers;
  std::vector<int> codes(kWriters, -1);
  for (int i = 0; i < kWriters; ++i) {
    writers.emplace_back([&, i] {
      codes[i] = RunFactcheck({"verify", "--config", config_, "--by", "ed", "--note", "checked",
                               article + ":" + std::to_string(2 * i + 1)})
                     .exit_code;
    });
  }
  for (auto& w : writers) w.join();
  for (int i = 0; i < kWriters; ++i) EXPECT_EQ(codes[i], 0) << "writer " << i;
  const std::string ledger = testing::ReadFile(dir_.path() / ".factcheck-verified.yaml");
  std::size_t entries = 0;
  for (std::size_t at = 0; (at = ledger.find("plugin:", at)) != std::string::npos; ++at) ++entries;
  EXPECT_EQ(entries, static_cast<std::size_t>(kWriters)) << ledger;
}

TEST_F(HardeningCliTest, MalformedLedgerIsAnErrorNotOverwritten) {
  const std::string article = dir_.Write("a.md", "A falsehood.\n");
  const std::string bad = "verified:\n  - plugin: words\n    rule: [unclosed\n";
  const std::string ledger = dir_.Write(".factcheck-verified.yaml", bad);
  auto result =
      RunFactcheck({"verify", "--config", config_, "--by", "ed", "--note", "n", article + ":1"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(Contains(result.err, ledger + ":")) << result.err;
  EXPECT_EQ(testing::ReadFile(ledger), bad);
  // Found by the ledger fuzzer: an entry that is a string, not a mapping.
  const std::string scalar_entry = "verified:\n  - plugin:# [x]\n";
  dir_.Write(".factcheck-verified.yaml", scalar_entry);
  auto scalar =
      RunFactcheck({"verify", "--config", config_, "--by", "ed", "--note", "n", article + ":1"});
  EXPECT_EQ(scalar.exit_code, 2);
  EXPECT_TRUE(Contains(scalar.err, ledger + ":2:5: a ledger entry must be a mapping"))
      << scalar.err;
}

TEST_F(HardeningCliTest, DirectiveInsideAnotherCommentIsNoDirective) {
  // Found by the suppressions fuzzer: an end inside the begin's own comment
  // closed the range before it opened.
  const std::string article = dir_.Write(
      "a.md",
      "A falsehood.\n<!-- factcheck-ignore-begin words: a <!-- factcheck-ignore-end -->\n"
      "Another falsehood.\n");
  auto result = RunFactcheck({"check", "--config", config_, article});
  EXPECT_EQ(result.exit_code, 2) << result.out;
  EXPECT_TRUE(
      Contains(result.out + result.err, "factcheck-ignore-begin without a factcheck-ignore-end"))
      << result.out << result.err;
}

TEST_F(HardeningCliTest, ChangedSinceIsNeverAGitOption) {
  const std::string victim = (dir_.path() / "victim").string();
  const std::string git =
      "git -C " + dir_.path().string() + " -c user.name=t -c user.email=t@example.org";
  ASSERT_EQ(std::system(
                (git + " init -q && " + git + " add -A && " + git + " commit -qm first >/dev/null")
                    .c_str()),
            0);
  auto result = RunFactcheck(
      {"check", "--config", config_, "--changed-since=--output=" + victim, dir_.path().string()},
      "", dir_.path().string());
  EXPECT_NE(result.exit_code, 0);
  EXPECT_FALSE(fs::exists(victim));
}

TEST(ReferenceHardeningTest, DeeplyNestedReferenceIsAnErrorThatQuotesNothing) {
  TempDir dir;
  const std::string secret = "s3cret=line, that must not be echoed";
  const std::string file = dir.Write(
      "deep.yaml", secret + ": " + std::string(50'000, '[') + std::string(50'000, ']') + "\n");
  auto result = RunFactcheck({"reference", "check", file});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_TRUE(Contains(result.err, file + ":1:")) << result.err.substr(0, 500);
  EXPECT_FALSE(Contains(result.err, secret)) << result.err.substr(0, 500);
  const std::string not_yaml = dir.Write("shadow.yaml", "root:$6$abc:19000:0:99999:7:::\n");
  auto shadow = RunFactcheck({"reference", "check", not_yaml});
  EXPECT_EQ(shadow.exit_code, 2);
  EXPECT_FALSE(Contains(shadow.err, "$6$abc")) << shadow.err;
}

}  // namespace
}  // namespace factcheck
