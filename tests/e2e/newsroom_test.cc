// What a newsroom meets on day one: CI outputs that agree with the ledger and
// with suppressions, reviews of changed lines only, and configurations that
// do what they look like they do.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "test_support.h"

namespace factcheck {
namespace {

using testing::RunFactcheck;
using testing::TempDir;

class NewsroomTest : public ::testing::Test {
 protected:
  void SetUp() override {
    config_ = dir_.Write("factcheck.yaml", testing::TestPluginConfig("library: test_plugin"));
  }

  // Runs git in `folder` (inside the temporary folder); 0 on success.
  int Git(const std::string& folder, const std::string& command) {
    return std::system(("cd '" + (dir_.path() / folder).string() +
                        "' && git -c user.name=t -c user.email=t@t " + command + " >/dev/null 2>&1")
                           .c_str());
  }

  TempDir dir_;
  std::string config_;
};

std::size_t Count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST_F(NewsroomTest, VerifiedAndSuppressedFindingsFailNoFormat) {
  ASSERT_EQ(std::system(("git init -q '" + dir_.path().string() + "'").c_str()), 0);
  const std::string article =
      dir_.Write("a.md",
                 "<!-- factcheck-ignore words: a quoted 1987 speech -->\nA falsehood quoted.\n\n"
                 "Another falsehood here.\n");
  ASSERT_EQ(RunFactcheck({"verify", article + ":4", "--by", "Ann", "--note", "called them",
                          "--config", config_})
                .exit_code,
            0);
  for (const char* format : {"text", "json", "github", "junit", "sarif", "html"}) {
    auto result = RunFactcheck({"check", "--config", config_, "--format", format, article});
    EXPECT_EQ(result.exit_code, 0) << format << ": " << result.out << result.err;
  }
  const auto github = RunFactcheck({"check", "--config", config_, "--format", "github", article});
  EXPECT_EQ(github.out, "") << "no annotation for settled findings";
  const auto junit = RunFactcheck({"check", "--config", config_, "--format", "junit", article});
  EXPECT_EQ(Count(junit.out, "<failure"), 0u) << junit.out;
  EXPECT_EQ(Count(junit.out, "<skipped"), 2u) << junit.out;
  const auto sarif = RunFactcheck({"check", "--config", config_, "--format", "sarif", article});
  EXPECT_NE(sarif.out.find("\"kind\": \"inSource\""), std::string::npos) << sarif.out;
  EXPECT_NE(sarif.out.find("\"kind\": \"external\""), std::string::npos) << sarif.out;
  const auto json = RunFactcheck({"check", "--config", config_, "--format", "json", article});
  EXPECT_NE(json.out.find("\"reason\": \"a quoted 1987 speech\""), std::string::npos) << json.out;
}

TEST_F(NewsroomTest, SarifLeavesSupportedFindingsOutUnlessAsked) {
  const std::string article = dir_.Write("a.md", "The truth and a rumour.\n");
  const auto plain = RunFactcheck({"check", "--config", config_, "--format", "sarif", article});
  EXPECT_EQ(Count(plain.out, "\"ruleId\""), 1u) << plain.out;
  const auto all = RunFactcheck(
      {"check", "--config", config_, "--format", "sarif", "--show-supported", article});
  EXPECT_EQ(Count(all.out, "\"ruleId\""), 2u) << all.out;
}

TEST_F(NewsroomTest, ChangedLinesReportsOnlyWhatThePullRequestTouched) {
  dir_.Write("repo/a.md", "A falsehood from last year.\n\nUntouched text.\n");
  dir_.Write("repo/old.md", "Another falsehood.\n");
  ASSERT_EQ(Git("repo", "init -q"), 0);
  ASSERT_EQ(Git("repo", "add ."), 0);
  ASSERT_EQ(Git("repo", "commit -qm first"), 0);
  dir_.Write("repo/a.md", "A falsehood from last year.\n\nUntouched text and a rumour.\n");
  const auto result = RunFactcheck(
      {"check", "--config", config_, "--format", "github", "--changed-lines", "HEAD", "."}, "",
      (dir_.path() / "repo").string());
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;  // The falsehood is old.
  EXPECT_EQ(Count(result.out, "\n"), 1u) << result.out;
  EXPECT_NE(result.out.find("::warning file=./a.md,line=3"), std::string::npos) << result.out;
  // --changed-since still reports the whole changed file.
  const auto whole = RunFactcheck(
      {"check", "--config", config_, "--format", "github", "--changed-since", "HEAD", "."}, "",
      (dir_.path() / "repo").string());
  EXPECT_EQ(whole.exit_code, 1);
  EXPECT_EQ(Count(whole.out, "\n"), 2u) << whole.out;
}

TEST_F(NewsroomTest, ChangedConfigurationOrReferenceDataChecksEveryArticle) {
  dir_.Write("repo/ref/words.yaml", "people: []\n");
  dir_.Write("repo/.factcheck.yaml", testing::TestPluginConfig("library: test_plugin") +
                                         "    options: {words: {falsehood: CONTRADICTED}}\n");
  dir_.Write("repo/a.md", "A falsehood.\n");
  dir_.Write("repo/b.md", "Another falsehood.\n");
  ASSERT_EQ(Git("repo", "init -q"), 0);
  ASSERT_EQ(Git("repo", "add ."), 0);
  ASSERT_EQ(Git("repo", "commit -qm first"), 0);
  const std::string repo = (dir_.path() / "repo").string();
  auto nothing =
      RunFactcheck({"check", "--format", "json", "--changed-lines", "HEAD", "."}, "", repo);
  EXPECT_EQ(nothing.exit_code, 0);
  EXPECT_NE(nothing.out.find("\"files\": 0"), std::string::npos) << nothing.out;

  dir_.Write("repo/.factcheck.yaml", testing::TestPluginConfig("library: test_plugin") +
                                         "    options: {words: {falsehood: NEEDS_VERIFICATION}}\n");
  auto everything =
      RunFactcheck({"check", "--format", "github", "--changed-lines", "HEAD", "."}, "", repo);
  EXPECT_EQ(Count(everything.out, "::warning"), 2u) << everything.out;
  EXPECT_NE(everything.err.find("the configuration or its reference data changed since HEAD"),
            std::string::npos)
      << everything.err;
}

TEST_F(NewsroomTest, AConfigurationWithoutPluginsRunsTheBundledOnes) {
  dir_.Write("news/.factcheck.yaml", "fail_on: needs-verification\n");
  const std::string article = dir_.Write(
      "news/a.md",
      "---\ndate: 2023-06-26\n---\nFormer German Defence Minister Boris Pistorius spoke.\n");
  const auto result = RunFactcheck({"check", article});
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_NE(result.out.find("[office-holders/former-title]"), std::string::npos) << result.out;
  EXPECT_NE(result.err.find("lists no plugins: running the bundled ones"), std::string::npos)
      << result.err;
  const auto dump = RunFactcheck({"config", "--dump", (dir_.path() / "news").string()});
  EXPECT_NE(dump.out.find("fail_on: needs-verification"), std::string::npos) << dump.out;
  EXPECT_NE(dump.out.find("name: office-holders"), std::string::npos) << dump.out;
}

TEST_F(NewsroomTest, StandardInputUsesTheConfigurationOfTheFolderAndStdinPath) {
  dir_.Write("site/.factcheck.yaml", testing::TestPluginConfig("library: test_plugin") +
                                         "    options: {words: {rumour: CONTRADICTED}}\n");
  const std::string site = (dir_.path() / "site").string();
  const auto plain = RunFactcheck({"check", "-"}, "A rumour.\n", site);
  EXPECT_EQ(plain.exit_code, 1) << plain.out << plain.err;
  EXPECT_NE(plain.out.find("<stdin>:1:3: contradicted"), std::string::npos) << plain.out;
  const auto named =
      RunFactcheck({"check", "--stdin-path", "news/draft.md", "-"}, "A rumour.\n", site);
  EXPECT_NE(named.out.find("news/draft.md:1:3: contradicted"), std::string::npos) << named.out;
}

// A plugin that misses its deadline on standard input is reported under the
// name --stdin-path gives it, escaped as every path shown is when it is not
// UTF-8: the error names the file as its report does.
TEST_F(NewsroomTest, ADeadlineMissedOnStandardInputNamesItAsItsReportDoes) {
  dir_.Write("site/.factcheck.yaml",
             "plugins:\n  - name: words\n    library: test_plugin\n    timeout_ms: 1000\n"
             "    options: {misbehave: true}\n");
  const std::string site = (dir_.path() / "site").string();
  const auto result = RunFactcheck({"check", "--stdin-path",
                                    "news/dr\xFF"
                                    "aft.md",
                                    "-"},
                                   "HANG-NOW is a falsehood.\n", site);
  EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
  EXPECT_NE(result.out.find("plugin 'words' failed on news/dr\\xFFaft.md: DEADLINE_EXCEEDED"),
            std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find('\xFF'), std::string::npos) << result.out;
}

TEST_F(NewsroomTest, RulesTurnFindingsOffOrChangeTheirSeverity) {
  const std::string article = dir_.Write("a.md", "A falsehood and a rumour.\n");
  const std::string warning =
      dir_.Write("warning.yaml", testing::TestPluginConfig("library: test_plugin") +
                                     "rules:\n  words/flagged-word: warning\n");
  const auto softened = RunFactcheck({"check", "--config", warning, "--format", "github", article});
  EXPECT_EQ(softened.exit_code, 0) << softened.out;
  EXPECT_EQ(Count(softened.out, "::warning"), 2u) << softened.out;
  const std::string off = dir_.Write(
      "off.yaml", testing::TestPluginConfig("library: test_plugin") + "rules:\n  words: off\n");
  const auto silenced = RunFactcheck({"check", "--config", off, article});
  EXPECT_EQ(silenced.exit_code, 0);
  EXPECT_NE(silenced.out.find("1 file, 0 claims"), std::string::npos) << silenced.out;
  const std::string bad = dir_.Write("bad.yaml", "rules:\n  words: loud\n");
  const auto refused = RunFactcheck({"check", "--config", bad, article});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("bad.yaml:2:10: rule 'words' must be off, note, warning or error"),
            std::string::npos)
      << refused.err;
}

TEST_F(NewsroomTest, OneReferenceListServesEveryPlugin) {
  dir_.Write("ref/holders.yaml",
             "offices:\n  - id: x.pm\n    title: Prime Minister\n    jurisdiction: Xland\n"
             "    adjectives: [Xlandic]\n    holders:\n"
             "      - {name: Ann Example, from: 2001-01-01}\n");
  const std::string config =
      dir_.Write("shared.yaml",
                 "reference: [ref/holders.yaml]\nplugins:\n  - name: office-holders\n"
                 "    library: office-holders\n");
  const std::string article =
      dir_.Write("a.md",
                 "---\ndate: 2023-06-26\n---\nFormer Xlandic Prime Minister Ann Example "
                 "spoke.\n");
  const auto result = RunFactcheck({"check", "--config", config, article});
  EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
  EXPECT_NE(result.out.find("Ann Example was Prime Minister of Xland"), std::string::npos)
      << result.out;
}

TEST_F(NewsroomTest, AWrongWeekdayComesWithItsFix) {
  const std::string article = dir_.Write(
      "a.md",
      "---\ndate: 1987-04-10\n---\nThe talks opened on Friday, April 3, 1986, in Geneva.\n");
  const auto text = RunFactcheck({"check", article});
  EXPECT_EQ(text.exit_code, 1) << text.out << text.err;
  EXPECT_NE(text.out.find("3 April 1986 was a Thursday, not a Friday"), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("  suggestion: \"Thursday\" (The date's weekday)"), std::string::npos)
      << text.out;
  const auto sarif = RunFactcheck({"check", "--format", "sarif", article});
  EXPECT_NE(sarif.out.find("\"text\": \"Thursday\""), std::string::npos) << sarif.out;
}

}  // namespace
}  // namespace factcheck
