// Editors' inline suppressions, handled by the host for every plugin:
//
//   <!-- factcheck-ignore office-holders: checked with the ministry -->
//     leaves out the next sentence's findings of that plugin;
//   <!-- factcheck-ignore-begin dates/*, recency: a quoted 1987 text -->
//   ...
//   <!-- factcheck-ignore-end -->
//     leaves out the findings in between.
//
// Patterns are plugin or plugin/rule globs, comma-separated; the reason
// after the colon is required.
#ifndef FACTCHECK_CORE_RUN_SUPPRESSIONS_H_
#define FACTCHECK_CORE_RUN_SUPPRESSIONS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "factcheck/v1/checker.pb.h"

namespace factcheck {

struct Suppression {
  std::vector<std::string> patterns;
  std::uint32_t begin;  // Findings starting in [begin, end) are left out.
  std::uint32_t end;
  std::string reason;
  unsigned line = 0;  // Where the comment is.
};

// Reads the directives of `document`. Throws LocatedError (naming `path`)
// for one without a reason, a begin without an end, or an end without a
// begin.
std::vector<Suppression> ParseSuppressions(const std::string& path, const v1::Document& document);

// The directive that covers `finding` (its checker must be set), or null.
const Suppression* SuppressionOf(const std::vector<Suppression>& suppressions,
                                 const v1::Finding& finding);

// Whether `rule_id` ("checker/rule") or its checker matches one of `patterns`
// (shell globs: "dates/*", "office-holders").
bool MatchesRulePattern(const std::vector<std::string>& patterns, const std::string& checker,
                        const std::string& rule_id);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_SUPPRESSIONS_H_
