// Report writers: every output format (text, JSON, SARIF, GitHub, JUnit,
// HTML) implements one interface and reads one context. A format is one file
// defining a writer plus one line in formats.cc.
#ifndef FACTCHECK_CORE_REPORT_REPORT_WRITER_H_
#define FACTCHECK_CORE_REPORT_REPORT_WRITER_H_

#include <cstddef>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/verdict.h"
#include "factcheck/v1/checker.pb.h"
#include "factcheck/v1/report.pb.h"

namespace factcheck {

// What a writer needs to know of a plugin: its configured name and its
// Describe answer (rules with their summaries).
struct PluginInfo {
  std::string name;
  v1::DescribeResponse description;
};

// An article as the run read it: for excerpts and highlights.
struct SourceText {
  std::string text;
  std::size_t body_offset = 0;  // Where the article starts, after its front matter.
  bool plain_text = false;      // Read as plain text (.txt), not Markdown.
};

// Everything a writer may use besides the report itself.
struct ReportContext {
  // Every file with findings, by report path.
  std::map<std::string, SourceText> sources;
  std::vector<PluginInfo> plugins;
  FailOn fail_on;
  bool show_supported = false;  // Show SUPPORTED findings where a format hides them.
  bool color = false;           // Terminal colours (text).
  std::string tool_version;
};

// A report written as a run goes: each file's report in the report's order,
// then the summary. A format that can say each file's part as it comes
// (text, JSON, GitHub) writes it at once, so a run holds no more than the
// files under way; the others keep what they are given and write it all at
// End. Throws Error when the report cannot be written.
class ReportStream {
 public:
  virtual ~ReportStream() = default;
  // `source` is the file's text when the writer shows text (ShowsText) and
  // the file has findings; else empty.
  virtual void File(const v1::FileReport& file, const SourceText& source) = 0;
  // After the last file: the report's summary, or null for a report that
  // has none (Write of a Report without one).
  virtual void End(const v1::Summary* summary) = 0;
};

class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  // Writes `report` to `out`. Throws Error when the report cannot be written.
  virtual void Write(const v1::Report& report, const ReportContext& context,
                     std::ostream& out) const = 0;
  // A stream writing the report to `out`; `context.sources` is not read (each
  // file's text comes with it). This one keeps the files and calls Write at
  // End: formats that write file by file say so by their own.
  virtual std::unique_ptr<ReportStream> Stream(const ReportContext& context,
                                               std::ostream& out) const;
  // Whether the report shows the articles' text (excerpts, highlights): a
  // run keeps the text of files with findings only then.
  virtual bool ShowsText() const { return false; }
};

// A writer whose format is written file by file: Write hands `report`'s
// files to Stream, with their texts from `context.sources`, then its
// summary.
class StreamingReportWriter : public ReportWriter {
 public:
  void Write(const v1::Report& report, const ReportContext& context, std::ostream& out) const final;
  std::unique_ptr<ReportStream> Stream(const ReportContext& context,
                                       std::ostream& out) const override = 0;
};

struct ReportFormat {
  const char* name;     // The --format value.
  const char* summary;  // One line, for --help.
  std::unique_ptr<ReportWriter> (*make)();
};

// Every format, in the order --help lists them; the first is the default.
const std::vector<ReportFormat>& ReportFormats();
// The format named `name`, or null.
const ReportFormat* FindReportFormat(std::string_view name);
std::vector<std::string> ReportFormatNames();

// `message` in the protobuf JSON mapping as `--format json` prints it: the
// proto's field names, every field, indented, with a final newline. Throws
// Error when it cannot be printed.
std::string MessageJson(const google::protobuf::Message& message);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_REPORT_REPORT_WRITER_H_
