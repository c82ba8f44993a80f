// The CI report formats: SARIF's shape, GitHub's escaping, JUnit's counts.
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <sstream>

#include "report/report_writer.h"

namespace factcheck {
namespace {

v1::Report Sample() {
  v1::Report report;
  auto* file = report.add_files();
  file->set_path("news/a,b:c.md");
  auto* finding = file->add_findings();
  finding->set_checker("office-holders");
  finding->set_rule("former-title");
  finding->set_verdict(v1::VERDICT_CONTRADICTED);
  finding->set_message("50% sure: a\nb <&> \"q\"");
  finding->set_claim("claim");
  finding->set_line(3);
  finding->set_column(5);
  finding->set_end_line(3);
  finding->set_end_column(9);
  auto* evidence = finding->add_evidence();
  evidence->set_source("ref.yaml:7");
  evidence->set_detail("record");
  auto* supported = file->add_findings();
  *supported = *finding;
  supported->set_verdict(v1::VERDICT_SUPPORTED);
  auto* error = file->add_errors();
  error->set_checker("dates");
  error->set_message("plugin 'dates' failed");
  return report;
}

// The report in `format`, written with `context`.
std::string Render(const char* format, const ReportContext& context = {}) {
  std::ostringstream out;
  FindReportFormat(format)->make()->Write(Sample(), context, out);
  return out.str();
}

TEST(CiFormatsTest, GithubCommandsAreEscaped) {
  EXPECT_EQ(
      Render("github"),
      "::error file=news/a%2Cb%3Ac.md,title=factcheck error::plugin 'dates' failed\n"
      "::error file=news/a%2Cb%3Ac.md,line=3,col=5,endLine=3,endColumn=9,"
      "title=office-holders/former-title::50%25 sure: a%0Ab <&> \"q\"%0Aref.yaml:7: record\n");
}

TEST(CiFormatsTest, JunitHasACaseAFailureAndAnErrorPerFile) {
  const std::string xml = Render("junit");
  EXPECT_NE(xml.find("tests=\"1\" failures=\"1\" errors=\"1\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("message=\"50% sure: a\nb &lt;&amp;&gt; &quot;q&quot;\""), std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<error message=\"plugin &#39;dates&#39; failed\"/>"), std::string::npos);
}

TEST(CiFormatsTest, SarifHasRulesResultsRegionsAndLevels) {
  PluginInfo plugin{"office-holders", {}};
  auto* rule = plugin.description.add_rules();
  rule->set_id("former-title");
  rule->set_summary("Checks former.");
  ReportContext context;
  context.plugins = {plugin};
  context.tool_version = "0.1.0";
  const std::string json = Render("sarif", context);
  google::protobuf::Struct sarif;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(json, &sarif).ok()) << json;
  EXPECT_EQ(sarif.fields().at("version").string_value(), "2.1.0");
  const auto& run = sarif.fields().at("runs").list_value().values(0).struct_value().fields();
  const auto& driver = run.at("tool").struct_value().fields().at("driver").struct_value().fields();
  EXPECT_EQ(
      driver.at("rules").list_value().values(0).struct_value().fields().at("id").string_value(),
      "office-holders/former-title");
  const auto& results = run.at("results").list_value();
  ASSERT_EQ(results.values_size(), 2);
  const auto& first = results.values(0).struct_value().fields();
  EXPECT_EQ(first.at("level").string_value(), "error");
  EXPECT_EQ(results.values(1).struct_value().fields().at("level").string_value(), "note");
  const auto& region = first.at("locations")
                           .list_value()
                           .values(0)
                           .struct_value()
                           .fields()
                           .at("physicalLocation")
                           .struct_value()
                           .fields()
                           .at("region")
                           .struct_value()
                           .fields();
  EXPECT_EQ(region.at("startLine").number_value(), 3);
  EXPECT_EQ(region.at("endColumn").number_value(), 9);
}

}  // namespace
}  // namespace factcheck
