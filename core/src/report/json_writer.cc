// `--format json`: the Report in the protobuf JSON mapping, with the proto's
// field names and every field printed (see json_printer.h). Each file report
// is printed and written as the run hands it on, and a long one every 64 KB,
// so neither the whole report nor a file's text is ever held at once.
#include <google/protobuf/util/json_util.h>

#include <charconv>
#include <string_view>

#include "factcheck/error.h"
#include "report/json_printer.h"
#include "report/report_writer.h"

namespace factcheck {
namespace {

// A list of messages as AppendMessageJson prints a repeated field, nested
// `depth` deep.
template <typename Element>
void AppendList(const google::protobuf::RepeatedPtrField<Element>& list, int depth,
                std::string* out, const JsonFlush& flush) {
  if (list.empty()) {
    out->append("[]");
    return;
  }
  out->push_back('[');
  for (int i = 0; i < list.size(); ++i) {
    if (flush && out->size() >= kJsonFlushBytes) flush(out);
    out->append(i == 0 ? "\n" : ",\n");
    out->append(static_cast<std::size_t>(depth + 1), ' ');
    AppendMessageJson(list[i], depth + 1, out, flush);
  }
  out->push_back('\n');
  out->append(static_cast<std::size_t>(depth), ' ');
  out->push_back(']');
}

}  // namespace

void AppendFileReportJson(const v1::FileReport& file, int depth, std::string* out,
                          const JsonFlush& flush) {
  const auto field_indent = static_cast<std::size_t>(depth + 1);
  const auto key = [&](std::string_view name) {
    out->append(name == "path" ? "{\n" : ",\n");
    out->append(field_indent, ' ');
    out->push_back('"');
    out->append(name);
    out->append("\": ");
  };
  key("path");
  AppendJsonString(file.path(), out);
  key("as_of");
  AppendJsonString(file.as_of(), out);
  key("as_of_source");
  AppendJsonString(file.as_of_source(), out);
  key("findings");
  AppendList(file.findings(), depth + 1, out, flush);
  key("errors");
  AppendList(file.errors(), depth + 1, out, flush);
  key("suppressed");
  char digits[16];
  out->append(digits, std::to_chars(digits, digits + sizeof digits, file.suppressed()).ptr);
  out->push_back('\n');
  out->append(static_cast<std::size_t>(depth), ' ');
  out->push_back('}');
}

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
