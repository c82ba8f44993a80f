// The verdict vocabulary: the one place that names each verdict (in
// sentences for people, as the keyword of configuration, --fail-on and
// fixtures) and each severity (in `rules:`, SARIF and GitHub), and the
// fail_on threshold.
#ifndef FACTCHECK_CORE_BASE_VERDICT_H_
#define FACTCHECK_CORE_BASE_VERDICT_H_

#include <optional>
#include <string>
#include <string_view>

#include "factcheck/v1/checker.pb.h"

namespace factcheck {

struct VerdictNames {
  const char* words;       // "needs verification": in sentences.
  const char* keyword;     // "needs-verification": configuration, fixtures, CSS classes.
  const char* ansi_color;  // The text report's escape sequence.
};

// The names of `verdict`; VERDICT_UNSPECIFIED and unknown values get
// "unspecified" and the levels of a note.
const VerdictNames& NamesOf(v1::Verdict verdict);

inline const char* VerdictWords(v1::Verdict verdict) { return NamesOf(verdict).words; }
inline const char* VerdictKeyword(v1::Verdict verdict) { return NamesOf(verdict).keyword; }

// The verdict at or above which a run fails (exit 1); kNever never fails.
struct FailOn {
  static constexpr int kNever = 100;
  int threshold = v1::VERDICT_CONTRADICTED;

  bool Fails(v1::Verdict verdict) const { return static_cast<int>(verdict) >= threshold; }
};

// Parses a fail_on keyword: contradicted, needs-verification, supported, never.
std::optional<FailOn> ParseFailOn(std::string_view keyword);
const char* FailOnKeyword(FailOn fail_on);
// "contradicted, needs-verification, supported or never": for messages.
inline constexpr const char* kFailOnChoices =
    "contradicted, needs-verification, supported or never";

// "note", "warning", "error": the keywords of `rules:`, and SARIF's levels.
const char* SeverityKeyword(v1::Severity severity);
// "notice", "warning", "error": GitHub's workflow commands.
const char* GithubCommand(v1::Severity severity);

// The severity a finding has: the one the run set, else the one its verdict
// gets under `fail_on` (at or above it: error; supported: note; else warning).
v1::Severity SeverityOf(const v1::Finding& finding, FailOn fail_on);
v1::Severity DefaultSeverity(v1::Verdict verdict, FailOn fail_on);

// Whether the finding fails the run: an error, neither verified nor
// suppressed.
bool FailsRun(const v1::Finding& finding, FailOn fail_on);

// "verified by Ann on 2023-06-15: called the ministry": how every report and
// the language server say that a person checked a finding.
std::string VerifiedText(const v1::Verification& verified);

// "checker/rule": how findings, SARIF rules, suppressions and the ledger name
// a rule.
std::string RuleId(const v1::Finding& finding);
std::string RuleId(std::string_view checker, std::string_view rule);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_VERDICT_H_
