// `--format github`: GitHub Actions workflow commands, one annotation per
// error and finding ("::error file=…,line=…,col=…,endLine=…,endColumn=…,
// title=…::message"), escaped as GitHub requires; the command follows the
// finding's severity. Verified and suppressed findings get no annotation;
// SUPPORTED ones only when asked for, as notices.
#include "report/escape.h"
#include "report/report_writer.h"

namespace factcheck {
namespace {

class GithubStream final : public ReportStream {
 public:
  GithubStream(const ReportContext& context, std::ostream& out)
      : fail_on_(context.fail_on), show_supported_(context.show_supported), out_(out) {}

  void File(const v1::FileReport& file, const SourceText&) override {
    const std::string path = GithubEscape(file.path(), true);
    for (const v1::FileError& error : file.errors()) {
      out_ << "::error file=" << path;
      if (error.line() > 0) out_ << ",line=" << error.line() << ",col=" << error.column();
      out_ << ",title=" << GithubEscape("factcheck error", true)
           << "::" << GithubEscape(error.message(), false) << "\n";
    }
    for (const v1::Finding& finding : file.findings()) {
      if (finding.has_verified() || finding.has_suppressed()) continue;
      if (finding.verdict() == v1::VERDICT_SUPPORTED && !show_supported_) continue;
      out_ << "::" << GithubCommand(SeverityOf(finding, fail_on_)) << " file=" << path
           << ",line=" << finding.line() << ",col=" << finding.column()
           << ",endLine=" << finding.end_line() << ",endColumn=" << finding.end_column()
           << ",title=" << GithubEscape(RuleId(finding), true)
           << "::" << GithubEscape(finding.message() + EvidenceText(finding), false) << "\n";
    }
  }
  void End(const v1::Summary*) override {}

 private:
  const FailOn fail_on_;
  const bool show_supported_;
  std::ostream& out_;
};

class GithubWriter final : public StreamingReportWriter {
 public:
  std::unique_ptr<ReportStream> Stream(const ReportContext& context,
                                       std::ostream& out) const override {
    return std::make_unique<GithubStream>(context, out);
  }
};

}  // namespace

std::unique_ptr<ReportWriter> NewGithubWriter() { return std::make_unique<GithubWriter>(); }

}  // namespace factcheck
