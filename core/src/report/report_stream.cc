// The stream of the formats that need the whole report before they write,
// and Write for those written file by file.
#include "report/report_writer.h"

namespace factcheck {
namespace {

// Keeps the files and their texts, and writes them all at End.
class WholeReportStream final : public ReportStream {
 public:
  WholeReportStream(const ReportWriter& writer, const ReportContext& context, std::ostream& out)
      : writer_(writer), context_(context), out_(out) {}

  void File(const v1::FileReport& file, const SourceText& source) override {
    if (!source.text.empty()) context_.sources[file.path()] = source;
    *report_.add_files() = file;
  }
  void End(const v1::Summary* summary) override {
    if (summary != nullptr) *report_.mutable_summary() = *summary;
    writer_.Write(report_, context_, out_);
  }

 private:
  const ReportWriter& writer_;
  ReportContext context_;
  std::ostream& out_;
  v1::Report report_;
};

}  // namespace

std::unique_ptr<ReportStream> ReportWriter::Stream(const ReportContext& context,
                                                   std::ostream& out) const {
  return std::make_unique<WholeReportStream>(*this, context, out);
}

void StreamingReportWriter::Write(const v1::Report& report, const ReportContext& context,
                                  std::ostream& out) const {
  const std::unique_ptr<ReportStream> stream = Stream(context, out);
  static const SourceText kNone;
  for (const v1::FileReport& file : report.files()) {
    const auto found = context.sources.find(file.path());
    stream->File(file, found == context.sources.end() ? kNone : found->second);
  }
  stream->End(report.has_summary() ? &report.summary() : nullptr);
}

}  // namespace factcheck
