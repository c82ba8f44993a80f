// Plugins that fail again and again: a crashed `command:` plugin is started
// again for the next file; after three crashes in a row it is skipped for the
// rest of the run; `isolate: true` gives a library plugin the same, so that
// its crash costs one file instead of the host.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "config/config.h"
#include "factcheck/error.h"
#include "host/plugin_host.h"
#include "run/runner.h"
#include "test_support.h"

namespace factcheck {
namespace {

using testing::TempDir;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

class PluginRestartTest : public ::testing::Test {
 protected:
  // The test plugin, which aborts on "CRASH-NOW" and flags "falsehood",
  // reached through `transport`.
  Config ConfigFor(const std::string& transport) {
    return LoadConfig(
        dir_.Write("factcheck.yaml", "plugins:\n  - name: fragile\n    " + transport +
                                         "\n    options: {misbehave: true, words: {falsehood: "
                                         "CONTRADICTED}}\n"));
  }

  std::string ServePluginCommand() {
    return std::string("command: [") + FACTCHECK_BINARY + ", serve-plugin, --library, " +
           FACTCHECK_TEST_PLUGIN + "]";
  }

  // Checks the texts in order, one at a time.
  v1::Report Check(const Config& config, const std::vector<std::string>& texts) {
    PluginHost host(config, 1);
    std::vector<std::string> files;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      files.push_back(dir_.Write("article" + std::to_string(i) + ".md", texts[i]));
    }
    RunOptions options;
    options.jobs = 1;
    return CheckFiles(files, host.plugins(), options).report;
  }

  TempDir dir_;
};

TEST_F(PluginRestartTest, CrashedCommandPluginIsStartedAgainForTheNextFile) {
  const v1::Report report = Check(ConfigFor(ServePluginCommand()),
                                  {"A falsehood. CRASH-NOW\n", "A falsehood.\n", "A falsehood.\n"});
  ASSERT_EQ(report.files_size(), 3);
  ASSERT_EQ(report.files(0).errors_size(), 1);
  EXPECT_TRUE(Contains(report.files(0).errors(0).message(), "killed by signal 6"))
      << report.files(0).errors(0).message();
  EXPECT_TRUE(
      Contains(report.files(0).errors(0).message(), "it is started again for the next file"))
      << report.files(0).errors(0).message();
  for (int i = 1; i < 3; ++i) {
    EXPECT_EQ(report.files(i).errors_size(), 0) << report.files(i).DebugString();
    EXPECT_EQ(report.files(i).findings_size(), 1) << report.files(i).DebugString();
  }
}

TEST_F(PluginRestartTest, CrashedPluginLeavesNoSocketFolderBehind) {
  const std::filesystem::path tmp = dir_.path() / "tmp";
  std::filesystem::create_directory(tmp);
  ::setenv("TMPDIR", tmp.c_str(), 1);  // Where serve-plugin makes its socket folder.
  const v1::Report report =
      Check(ConfigFor(ServePluginCommand()), {"CRASH-NOW\n", "A falsehood.\n"});
  ::unsetenv("TMPDIR");
  EXPECT_EQ(report.files(1).findings_size(), 1);
  EXPECT_TRUE(std::filesystem::is_empty(tmp)) << std::filesystem::directory_iterator(tmp)->path();
}

TEST_F(PluginRestartTest, ThreeCrashesInARowOpenTheBreakerAndLaterFilesSaySkipped) {
  const v1::Report report =
      Check(ConfigFor(ServePluginCommand()),
            {"CRASH-NOW\n", "CRASH-NOW\n", "CRASH-NOW\n", "A falsehood.\n", "A falsehood.\n"});
  ASSERT_EQ(report.files_size(), 5);
  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(report.files(i).errors_size(), 1);
    EXPECT_TRUE(Contains(report.files(i).errors(0).message(), "killed by signal 6"));
  }
  EXPECT_TRUE(Contains(report.files(2).errors(0).message(),
                       "crashed 3 times in a row and is not started again in this run"))
      << report.files(2).errors(0).message();
  for (int i = 3; i < 5; ++i) {
    ASSERT_EQ(report.files(i).errors_size(), 1);
    EXPECT_TRUE(Contains(report.files(i).errors(0).message(),
                         "skipped: the plugin process crashed 3 times in a row"))
        << report.files(i).errors(0).message();
    EXPECT_EQ(report.files(i).findings_size(), 0);
  }
}

TEST_F(PluginRestartTest, ACrashBetweenGoodFilesDoesNotCountTowardsTheBreaker) {
  const v1::Report report =
      Check(ConfigFor(ServePluginCommand()), {"CRASH-NOW\n", "CRASH-NOW\n", "A falsehood.\n",
                                              "CRASH-NOW\n", "CRASH-NOW\n", "A falsehood.\n"});
  ASSERT_EQ(report.files_size(), 6);
  EXPECT_EQ(report.files(2).findings_size(), 1);
  EXPECT_EQ(report.files(5).errors_size(), 0) << report.files(5).DebugString();
  EXPECT_EQ(report.files(5).findings_size(), 1);
}

TEST_F(PluginRestartTest, IsolatedLibraryCrashCostsOneFileNotTheHost) {
  const Config config =
      ConfigFor(std::string("library: ") + FACTCHECK_TEST_PLUGIN + "\n    isolate: true");
  const v1::Report report = Check(config, {"A falsehood. CRASH-NOW\n", "A falsehood.\n"});
  ASSERT_EQ(report.files_size(), 2);
  ASSERT_EQ(report.files(0).errors_size(), 1);
  EXPECT_TRUE(Contains(report.files(0).errors(0).message(), "killed by signal 6"));
  EXPECT_EQ(report.files(1).findings_size(), 1);
  EXPECT_EQ(DescribeTransport(config.plugins[0].transport),
            std::string("library ") + FACTCHECK_TEST_PLUGIN + " (isolated)");
}

TEST_F(PluginRestartTest, IsolateIsOnlyForLibrariesAndIsTrueOrFalse) {
  try {
    ConfigFor(ServePluginCommand() + "\n    isolate: true");
    FAIL();
  } catch (const LocatedError& e) {
    EXPECT_TRUE(Contains(e.Describe(), "factcheck.yaml:4:14: 'isolate' is for a 'library' plugin"))
        << e.Describe();
  }
  try {
    ConfigFor(std::string("library: ") + FACTCHECK_TEST_PLUGIN + "\n    isolate: maybe");
    FAIL();
  } catch (const LocatedError& e) {
    EXPECT_TRUE(Contains(e.Describe(), "factcheck.yaml:4:14: 'isolate' must be true or false"))
        << e.Describe();
  }
}

}  // namespace
}  // namespace factcheck
