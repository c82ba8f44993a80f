// The recency check of one document: statements that something is the
// first, the largest, the highest-ranking or the like within a period.
#ifndef FACTCHECK_PLUGINS_RECENCY_CHECK_RECENCY_H_
#define FACTCHECK_PLUGINS_RECENCY_CHECK_RECENCY_H_

#include <vector>

#include "factcheck/v1/checker.pb.h"
#include "reference/events.h"
#include "reference/office_holders.h"

namespace factcheck::recency {

inline constexpr const char* kFirstRule = "first-in-period";
inline constexpr const char* kSuperlativeRule = "superlative-in-period";
inline constexpr const char* kUnboundedRule = "unbounded-superlative";

// Appends a finding for each recency or superlative claim. `places` (from
// office-holder files) maps adjectives like "Israeli" to participants; it may
// be empty. False when the document's as_of is not YYYY-MM-DD.
bool CheckRecency(const reference::Events& events, const reference::OfficeHolders& places,
                  const v1::Document& document, v1::CheckResponse* response);
// The word sets CheckRecency tests every sentence with (kit::Checker's
// SentenceFilters).
std::vector<const text::WordSet*> RecencySentenceFilters();

}  // namespace factcheck::recency

#endif  // FACTCHECK_PLUGINS_RECENCY_CHECK_RECENCY_H_
