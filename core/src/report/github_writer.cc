// `--format github`: GitHub Actions workflow commands, one annotation per
// error and finding ("::error file=…,line=…,col=…,endLine=…,endColumn=…,
// title=…::message"), escaped as GitHub requires; the command follows the
// finding's severity. Verified and suppressed findings get no annotation;
// SUPPORTED ones only when asked for, as notices.
#include "report/escape.h"
#include "report/report_writer.h"

namespace factcheck {
namespace {

class GithubWriter final : public ReportWriter {
 public:
  void Write(const v1::Report& report, const ReportContext& context,
             std::ostream& out) const override {
    for (const v1::FileReport& file : report.files()) {
      const std::string path = GithubEscape(file.path(), true);
      for (const v1::FileError& error : file.errors()) {
        out << "::error file=" << path;
        if (error.line() > 0) out << ",line=" << error.line() << ",col=" << error.column();
        out << ",title=" << GithubEscape("factcheck error", true)
            << "::" << GithubEscape(error.message(), false) << "\n";
      }
      for (const v1::Finding& finding : file.findings()) {
        if (finding.has_verified() || finding.has_suppressed()) continue;
        if (finding.verdict() == v1::VERDICT_SUPPORTED && !context.show_supported) continue;
        out << "::" << GithubCommand(SeverityOf(finding, context.fail_on)) << " file=" << path
            << ",line=" << finding.line() << ",col=" << finding.column()
            << ",endLine=" << finding.end_line() << ",endColumn=" << finding.end_column()
            << ",title=" << GithubEscape(RuleId(finding), true)
            << "::" << GithubEscape(finding.message() + EvidenceText(finding), false) << "\n";
      }
    }
  }
};

}  // namespace

std::unique_ptr<ReportWriter> NewGithubWriter() { return std::make_unique<GithubWriter>(); }

}  // namespace factcheck
