#include "report/summary.h"

namespace factcheck {
namespace {

std::string Plural(unsigned n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

void Summarize(v1::Report* report) {
  v1::Summary summary;
  for (const v1::FileReport& file : report->files()) {
    summary.set_files(summary.files() + 1);
    summary.set_errors(summary.errors() + file.errors_size());
    summary.set_suppressed(summary.suppressed() + file.suppressed());
    for (const v1::Finding& finding : file.findings()) {
      if (finding.has_suppressed()) continue;  // Counted by the file's `suppressed`.
      summary.set_claims(summary.claims() + 1);
      if (finding.has_verified()) summary.set_verified(summary.verified() + 1);
      switch (finding.verdict()) {
        case v1::VERDICT_CONTRADICTED:
          summary.set_contradicted(summary.contradicted() + 1);
          break;
        case v1::VERDICT_NEEDS_VERIFICATION:
          summary.set_needs_verification(summary.needs_verification() + 1);
          break;
        case v1::VERDICT_SUPPORTED:
          summary.set_supported(summary.supported() + 1);
          break;
        default:
          break;
      }
    }
  }
  *report->mutable_summary() = std::move(summary);
}

std::string SummaryLine(const v1::Summary& s) {
  std::string line =
      Plural(s.files(), "file", "files") + ", " + Plural(s.claims(), "claim", "claims") + ": " +
      std::to_string(s.contradicted()) + " contradicted, " +
      std::to_string(s.needs_verification()) + (s.needs_verification() == 1 ? " needs" : " need") +
      " verification, " + std::to_string(s.supported()) + " supported";
  if (s.verified() > 0) line += "; " + std::to_string(s.verified()) + " verified";
  if (s.suppressed() > 0) line += "; " + std::to_string(s.suppressed()) + " suppressed";
  if (s.errors() > 0) line += "; " + Plural(s.errors(), "error", "errors");
  return line;
}

int ExitCodeFor(const v1::Report& report, FailOn fail_on) {
  if (report.summary().errors() > 0) return 2;
  for (const auto& file : report.files()) {
    for (const auto& finding : file.findings()) {
      if (FailsRun(finding, fail_on)) return 1;
    }
  }
  return 0;
}

}  // namespace factcheck
