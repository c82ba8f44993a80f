#include "base/verdict.h"

namespace factcheck {

const VerdictNames& NamesOf(v1::Verdict verdict) {
  static constexpr VerdictNames kSupported{"supported", "supported", "\033[1;32m"};
  static constexpr VerdictNames kNeedsVerification{"needs verification", "needs-verification",
                                                   "\033[1;33m"};
  static constexpr VerdictNames kContradicted{"contradicted", "contradicted", "\033[1;31m"};
  static constexpr VerdictNames kUnspecified{"unspecified", "unspecified", ""};
  switch (verdict) {
    case v1::VERDICT_SUPPORTED:
      return kSupported;
    case v1::VERDICT_NEEDS_VERIFICATION:
      return kNeedsVerification;
    case v1::VERDICT_CONTRADICTED:
      return kContradicted;
    default:
      return kUnspecified;
  }
}

std::optional<FailOn> ParseFailOn(std::string_view keyword) {
  if (keyword == "never") return FailOn{FailOn::kNever};
  for (auto verdict :
       {v1::VERDICT_CONTRADICTED, v1::VERDICT_NEEDS_VERIFICATION, v1::VERDICT_SUPPORTED}) {
    if (keyword == VerdictKeyword(verdict)) return FailOn{verdict};
  }
  return std::nullopt;
}

const char* FailOnKeyword(FailOn fail_on) {
  if (fail_on.threshold == FailOn::kNever) return "never";
  return VerdictKeyword(static_cast<v1::Verdict>(fail_on.threshold));
}

const char* SeverityKeyword(v1::Severity severity) {
  switch (severity) {
    case v1::SEVERITY_ERROR:
      return "error";
    case v1::SEVERITY_WARNING:
      return "warning";
    default:
      return "note";
  }
}

const char* GithubCommand(v1::Severity severity) {
  // GitHub's words are the severity's but for a note.
  const char* keyword = SeverityKeyword(severity);
  return std::string_view(keyword) == "note" ? "notice" : keyword;
}

v1::Severity DefaultSeverity(v1::Verdict verdict, FailOn fail_on) {
  if (verdict != v1::VERDICT_UNSPECIFIED && fail_on.Fails(verdict)) return v1::SEVERITY_ERROR;
  return verdict == v1::VERDICT_SUPPORTED || verdict == v1::VERDICT_UNSPECIFIED
             ? v1::SEVERITY_NOTE
             : v1::SEVERITY_WARNING;
}

v1::Severity SeverityOf(const v1::Finding& finding, FailOn fail_on) {
  return finding.severity() != v1::SEVERITY_UNSPECIFIED
             ? finding.severity()
             : DefaultSeverity(finding.verdict(), fail_on);
}

bool FailsRun(const v1::Finding& finding, FailOn fail_on) {
  return SeverityOf(finding, fail_on) == v1::SEVERITY_ERROR && !finding.has_verified() &&
         !finding.has_suppressed();
}

std::string VerifiedText(const v1::Verification& verified) {
  return "verified by " + verified.by() + " on " + verified.date() + ": " + verified.note();
}

std::string RuleId(std::string_view checker, std::string_view rule) {
  std::string id;
  id.reserve(checker.size() + 1 + rule.size());
  id.append(checker).append("/").append(rule);
  return id;
}

std::string RuleId(const v1::Finding& finding) { return RuleId(finding.checker(), finding.rule()); }

}  // namespace factcheck
