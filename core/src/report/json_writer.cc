// `--format json`: the Report in the protobuf JSON mapping, with the proto's
// field names and every field printed (see json_printer.h). Each file report
// is printed and written on its own, and a long one is written every 64 KB,
// so the text of the whole report, or of a file's, is never held at once.
#include <google/protobuf/util/json_util.h>

#include "factcheck/error.h"
#include "report/json_printer.h"
#include "report/report_writer.h"

namespace factcheck {
namespace {

class JsonWriter final : public ReportWriter {
 public:
  void Write(const v1::Report& report, const ReportContext&, std::ostream& out) const override {
    out << "{\n \"files\": [";
    std::string json;
    const JsonFlush flush = [&out](std::string* text) {
      out << *text;
      text->clear();
    };
    for (int i = 0; i < report.files_size(); ++i) {
      json.assign(i == 0 ? "\n  " : ",\n  ");
      AppendMessageJson(report.files(i), 2, &json, flush);
      out << json;
    }
    out << (report.files_size() == 0 ? "]" : "\n ]");
    if (report.has_summary()) {
      json.assign(",\n \"summary\": ");
      AppendMessageJson(report.summary(), 1, &json);
      out << json;
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
