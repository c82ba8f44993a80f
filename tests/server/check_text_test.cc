// Checking text that is not a file (Session::CheckText): the same pipeline
// as a file — document, plugins, suppressions, ledger — with the request's
// format and date, and a deadline on the plugin calls.
#include <gtest/gtest.h>

#include "config/config.h"
#include "factcheck/error.h"
#include "run/ledger_store.h"
#include "run/session.h"
#include "test_support.h"

namespace factcheck {
namespace {

using Clock = std::chrono::steady_clock;

class CheckTextTest : public ::testing::Test {
 protected:
  // The test plugin, reached as `transport` says (in process by default).
  Session& session(const std::string& transport = std::string("library: ") +
                                                  FACTCHECK_TEST_PLUGIN) {
    if (!session_) {
      const std::string yaml = testing::TestPluginConfig(transport);
      session_ = std::make_unique<Session>(LoadConfig(dir_.Write("factcheck.yaml", yaml)),
                                           SessionOptions{.first_input = dir_.path().string()});
    }
    return *session_;
  }
  TextCheckResult Check(TextInput input, std::chrono::milliseconds budget = std::chrono::seconds(5),
                        const Ledger* ledger = nullptr) {
    return session().CheckText(std::move(input), Clock::now() + budget, ledger);
  }

  testing::TempDir dir_;
  std::unique_ptr<Session> session_;
};

TEST_F(CheckTextTest, FindsWhatACheckOfTheSameFileFinds) {
  const std::string text = "---\ndate: 2023-06-15\n---\nA falsehood and a rumour.\n";
  const TextCheckResult result = Check({.path = "news/a.md", .text = text});
  const std::string file = dir_.Write("news/a.md", text);
  const CheckResult from_file = session().Check({file});
  ASSERT_EQ(result.report.files_size(), 1);
  const v1::FileReport& report = result.report.files(0);
  EXPECT_EQ(report.path(), "news/a.md");
  EXPECT_EQ(report.as_of(), "2023-06-15");
  EXPECT_EQ(report.as_of_source(), "front-matter");
  ASSERT_EQ(report.findings_size(), 2);
  ASSERT_EQ(from_file.report.files(0).findings_size(), 2);
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(report.findings(i).span().begin(),
              from_file.report.files(0).findings(i).span().begin());
    EXPECT_EQ(report.findings(i).line(), 4u);
  }
  EXPECT_EQ(result.report.summary().contradicted(), 1u);
  EXPECT_EQ(result.report.summary().needs_verification(), 1u);
  ASSERT_NE(result.request, nullptr);
  EXPECT_EQ(result.request->document().text(), text);
}

TEST_F(CheckTextTest, TheRequestDateComesBeforeTheFrontMatter) {
  const TextCheckResult result =
      Check({.text = "---\ndate: 2023-06-15\n---\nA falsehood.\n", .as_of = "2020-01-02"});
  EXPECT_EQ(result.report.files(0).path(), "<text>");
  EXPECT_EQ(result.report.files(0).as_of(), "2020-01-02");
  EXPECT_EQ(result.report.files(0).as_of_source(), "request");
  EXPECT_EQ(result.request->document().as_of_source(), "request");
}

TEST_F(CheckTextTest, AMalformedDateIsAnError) {
  EXPECT_THROW(Check({.text = "A falsehood.", .as_of = "2023-02-30"}), Error);
  EXPECT_THROW(Check({.text = "A falsehood.", .as_of = "yesterday"}), Error);
}

TEST_F(CheckTextTest, TheFormatHintOverridesThePath) {
  // In Markdown, code is not prose; in plain text it is.
  const std::string text = "    a falsehood in an indented block\n";
  EXPECT_EQ(Check({.path = "a.md", .text = text}).report.files(0).findings_size(), 0);
  EXPECT_EQ(Check({.path = "a.txt", .text = text}).report.files(0).findings_size(), 1);
  EXPECT_EQ(Check({.path = "a.md", .text = text, .format = TextFormat::kPlainText})
                .report.files(0)
                .findings_size(),
            1);
  EXPECT_EQ(Check({.path = "a.txt", .text = text, .format = TextFormat::kMarkdown})
                .report.files(0)
                .findings_size(),
            0);
}

TEST_F(CheckTextTest, BadTextIsAnErrorInTheReportNamingLineAndColumn) {
  const TextCheckResult result = Check({.path = "a.md", .text = "fine\nbad \xff byte\n"});
  ASSERT_EQ(result.report.files(0).errors_size(), 1);
  EXPECT_EQ(result.report.files(0).errors(0).line(), 2u);
  EXPECT_EQ(result.report.files(0).errors(0).column(), 5u);
  EXPECT_EQ(result.request, nullptr);
  EXPECT_EQ(result.report.summary().errors(), 1u);
}

TEST_F(CheckTextTest, SuppressionsApply) {
  const TextCheckResult result =
      Check({.text = "<!-- factcheck-ignore words: checked -->\nA falsehood.\n"});
  // Reported as suppressed, with the comment's reason; counted apart.
  ASSERT_EQ(result.report.files(0).findings_size(), 1);
  EXPECT_EQ(result.report.files(0).findings(0).suppressed().reason(), "checked");
  EXPECT_EQ(result.report.files(0).suppressed(), 1u);
  EXPECT_EQ(result.report.summary().claims(), 0u);
}

TEST_F(CheckTextTest, ARecordedFindingIsVerifiedInTheNextCheck) {
  const std::string text = "A falsehood.\n";
  LedgerStore store(session().ledger());
  TextCheckResult first = Check({.text = text}, std::chrono::seconds(5), store.Current().get());
  const v1::Finding* finding = FindReported(first.report.files(0), "words", "flagged-word", 2, 11);
  ASSERT_NE(finding, nullptr);
  EXPECT_EQ(FindReported(first.report.files(0), "words", "flagged-word", 2, 12), nullptr);
  const std::string path =
      store.Record(first.request->document(), *finding, "Ann", "rang them", "2023-06-15");
  EXPECT_NE(testing::ReadFile(path).find("by: Ann"), std::string::npos);
  const TextCheckResult second =
      Check({.text = text}, std::chrono::seconds(5), store.Current().get());
  ASSERT_EQ(second.report.files(0).findings_size(), 1);
  EXPECT_EQ(second.report.files(0).findings(0).verified().by(), "Ann");
  EXPECT_EQ(second.report.summary().verified(), 1u);
}

TEST_F(CheckTextTest, APluginPastTheRequestDeadlineIsReported) {
  // Out of process, where gRPC ends the call at the deadline.
  session(std::string("command: [") + FACTCHECK_BINARY + ", serve-plugin, --library, " +
          FACTCHECK_TEST_PLUGIN + "]\n    options: {misbehave: true}");
  const TextCheckResult result =
      Check({.text = "HANG-NOW a falsehood."}, std::chrono::milliseconds(200));
  EXPECT_TRUE(result.deadline_exceeded);
  ASSERT_EQ(result.report.files(0).errors_size(), 1);
  EXPECT_NE(result.report.files(0).errors(0).message().find("DEADLINE_EXCEEDED"),
            std::string::npos);
}

}  // namespace
}  // namespace factcheck
