#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "report/json_printer.h"
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
  auto* full = report.mutable_files(0)->mutable_findings(0);
  full->mutable_verified()->set_by("Ann");
  full->mutable_suppressed()->set_reason("quoted <speech> & more");
  full->mutable_suggestion()->set_replacement("Geoff Hoon");
  full->set_severity(v1::SEVERITY_ERROR);
  report.mutable_files(0)->set_suppressed(3);
  report.mutable_files(0)->set_as_of("2005-03-01");
  report.mutable_files(0)->set_as_of_source("front-matter");
  EXPECT_EQ(JsonOf(report), WholeReportJson(report));
}

// A finding's verdict and severity are printed by names the printer holds,
// not asked of the protocol's descriptors: each of their values, and a
// number past them, reads as protobuf's own mapping prints it.
TEST(JsonReportTest, EveryVerdictAndSeverityIsNamedAsTheProtocolNamesIt) {
  const auto numbers = [](const google::protobuf::EnumDescriptor* type) {
    std::vector<int> out = {type->value(type->value_count() - 1)->number() + 1, 99};
    for (int i = 0; i < type->value_count(); ++i) out.push_back(type->value(i)->number());
    return out;
  };
  for (const int verdict : numbers(v1::Verdict_descriptor())) {
    for (const int severity : numbers(v1::Severity_descriptor())) {
      v1::Report report = OneFinding(static_cast<v1::Verdict>(verdict));
      report.mutable_files(0)->mutable_findings(0)->set_severity(
          static_cast<v1::Severity>(severity));
      EXPECT_EQ(JsonOf(report), WholeReportJson(report)) << verdict << " " << severity;
    }
  }
}

// A file's report is printed from its fields by name, not by reflection:
// the fields it prints must be FileReport's, in their order.
TEST(JsonReportTest, AFileReportsFieldsAreTheOnesItsPrinterKnows) {
  const auto names = [](const google::protobuf::Descriptor* message) {
    std::vector<std::string> out;
    for (int i = 0; i < message->field_count(); ++i) out.push_back(message->field(i)->name());
    return out;
  };
  EXPECT_EQ(names(v1::FileReport::descriptor()),
            (std::vector<std::string>{"path", "as_of", "as_of_source", "findings", "errors",
                                      "suppressed"}))
      << "FileReport changed: print its new fields in AppendFileReportJson (json_printer.cc)";
  v1::FileReport file = OneFinding(v1::VERDICT_SUPPORTED).files(0);
  file.set_as_of("1987-02-26");
  file.add_errors()->set_message("x");
  // Its findings too, by name: every field set, and none.
  EXPECT_EQ(names(v1::Finding::descriptor()),
            (std::vector<std::string>{"rule", "span", "verdict", "claim", "message", "evidence",
                                      "checker", "line", "column", "end_line", "end_column",
                                      "verified", "severity", "suppressed", "suggestion"}))
      << "Finding changed: print its new fields in AppendFindingJson (json_printer.cc)";
  EXPECT_EQ(names(v1::Span::descriptor()), (std::vector<std::string>{"begin", "end"}));
  EXPECT_EQ(names(v1::Evidence::descriptor()),
            (std::vector<std::string>{"source", "detail", "citation"}));
  v1::Finding* full = file.add_findings();
  full->set_rule("office-holders/former");
  full->mutable_span()->set_begin(12);
  full->mutable_span()->set_end(4000000000u);
  full->set_verdict(v1::VERDICT_CONTRADICTED);
  full->set_claim("\"former\" Prime Minister \u00e9\u2028");
  full->set_message("Line\none <b> & \\ \x01");
  for (const char* source : {"a.yaml:1", "b.yaml:22"}) {
    v1::Evidence* evidence = full->add_evidence();
    evidence->set_source(source);
    evidence->set_detail("held from 2009-03-31");
    evidence->set_citation("https://example.org/?a=1&b=2");
  }
  full->set_checker("office-holders");
  full->set_line(3);
  full->set_column(7);
  full->set_end_line(4);
  full->set_end_column(1);
  full->mutable_verified()->set_by("Ann");
  full->set_severity(v1::SEVERITY_ERROR);
  full->mutable_suppressed()->set_reason("quoted");
  full->mutable_suggestion()->set_replacement("Geoff Hoon");
  file.add_findings();  // Every field at its default.
  v1::Finding* unnamed = file.add_findings();
  unnamed->set_verdict(static_cast<v1::Verdict>(42));  // Numbers no value names.
  unnamed->set_severity(static_cast<v1::Severity>(-3));
  unnamed->add_evidence();
  // At any depth, and at the first again after another (its keys are
  // written once a depth).
  for (const int depth : {2, 0, 5, 2}) {
    std::string direct, reflected;
    AppendFileReportJson(file, depth, &direct);
    AppendMessageJson(file, depth, &reflected);
    EXPECT_EQ(direct, reflected) << depth;
  }
}

// A file with many findings is written in pieces as it is printed, never
// held whole, and reads the same.
TEST(JsonReportTest, AFileOfManyFindingsIsWrittenInPiecesAndReadsTheSame) {
  v1::Report report = OneFinding(v1::VERDICT_SUPPORTED);
  for (int i = 0; i < 3000; ++i) {
    *report.mutable_files(0)->add_findings() = report.files(0).findings(0);
  }
  std::string printed, flushed, written;
  int pieces = 0;
  AppendMessageJson(report.files(0), 2, &printed);
  AppendFileReportJson(report.files(0), 2, &flushed, [&](std::string* text) {
    EXPECT_GE(text->size(), kJsonFlushBytes);
    EXPECT_LT(text->size(), 2 * kJsonFlushBytes);
    ++pieces;
    written += *text;
    text->clear();
  });
  EXPECT_GT(pieces, 3);
  EXPECT_EQ(written + flushed, printed);
  EXPECT_EQ(JsonOf(report), WholeReportJson(report));
}

// Every character, in text as articles and reference data bring it, is
// escaped as protobuf's printer escapes it.
TEST(JsonReportTest, EscapesEveryCodePointAsProtobufDoes) {
  auto utf8 = [](char32_t c) {
    std::string out;
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
  };
  for (char32_t first = 0; first < 0x110000; first += 0x1000) {
    std::string text;
    for (char32_t c = first; c < first + 0x1000; ++c) {
      if (c >= 0xD800 && c <= 0xDFFF) continue;  // Surrogates are no text.
      text += utf8(c);
    }
    v1::Report report;
    report.add_files()->set_path(text);
    const std::string ours = JsonOf(report), theirs = WholeReportJson(report);
    std::size_t at = 0;
    while (at < ours.size() && at < theirs.size() && ours[at] == theirs[at]) ++at;
    ASSERT_EQ(ours, theirs) << "in the block from U+" << std::hex
                            << static_cast<std::uint32_t>(first)
                            << ", ours: " << ours.substr(at > 8 ? at - 8 : 0, 24)
                            << " protobuf's: " << theirs.substr(at > 8 ? at - 8 : 0, 24);
  }
}

// Plain bytes are read sixteen at a time: every ASCII byte and a two-byte
// character, at every place in a run of plain ones and at its ends, is
// escaped as protobuf escapes it.
TEST(JsonReportTest, EscapesEveryByteWhereverItFallsInARun) {
  std::vector<std::string> odd;
  for (int c = 0; c < 0x80; ++c) odd.emplace_back(1, static_cast<char>(c));
  odd.emplace_back("\xC3\xA9");  // é
  for (const std::string& one : odd) {
    for (std::size_t at = 0; at <= 40; ++at) {
      std::string path(40, 'a');
      path.insert(at, one);
      v1::Report report;
      report.add_files()->set_path(path);
      ASSERT_EQ(JsonOf(report), WholeReportJson(report))
          << "byte " << static_cast<int>(static_cast<unsigned char>(one[0])) << " at " << at;
    }
  }
}

// A report with what every format shows: two files, one with findings of
// each verdict and an error, and the text of the one with findings.
v1::Report TwoFiles(ReportContext* context) {
  v1::Report report = OneFinding(v1::VERDICT_CONTRADICTED);
  *report.mutable_files(0)->add_findings() = report.files(0).findings(0);
  report.mutable_files(0)->mutable_findings(1)->set_verdict(v1::VERDICT_SUPPORTED);
  report.mutable_files(0)->add_errors()->set_message("plugin 'x' failed");
  report.add_files()->set_path("b.md");
  Summarize(&report);
  context->sources["a.md"].text = "Yes Geoan\xC4\x83 came.\n";
  context->show_supported = true;
  return report;
}

// Every format writes the same report through its stream, a file at a
// time with each file's text beside it, as from the whole report.
TEST(ReportStreamTest, EveryFormatWritesTheSameFileByFileAsWhole) {
  for (const ReportFormat& format : ReportFormats()) {
    ReportContext context;
    const v1::Report report = TwoFiles(&context);
    const std::unique_ptr<ReportWriter> writer = format.make();
    std::ostringstream whole, streamed;
    writer->Write(report, context, whole);
    const std::map<std::string, SourceText> sources = std::move(context.sources);
    context.sources.clear();  // A stream is given each file's text, not the map.
    const std::unique_ptr<ReportStream> stream = writer->Stream(context, streamed);
    for (const v1::FileReport& file : report.files()) {
      const auto found = sources.find(file.path());
      stream->File(file, found == sources.end() ? SourceText() : found->second);
    }
    stream->End(&report.summary());
    EXPECT_EQ(streamed.str(), whole.str()) << format.name;
  }
}

// Text and JSON say each file's part when it comes; a run interrupted
// before its first file is done has written nothing.
TEST(ReportStreamTest, TextAndJsonAreWrittenAsFilesCome) {
  for (const char* name : {"text", "json"}) {
    ReportContext context;
    const v1::Report report = TwoFiles(&context);
    std::ostringstream out;
    const auto stream = FindReportFormat(name)->make()->Stream(context, out);
    EXPECT_EQ(out.str(), "") << name;
    stream->File(report.files(0), context.sources["a.md"]);
    EXPECT_NE(out.str().find("Geoan"), std::string::npos) << name;
  }
}

// Only the formats that show an article's text ask the run to keep it.
TEST(ReportStreamTest, OnlyTextAndHtmlShowTheArticlesText) {
  std::vector<std::string> showing;
  for (const ReportFormat& format : ReportFormats()) {
    if (format.make()->ShowsText()) showing.push_back(format.name);
  }
  EXPECT_EQ(showing, (std::vector<std::string>{"text", "html"}));
}

// The summary and exit code counted file by file are those of the whole.
TEST(ReportStreamTest, CountingFileByFileGivesTheWholeReportsSummaryAndExitCode) {
  ReportContext context;
  v1::Report report = TwoFiles(&context);
  v1::Summary counted;
  bool fails = false;
  for (const v1::FileReport& file : report.files()) {
    CountFile(file, &counted);
    fails = fails || FileFailsRun(file, FailOn{});
  }
  EXPECT_EQ(counted.SerializeAsString(), report.summary().SerializeAsString());
  EXPECT_EQ(ExitCode(counted, fails), ExitCodeFor(report, FailOn{}));
}

}  // namespace
}  // namespace factcheck
