#include "report/summary.h"

#include <algorithm>

namespace factcheck {
namespace {

std::string Plural(unsigned n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

void CountFile(const v1::FileReport& file, v1::Summary* summary) {
  summary->set_files(summary->files() + 1);
  summary->set_errors(summary->errors() + file.errors_size());
  summary->set_suppressed(summary->suppressed() + file.suppressed());
  for (const v1::Finding& finding : file.findings()) {
    if (finding.has_suppressed()) continue;  // Counted by the file's `suppressed`.
    summary->set_claims(summary->claims() + 1);
    if (finding.has_verified()) summary->set_verified(summary->verified() + 1);
    switch (finding.verdict()) {
      case v1::VERDICT_CONTRADICTED:
        summary->set_contradicted(summary->contradicted() + 1);
        break;
      case v1::VERDICT_NEEDS_VERIFICATION:
        summary->set_needs_verification(summary->needs_verification() + 1);
        break;
      case v1::VERDICT_SUPPORTED:
        summary->set_supported(summary->supported() + 1);
        break;
      default:
        break;
    }
  }
}

void Summarize(v1::Report* report) {
  v1::Summary summary;
  for (const v1::FileReport& file : report->files()) CountFile(file, &summary);
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

bool FileFailsRun(const v1::FileReport& file, FailOn fail_on) {
  return std::any_of(file.findings().begin(), file.findings().end(),
                     [&](const v1::Finding& finding) { return FailsRun(finding, fail_on); });
}

int ExitCode(const v1::Summary& summary, bool finding_fails) {
  if (summary.errors() > 0) return 2;
  return finding_fails ? 1 : 0;
}

int ExitCodeFor(const v1::Report& report, FailOn fail_on) {
  return ExitCode(report.summary(), std::any_of(report.files().begin(), report.files().end(),
                                                [&](const v1::FileReport& file) {
                                                  return FileFailsRun(file, fail_on);
                                                }));
}

}  // namespace factcheck
