// The CI report formats: SARIF's shape, GitHub's escaping, JUnit's counts.
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <algorithm>
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
std::string Render(const char* format, const ReportContext& context = {},
                   const v1::Report& report = Sample()) {
  std::ostringstream out;
  FindReportFormat(format)->make()->Write(report, context, out);
  return out.str();
}

// The sample with its contradicted finding verified by a person, a second
// one suppressed by a comment, and a third with a suggested fix.
v1::Report Settled() {
  v1::Report report = Sample();
  auto* file = report.mutable_files(0);
  auto* verified = file->mutable_findings(0)->mutable_verified();
  verified->set_by("Ann");
  verified->set_date("2023-06-15");
  verified->set_note("called the ministry");
  auto* suppressed = file->add_findings();
  *suppressed = file->findings(0);
  suppressed->clear_verified();
  suppressed->mutable_suppressed()->set_reason("a quoted 1987 speech");
  auto* fixable = file->add_findings();
  *fixable = file->findings(0);
  fixable->clear_verified();
  auto* suggestion = fixable->mutable_suggestion();
  suggestion->set_replacement("Geoff Hoon");
  suggestion->set_line(3);
  suggestion->set_column(6);
  suggestion->set_end_line(3);
  suggestion->set_end_column(9);
  file->clear_errors();
  return report;
}

// The results of a SARIF log's run.
const google::protobuf::ListValue& SarifResults(const google::protobuf::Struct& sarif) {
  return sarif.fields()
      .at("runs")
      .list_value()
      .values(0)
      .struct_value()
      .fields()
      .at("results")
      .list_value();
}

// results[i] of a SARIF log.
const google::protobuf::Struct& SarifResult(const google::protobuf::Struct& sarif, int i) {
  return SarifResults(sarif).values(i).struct_value();
}

TEST(CiFormatsTest, GithubCommandsAreEscaped) {
  EXPECT_EQ(
      Render("github"),
      "::error file=news/a%2Cb%3Ac.md,title=factcheck error::plugin 'dates' failed\n"
      "::error file=news/a%2Cb%3Ac.md,line=3,col=5,endLine=3,endColumn=9,"
      "title=office-holders/former-title::50%25 sure: a%0Ab <&> \"q\"%0Aref.yaml:7: record\n");
}

TEST(CiFormatsTest, EvidenceNamesThePublishedSourceOfItsRecord) {
  v1::Report report = Sample();
  report.mutable_files(0)->mutable_findings(0)->mutable_evidence(0)->set_citation(
      "https://example.org/ministers");
  report.mutable_files(0)->clear_errors();
  EXPECT_NE(Render("github", {}, report)
                .find("ref.yaml:7: record (source: https://example.org/ministers)"),
            std::string::npos)
      << Render("github", {}, report);
  // The HTML report links the source and keeps the record's place aside.
  const std::string html = Render("html", {}, report);
  EXPECT_NE(html.find("record — source: <a rel=\"noopener noreferrer\" "
                      "href=\"https://example.org/ministers\">https://example.org/ministers</a> "
                      "<span class=\"record\">(ref.yaml:7)</span>"),
            std::string::npos)
      << html;
}

TEST(CiFormatsTest, GithubAnnotatesNeitherVerifiedNorSuppressedFindings) {
  const std::string commands = Render("github", {}, Settled());
  // Only the finding with a fix is left to annotate.
  EXPECT_EQ(std::count(commands.begin(), commands.end(), '\n'), 1) << commands;
}

TEST(CiFormatsTest, JunitHasASuitePerFileAndACasePerFinding) {
  const std::string xml = Render("junit");
  // A case for the error, one for the failing finding, one for the supported one.
  EXPECT_NE(xml.find("<testsuite name=\"news/a,b:c.md\" tests=\"3\" failures=\"1\" errors=\"1\" "
                     "skipped=\"0\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("classname=\"office-holders/former-title\" name=\"line 3:5: claim\""),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("message=\"50% sure: a\nb &lt;&amp;&gt; &quot;q&quot;\""), std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<error message=\"plugin &#39;dates&#39; failed\"/>"), std::string::npos);
}

TEST(CiFormatsTest, JunitSkipsVerifiedAndSuppressedFindings) {
  const std::string xml = Render("junit", {}, Settled());
  EXPECT_NE(xml.find("tests=\"4\" failures=\"1\" errors=\"0\" skipped=\"2\""), std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<skipped message=\"verified by Ann on 2023-06-15: called the ministry\"/>"),
            std::string::npos);
  EXPECT_NE(xml.find("<skipped message=\"suppressed: a quoted 1987 speech\"/>"), std::string::npos);
}

TEST(CiFormatsTest, SarifReportsSuppressionsAndFixes) {
  const std::string json = Render("sarif", {}, Settled());
  google::protobuf::Struct sarif;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(json, &sarif).ok()) << json;
  auto suppression = [&](int i) {
    return SarifResult(sarif, i).fields().at("suppressions").list_value().values(0).struct_value();
  };
  EXPECT_EQ(suppression(0).fields().at("kind").string_value(), "external");
  EXPECT_EQ(suppression(0).fields().at("justification").string_value(),
            "verified by Ann on 2023-06-15: called the ministry");
  EXPECT_EQ(suppression(1).fields().at("kind").string_value(), "inSource");
  EXPECT_EQ(suppression(1).fields().at("justification").string_value(), "a quoted 1987 speech");
  const auto& fix =
      SarifResult(sarif, 2).fields().at("fixes").list_value().values(0).struct_value();
  const auto& replacement = fix.fields()
                                .at("artifactChanges")
                                .list_value()
                                .values(0)
                                .struct_value()
                                .fields()
                                .at("replacements")
                                .list_value()
                                .values(0)
                                .struct_value();
  EXPECT_EQ(
      replacement.fields().at("insertedContent").struct_value().fields().at("text").string_value(),
      "Geoff Hoon");
  EXPECT_FALSE(SarifResult(sarif, 2).fields().contains("suppressions"));
}

// The same report is the same SARIF bytes every time, every object's keys
// in sorted order (a Struct's map alone gives them in no fixed order).
TEST(CiFormatsTest, SarifIsTheSameBytesEveryTimeWithKeysSorted) {
  ReportContext context;
  context.show_supported = true;
  const std::string first = Render("sarif", context);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(Render("sarif", context), first);
  const std::size_t schema = first.find("\"$schema\""), runs = first.find("\"runs\""),
                    version = first.find("\"version\": \"2.1.0\"");
  EXPECT_LT(schema, runs);
  EXPECT_LT(runs, version);
  // A result's keys.
  const std::size_t results = first.find("\"results\"");
  const std::size_t level = first.find("\"level\"", results),
                    locations = first.find("\"locations\"", results),
                    message = first.find("\"message\"", results);
  EXPECT_LT(level, locations);
  EXPECT_LT(locations, message);
}

TEST(CiFormatsTest, SarifHasRulesResultsRegionsAndLevels) {
  PluginInfo plugin{"office-holders", {}};
  auto* rule = plugin.description.add_rules();
  rule->set_id("former-title");
  rule->set_summary("Checks former.");
  ReportContext context;
  context.plugins = {plugin};
  context.tool_version = "0.1.0";
  // SUPPORTED findings only when asked for: code scanning makes each an alert.
  google::protobuf::Struct without;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(Render("sarif", context), &without).ok());
  EXPECT_EQ(SarifResults(without).values_size(), 1);
  context.show_supported = true;
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
