#include <google/protobuf/util/json_util.h>
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
  for (const auto& [path, text] : sources) context.sources[path].text = text;
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

// The JSON report is written a finding at a time, and must read exactly as
// protobuf's own JSON printer would print the whole report.
std::string WholeReportJson(const v1::Report& report) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = true;
  std::string json;
  EXPECT_TRUE(google::protobuf::util::MessageToJsonString(report, &json, options).ok());
  return json;
}

std::string JsonOf(const v1::Report& report) {
  std::ostringstream out;
  FindReportFormat("json")->make()->Write(report, ReportContext{}, out);
  return out.str();
}

TEST(JsonReportTest, ReadsAsProtobufsMappingOfTheWholeReport) {
  v1::Report empty;
  EXPECT_EQ(JsonOf(empty), WholeReportJson(empty));
  empty.mutable_summary();
  EXPECT_EQ(JsonOf(empty), WholeReportJson(empty));

  v1::Report report = OneFinding(v1::VERDICT_CONTRADICTED);
  *report.mutable_files(0)->add_findings() = report.files(0).findings(0);
  report.mutable_files(0)->mutable_findings(1)->add_evidence()->set_source("ref.yaml:3");
  report.mutable_files(0)->add_errors()->set_message("plugin 'x' failed");
  report.add_files()->set_path("no-findings.md");
  report.add_files()->set_path("\"quoted\" \\ path.md");
  EXPECT_EQ(JsonOf(report), WholeReportJson(report));
}

}  // namespace
}  // namespace factcheck
