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
};

// Reads the directives of `document`. Throws LocatedError (naming `path`)
// for one without a reason, a begin without an end, or an end without a
// begin.
std::vector<Suppression> ParseSuppressions(const std::string& path, const v1::Document& document);

bool IsSuppressed(const std::vector<Suppression>& suppressions, const v1::Finding& finding);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_SUPPRESSIONS_H_
