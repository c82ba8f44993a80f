#include <gtest/gtest.h>

#include <sstream>

#include "report/report_writer.h"
#include "report/summary.h"

namespace factcheck {
namespace {

v1::Report OneFinding(v1::Verdict verdict) {
  v1::Report report;
  auto* file = report.add_files();
  file->set_path("a.md");
  auto* finding = file->add_findings();
  finding->set_verdict(verdict);
  finding->set_checker("c");
  finding->set_rule("r");
  finding->set_message("Geoană is named.");
  finding->set_line(1);
  finding->set_column(5);
  finding->set_end_line(1);
  finding->set_end_column(11);
  report.mutable_summary()->set_files(1);
  report.mutable_summary()->set_claims(1);
  return report;
}

std::string Text(const v1::Report& report, const std::map<std::string, std::string>& sources,
                 bool color) {
  ReportContext context;
  context.sources = sources;
  context.color = color;
  std::ostringstream out;
  FindReportFormat("text")->make()->Write(report, context, out);
  return out.str();
}

TEST(ReportTest, ExitCodeFollowsFailOnAndErrors) {
  EXPECT_EQ(ExitCodeFor(OneFinding(v1::VERDICT_CONTRADICTED), FailOn{}), 1);
  EXPECT_EQ(ExitCodeFor(OneFinding(v1::VERDICT_NEEDS_VERIFICATION), FailOn{}), 0);
  EXPECT_EQ(ExitCodeFor(OneFinding(v1::VERDICT_NEEDS_VERIFICATION),
                        FailOn{v1::VERDICT_NEEDS_VERIFICATION}),
            1);
  EXPECT_EQ(ExitCodeFor(OneFinding(v1::VERDICT_SUPPORTED), FailOn{v1::VERDICT_SUPPORTED}), 1);
  EXPECT_EQ(ExitCodeFor(OneFinding(v1::VERDICT_CONTRADICTED), FailOn{FailOn::kNever}), 0);
  v1::Report errored = OneFinding(v1::VERDICT_SUPPORTED);
  errored.mutable_summary()->set_errors(1);
  EXPECT_EQ(ExitCodeFor(errored, FailOn{FailOn::kNever}), 2);
}

TEST(ReportTest, TextUnderlinesTheSpanInCodePoints) {
  EXPECT_EQ(
      Text(OneFinding(v1::VERDICT_CONTRADICTED), {{"a.md", "Yes Geoan\xC4\x83 came.\n"}}, false),
      "a.md:1:5: contradicted: Geoană is named. [c/r]\n"
      "  Yes Geoan\xC4\x83 came.\n"
      "      ^~~~~~\n"
      "1 file, 1 claim: 0 contradicted, 0 need verification, 0 supported\n");
}

TEST(ReportTest, ColorOnlyWhenAsked) {
  EXPECT_EQ(Text(OneFinding(v1::VERDICT_CONTRADICTED), {}, false).find('\033'), std::string::npos);
  EXPECT_NE(Text(OneFinding(v1::VERDICT_CONTRADICTED), {}, true).find('\033'), std::string::npos);
}

}  // namespace
}  // namespace factcheck
