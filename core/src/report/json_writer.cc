// `--format json`: the Report in the protobuf JSON mapping, with the proto's
// field names and every field printed. Each file report is converted on its
// own and indented into place: protobuf's printer builds a tree of every
// field of the message it prints (about 3 KB per finding), so printing the
// whole report at once costs memory in proportion to the run.
#include <google/protobuf/util/json_util.h>

#include <string_view>

#include "factcheck/error.h"
#include "report/report_writer.h"

namespace factcheck {
namespace {

// MessageJson without its final newline, to be nested.
std::string ToJson(const google::protobuf::Message& message) {
  std::string json = MessageJson(message);
  while (!json.empty() && json.back() == '\n') json.pop_back();
  return json;
}

// Writes `json` nested `depth` levels deep, as the printer would have (one
// space per level); its first line follows what is already on the line.
void WriteNested(std::string_view json, int depth, bool indent_first, std::ostream& out) {
  const std::string indent(static_cast<std::size_t>(depth), ' ');
  bool first = true;
  while (!json.empty()) {
    const std::size_t end = json.find('\n');
    const std::string_view line = json.substr(0, end);
    if (!first) out << '\n';
    if (!first || indent_first) out << indent;
    out << line;
    first = false;
    if (end == std::string_view::npos) break;
    json.remove_prefix(end + 1);
  }
}

// A file report with its findings printed one by one into the place the
// printer gives an empty list.
void WriteFileReport(const v1::FileReport& file, std::ostream& out) {
  v1::FileReport without_findings = file;
  without_findings.clear_findings();
  const std::string json = ToJson(without_findings);
  constexpr std::string_view kEmpty = "\"findings\": []";
  const std::size_t at = json.find(kEmpty);
  if (at == std::string::npos || file.findings_size() == 0) {
    WriteNested(json, 2, /*indent_first=*/true, out);
    return;
  }
  WriteNested(std::string_view(json).substr(0, at), 2, /*indent_first=*/true, out);
  out << "\"findings\": [";
  for (int i = 0; i < file.findings_size(); ++i) {
    out << (i == 0 ? "\n" : ",\n");
    WriteNested(ToJson(file.findings(i)), 4, /*indent_first=*/true, out);
  }
  out << "\n   ]";
  WriteNested(std::string_view(json).substr(at + kEmpty.size()), 2, /*indent_first=*/false, out);
}

class JsonWriter final : public ReportWriter {
 public:
  void Write(const v1::Report& report, const ReportContext&, std::ostream& out) const override {
    out << "{\n \"files\": [";
    for (int i = 0; i < report.files_size(); ++i) {
      out << (i == 0 ? "\n" : ",\n");
      WriteFileReport(report.files(i), out);
    }
    out << (report.files_size() == 0 ? "]" : "\n ]");
    if (report.has_summary()) {
      out << ",\n \"summary\": ";
      WriteNested(ToJson(report.summary()), 1, /*indent_first=*/false, out);
    }
    out << "\n}\n";
  }
};

}  // namespace

std::string MessageJson(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = true;
  std::string json;
  auto status = google::protobuf::util::MessageToJsonString(message, &json, options);
  if (!status.ok()) throw Error("cannot write the JSON report: " + status.ToString());
  return json;
}

std::unique_ptr<ReportWriter> NewJsonWriter() { return std::make_unique<JsonWriter>(); }

}  // namespace factcheck
