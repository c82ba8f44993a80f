// `--format json`: the Report in the protobuf JSON mapping, with the proto's
// field names and every field printed.
#include <google/protobuf/util/json_util.h>

#include "factcheck/error.h"
#include "report/report_writer.h"

namespace factcheck {
namespace {

class JsonWriter final : public ReportWriter {
 public:
  void Write(const v1::Report& report, const ReportContext&, std::ostream& out) const override {
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    options.preserve_proto_field_names = true;
    options.always_print_primitive_fields = true;
    std::string json;
    auto status = google::protobuf::util::MessageToJsonString(report, &json, options);
    if (!status.ok()) throw Error("cannot write the JSON report: " + status.ToString());
    out << json;
    if (json.empty() || json.back() != '\n') out << "\n";
  }
};

}  // namespace

std::unique_ptr<ReportWriter> NewJsonWriter() { return std::make_unique<JsonWriter>(); }

}  // namespace factcheck
