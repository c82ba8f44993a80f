#include "base/verdict.h"

namespace factcheck {

const VerdictNames& NamesOf(v1::Verdict verdict) {
  static constexpr VerdictNames kSupported{"supported", "supported", "note", "notice",
                                           "\033[1;32m"};
  static constexpr VerdictNames kNeedsVerification{"needs verification", "needs-verification",
                                                   "warning", "warning", "\033[1;33m"};
  static constexpr VerdictNames kContradicted{"contradicted", "contradicted", "error", "error",
                                              "\033[1;31m"};
  static constexpr VerdictNames kUnspecified{"unspecified", "unspecified", "note", "notice", ""};
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

std::string RuleId(std::string_view checker, std::string_view rule) {
  std::string id;
  id.reserve(checker.size() + 1 + rule.size());
  id.append(checker).append("/").append(rule);
  return id;
}

std::string RuleId(const v1::Finding& finding) { return RuleId(finding.checker(), finding.rule()); }

}  // namespace factcheck
