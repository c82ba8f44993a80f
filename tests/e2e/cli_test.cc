// The factcheck command as users run it: exit codes, the text and JSON
// reports, configuration discovery and errors.
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "factcheck/v1/report.pb.h"
#include "test_support.h"

namespace factcheck {
namespace {

using testing::RunFactcheck;
using testing::TempDir;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    config_ = dir_.Write("factcheck.yaml", testing::TestPluginConfig("library: test_plugin"));
  }
  TempDir dir_;
  std::string config_;
};

TEST_F(CliTest, ContradictedFindingFailsTheRunWithTextReport) {
  const std::string article = dir_.Write("a.md", "# Title\n\nIt was a  falsehood, surely.\n");
  auto result = RunFactcheck({"check", "--config", config_, "--as-of", "2023-06-15", article});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_EQ(result.out, article +
                            ":3:11: contradicted: The word 'falsehood' is flagged. "
                            "[words/flagged-word]\n"
                            "  It was a  falsehood, surely.\n"
                            "            ^~~~~~~~~\n"
                            "  suggestion: \"truth\" (Write the truth instead)\n"
                            "1 file, 1 claim: 1 contradicted, 0 need verification, 0 supported\n");
}

TEST_F(CliTest, SupportedFindingsAreHiddenUnlessAskedFor) {
  const std::string article = dir_.Write("a.md", "The truth.\n");
  auto hidden = RunFactcheck({"check", "--config", config_, article});
  EXPECT_EQ(hidden.exit_code, 0) << hidden.err;
  EXPECT_EQ(hidden.out.find("supported:"), std::string::npos);
  EXPECT_NE(hidden.out.find("1 claim: 0 contradicted, 0 need verification, 1 supported"),
            std::string::npos);
  auto shown = RunFactcheck({"check", "--config", config_, "--show-supported", article});
  EXPECT_NE(shown.out.find(":1:5: supported: The word 'truth' is flagged."), std::string::npos)
      << shown.out;
}

TEST_F(CliTest, FailOnDecidesTheExitCode) {
  const std::string article = dir_.Write("a.md", "A rumour.\n");
  EXPECT_EQ(RunFactcheck({"check", "--config", config_, article}).exit_code, 0);
  EXPECT_EQ(RunFactcheck({"check", "--config", config_, "--fail-on", "needs-verification", article})
                .exit_code,
            1);
  EXPECT_EQ(RunFactcheck({"check", "--config", config_, "--fail-on", "never", article}).exit_code,
            0);
}

TEST_F(CliTest, JsonReportHasEveryField) {
  dir_.Write("articles/b.md", "---\ndate: 2020-01-02T10:00:00Z\n---\nA falsehood.\n");
  dir_.Write("articles/a.txt", "A rumour and the truth.\n");
  dir_.Write("articles/notes.csv", "falsehood\n");
  auto result = RunFactcheck(
      {"check", "--config", config_, "--format", "json", (dir_.path() / "articles").string()});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  v1::Report report;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(result.out, &report).ok()) << result.out;
  ASSERT_EQ(report.files_size(), 2);  // The .csv file is not an article.
  EXPECT_NE(report.files(0).path().find("a.txt"), std::string::npos);
  EXPECT_EQ(report.files(0).findings_size(), 2);  // SUPPORTED ones are in JSON too.
  EXPECT_EQ(report.files(1).as_of(), "2020-01-02");
  EXPECT_EQ(report.files(1).as_of_source(), "front-matter");
  const v1::Finding& finding = report.files(1).findings(0);
  EXPECT_EQ(finding.checker(), "words");
  EXPECT_EQ(finding.rule(), "flagged-word");
  EXPECT_EQ(finding.verdict(), v1::VERDICT_CONTRADICTED);
  EXPECT_EQ(finding.line(), 4u);
  EXPECT_EQ(finding.column(), 3u);
  EXPECT_EQ(finding.evidence(0).source(), "test-plugin:1");
  EXPECT_EQ(report.summary().files(), 2u);
  EXPECT_EQ(report.summary().claims(), 3u);
  EXPECT_EQ(report.summary().contradicted(), 1u);
  // Proto field names, not camelCase.
  EXPECT_NE(result.out.find("\"as_of_source\""), std::string::npos);
  EXPECT_NE(result.out.find("\"needs_verification\""), std::string::npos);
}

TEST_F(CliTest, StandardInputIsAnArticle) {
  auto result = RunFactcheck({"check", "--config", config_, "--format", "json", "-"},
                             "A falsehood from a pipe.\n");
  EXPECT_EQ(result.exit_code, 1);
  v1::Report report;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(result.out, &report).ok());
  EXPECT_EQ(report.files(0).path(), "<stdin>");
  EXPECT_EQ(report.files(0).findings_size(), 1);
}

TEST_F(CliTest, BadFilesAreErrorsAndOtherFilesAreStillChecked) {
  const std::string bad = dir_.Write("bad.md", "Fine line.\nBroken \xC3\x28 byte.\n");
  const std::string nul = dir_.Write("nul.md", std::string("A\0B", 3));
  const std::string good = dir_.Write("good.md", "A falsehood.\n");
  auto result = RunFactcheck(
      {"check", "--config", config_, bad, nul, good, (dir_.path() / "missing.md").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.out.find(bad + ":2:8: error: file is not valid UTF-8"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find(nul + ":1:2: error: file contains a NUL byte"), std::string::npos);
  EXPECT_NE(result.out.find("missing.md: error: "), std::string::npos);
  EXPECT_NE(result.out.find(good + ":1:3: contradicted"), std::string::npos);
  EXPECT_NE(result.out.find("4 files, 1 claim"), std::string::npos);
}

TEST_F(CliTest, FileOverTheSizeLimitIsAnError) {
  const std::string config = dir_.Write(
      "small.yaml", "max_file_bytes: 10\n" + testing::TestPluginConfig("library: test_plugin"));
  const std::string article = dir_.Write("long.md", "This article is longer than ten bytes.\n");
  auto result = RunFactcheck({"check", "--config", config, article});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.out.find("larger than the size limit of 10 bytes"), std::string::npos);
}

TEST_F(CliTest, BadFrontMatterDateNamesItsPlace) {
  const std::string article = dir_.Write("a.md", "---\ntitle: x\ndate: June 2023\n---\nText.\n");
  auto result = RunFactcheck({"check", "--config", config_, article});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.out.find(article + ":3:7: error: front matter date 'June 2023'"),
            std::string::npos)
      << result.out;
}

TEST_F(CliTest, ConfigErrorsNameFileLineAndColumn) {
  const std::string config =
      dir_.Write("bad.yaml", "fail_on: contradicted\nplugins:\n  - name: x\n    libary: y\n");
  auto result = RunFactcheck({"check", "--config", config, dir_.Write("a.md", "x\n")});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(config + ":4:5: unknown key 'libary' in a plugin entry"),
            std::string::npos)
      << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST_F(CliTest, ConfigIsFoundFromTheArticleUpward) {
  dir_.Write("repo/.factcheck.yaml",
             "as_of: 2001-09-10\n" + testing::TestPluginConfig("library: test_plugin"));
  const std::string article = dir_.Write("repo/news/a.md", "A falsehood.\n");
  auto result = RunFactcheck({"check", "--format", "json", article});
  EXPECT_NE(result.out.find("\"as_of\": \"2001-09-10\""), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\"as_of_source\": \"config\""), std::string::npos);
  auto dump = RunFactcheck({"config", "--dump", (dir_.path() / "repo/news").string()});
  EXPECT_EQ(dump.exit_code, 0);
  EXPECT_NE(dump.out.find("as_of: 2001-09-10"), std::string::npos) << dump.out;
  EXPECT_NE(dump.out.find("library: test_plugin"), std::string::npos);
}

TEST_F(CliTest, AsOfFromTheCommandLineWins) {
  const std::string article = dir_.Write("a.md", "---\ndate: 2020-01-01\n---\nText.\n");
  auto result = RunFactcheck(
      {"check", "--config", config_, "--format", "json", "--as-of", "2023-06-15", article});
  EXPECT_NE(result.out.find("\"as_of_source\": \"command-line\""), std::string::npos);
  EXPECT_EQ(
      RunFactcheck({"check", "--config", config_, "--as-of", "2023-02-30", article}).exit_code, 2);
}

TEST_F(CliTest, PluginsListsRulesAndTransport) {
  auto result = RunFactcheck({"plugins", "--config", config_});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("words  test-plugin 1.0.0  (protocol 1, library "), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("rule   flagged-word: Flags the configured words."), std::string::npos);
}

TEST_F(CliTest, UsageErrorsExitWithTwoAndHelpWithZero) {
  EXPECT_EQ(RunFactcheck({"check"}).exit_code, 2);
  EXPECT_EQ(RunFactcheck({"frobnicate"}).exit_code, 2);
  auto help = RunFactcheck({"check", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--show-supported"), std::string::npos);
  for (const char* command : {"check", "plugins", "serve-plugin"}) {
    auto version = RunFactcheck({command, "--version"});
    EXPECT_EQ(version.exit_code, 0) << command;
    EXPECT_NE(version.out.find("plugin protocol 1"), std::string::npos) << command;
  }
  EXPECT_EQ(RunFactcheck({"--version"}).exit_code, 0);
}

TEST_F(CliTest, ServePluginWithoutAnAddressOrHandshakeIsAUsageError) {
  auto result = RunFactcheck({"serve-plugin", "--library", "test_plugin"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("needs --listen"), std::string::npos);
}

TEST_F(CliTest, SuppressionsAreCountedAndBadOnesAreErrors) {
  const std::string article = dir_.Write(
      "a.md", "<!-- factcheck-ignore words: checked -->\nA falsehood.\n\nA falsehood.\n");
  auto result = RunFactcheck({"check", "--config", config_, article});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find("1 file, 1 claim: 1 contradicted, 0 need verification, 0 supported; "
                            "1 suppressed"),
            std::string::npos)
      << result.out;
  auto json = RunFactcheck({"check", "--config", config_, "--format", "json", article});
  EXPECT_NE(json.out.find("\"suppressed\": 1"), std::string::npos) << json.out;

  const std::string no_reason =
      dir_.Write("b.md", "Text.\n\n<!-- factcheck-ignore words -->\nA falsehood.\n");
  auto bad = RunFactcheck({"check", "--config", config_, no_reason});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.out.find(no_reason + ":3:1: error: a factcheck-ignore needs a reason"),
            std::string::npos)
      << bad.out;
  const std::string unmatched =
      dir_.Write("c.md", "<!-- factcheck-ignore-begin words: quoted -->\nA falsehood.\n");
  EXPECT_NE(RunFactcheck({"check", "--config", config_, unmatched})
                .out.find("factcheck-ignore-begin without a factcheck-ignore-end"),
            std::string::npos);
  const std::string stray = dir_.Write("d.md", "Text.\n<!-- factcheck-ignore-end -->\n");
  EXPECT_NE(RunFactcheck({"check", "--config", config_, stray})
                .out.find(":2:1: error: factcheck-ignore-end without a factcheck-ignore-begin"),
            std::string::npos);
}

TEST_F(CliTest, ChangedSinceChecksOnlyWhatGitReportsChanged) {
  const std::string repo = (dir_.path() / "repo").string();
  dir_.Write("repo/old.md", "A falsehood.\n");
  dir_.Write("repo/edited.md", "Text.\n");
  auto git = [&](const std::string& command) {
    return std::system(("cd '" + repo + "' && git " + command + " >/dev/null 2>&1").c_str());
  };
  ASSERT_EQ(git("init -q"), 0);
  ASSERT_EQ(git("-c user.name=t -c user.email=t@t add ."), 0);
  ASSERT_EQ(git("-c user.name=t -c user.email=t@t commit -qm first"), 0);
  dir_.Write("repo/edited.md", "Text and a falsehood.\n");
  dir_.Write("repo/new.md", "A rumour.\n");
  auto result = RunFactcheck(
      {"check", "--config", config_, "--format", "json", "--changed-since", "HEAD", "."}, "", repo);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_EQ(result.out.find("old.md"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("edited.md"), std::string::npos);
  EXPECT_NE(result.out.find("new.md"), std::string::npos);

  auto bad =
      RunFactcheck({"check", "--config", config_, "--changed-since", "no-such-ref", "."}, "", repo);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("git diff failed"), std::string::npos) << bad.err;
}

TEST_F(CliTest, CacheReusesReportsUntilAnythingTheyDependOnChanges) {
  const std::string reference =
      dir_.Write("ref/people.yaml",
                 "offices:\n  - id: x.fm\n    title: Foreign Minister\n    jurisdiction: Xland\n"
                 "    holders: [{name: Ann Example, from: 2020-01-01}]\n");
  const std::string config = dir_.Write(
      "cache.yaml",
      "as_of: 2023-06-15\nplugins:\n  - name: office-holders\n    library: office-holders\n"
      "    options: {reference: [ref/people.yaml]}\n");
  const std::string article = dir_.Write("a.md", "Foreign Minister Ann Example spoke.\n");
  const std::string cache = (dir_.path() / "cache").string();
  auto run = [&] {
    return RunFactcheck(
        {"check", "--config", config, "--cache", cache, "--format", "json", article});
  };
  const auto first = run();
  EXPECT_NE(first.out.find("VERDICT_SUPPORTED"), std::string::npos) << first.out << first.err;
  EXPECT_FALSE(std::filesystem::is_empty(cache));
  EXPECT_EQ(run().out, first.out);
  // The reference data changes: the cached report no longer applies.
  dir_.Write("ref/people.yaml",
             "offices:\n  - id: x.fm\n    title: Foreign Minister\n    jurisdiction: Xland\n"
             "    holders: [{name: Ann Example, from: 2020-01-01, to: 2021-01-01}]\n");
  const auto after_reference = run();
  EXPECT_NE(after_reference.out.find("VERDICT_NEEDS_VERIFICATION"), std::string::npos)
      << after_reference.out;
  // Nor when the article changes.
  dir_.Write("a.md", "In 2020, Foreign Minister Ann Example spoke.\n");
  const auto after_article = run();
  EXPECT_NE(after_article.out.find("VERDICT_SUPPORTED"), std::string::npos) << after_article.out;
  EXPECT_NE(after_article.out.find("in 2020"), std::string::npos);
}

TEST_F(CliTest, LedgerMarksVerifiedClaimsUntilTheirSentenceChanges) {
  const std::string repo = (dir_.path() / "news").string();
  ASSERT_EQ(std::system(("mkdir -p '" + repo + "' && cd '" + repo + "' && git init -q").c_str()),
            0);
  const std::string article = dir_.Write("news/a.md", "Intro.\n\nA falsehood here.\n");
  auto verify = RunFactcheck(
      {"verify", article + ":3", "--by", "Ann", "--note", "called them", "--config", config_});
  ASSERT_EQ(verify.exit_code, 0) << verify.err;
  const std::string ledger = testing::ReadFile(dir_.path() / "news/.factcheck-verified.yaml");
  EXPECT_NE(ledger.find("sentence: A falsehood here."), std::string::npos) << ledger;
  EXPECT_NE(ledger.find("by: Ann"), std::string::npos);

  // An edit elsewhere moves the line; the entry still matches and the run passes.
  dir_.Write("news/a.md", "Intro.\n\nMore intro.\n\nA falsehood here.\n");
  auto checked = RunFactcheck({"check", "--config", config_, article});
  EXPECT_EQ(checked.exit_code, 0) << checked.out;
  EXPECT_NE(checked.out.find(":5:3: contradicted (verified by Ann on "), std::string::npos)
      << checked.out;
  EXPECT_NE(checked.out.find("; 1 verified"), std::string::npos);

  // The sentence itself changes: the entry stops matching.
  dir_.Write("news/a.md", "Intro.\n\nA falsehood there.\n");
  EXPECT_EQ(RunFactcheck({"check", "--config", config_, article}).exit_code, 1);

  EXPECT_EQ(
      RunFactcheck({"verify", article + ":1", "--by", "Ann", "--note", "x", "--config", config_})
          .exit_code,
      2);  // No finding on line 1.
}

// check and verify share one run setup, so they read --as-of alike.
TEST_F(CliTest, VerifyRejectsADateThatCheckRejects) {
  const std::string article = dir_.Write("a.md", "A falsehood here.\n");
  for (const char* bad : {"garbage", "2023-02-30", "2023-6-15", "2023-06-15T10:00"}) {
    auto verify = RunFactcheck({"verify", article + ":1", "--by", "Ann", "--note", "x", "--config",
                                config_, "--as-of", bad});
    EXPECT_EQ(verify.exit_code, 2) << bad;
    EXPECT_NE(
        verify.err.find("--as-of must be a date, YYYY-MM-DD (got '" + std::string(bad) + "')"),
        std::string::npos)
        << verify.err;
    EXPECT_EQ(RunFactcheck({"check", "--config", config_, "--as-of", bad, article}).exit_code, 2);
  }
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / ".factcheck-verified.yaml"));
}

TEST_F(CliTest, LogsGoToStderrNeverStdout) {
  const std::string article = dir_.Write("a.md", "Text.\n");
  auto result = RunFactcheck({"-vv", "check", "--config", config_, "--format", "json", article});
  EXPECT_NE(result.err.find("debug"), std::string::npos);
  EXPECT_EQ(result.out.find("debug"), std::string::npos);
}

}  // namespace
}  // namespace factcheck
