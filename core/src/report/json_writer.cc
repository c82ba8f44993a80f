// `--format json`: the Report in the protobuf JSON mapping, with the proto's
// field names and every field printed (see json_printer.h). Each file report
// is printed and written as the run hands it on, and a long one every 64 KB,
// so neither the whole report nor a file's text is ever held at once.
#include <google/protobuf/util/json_util.h>

#include "factcheck/error.h"
#include "report/json_printer.h"
#include "report/report_writer.h"

namespace factcheck {
namespace {

// Writes "{", the files' list and "}" around them as they come: nothing
// before the first file or End, so an interrupted run that checked no file
// writes nothing.
class JsonStream final : public ReportStream {
 public:
  explicit JsonStream(std::ostream& out) : out_(out) {}

  void File(const v1::FileReport& file, const SourceText&) override {
    const JsonFlush flush = [this](std::string* text) {
      out_ << *text;
      text->clear();
    };
    json_.assign(files_ == 0 ? "{\n \"files\": [\n  " : ",\n  ");
    AppendFileReportJson(file, 2, &json_, flush);
    out_ << json_;
    ++files_;
  }

  void End(const v1::Summary* summary) override {
    json_.assign(files_ == 0 ? "{\n \"files\": []" : "\n ]");
    if (summary != nullptr) {
      json_ += ",\n \"summary\": ";
      AppendMessageJson(*summary, 1, &json_);
    }
    out_ << json_ << "\n}\n";
  }

 private:
  std::ostream& out_;
  std::string json_;  // Reused from file to file.
  std::size_t files_ = 0;
};

class JsonWriter final : public StreamingReportWriter {
 public:
  std::unique_ptr<ReportStream> Stream(const ReportContext&, std::ostream& out) const override {
    return std::make_unique<JsonStream>(out);
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
