// The dates check of one document: weekday/date mismatches, impossible
// dates, past-tense sentences dated after the article, relative dates in an
// undated article, named events' dates, and ages.
#ifndef FACTCHECK_PLUGINS_DATES_CHECK_DATES_H_
#define FACTCHECK_PLUGINS_DATES_CHECK_DATES_H_

#include <vector>

#include "factcheck/v1/checker.pb.h"
#include "reference/events.h"
#include "reference/office_holders.h"

namespace factcheck::dates {

inline constexpr const char* kWeekdayRule = "weekday-mismatch";
inline constexpr const char* kImpossibleRule = "impossible-date";
inline constexpr const char* kFutureInPastRule = "future-in-past";
inline constexpr const char* kUndatedRule = "undated-relative";
inline constexpr const char* kEventDateRule = "event-date";
inline constexpr const char* kAgeRule = "age";
inline constexpr const char* kAmbiguousOrderRule = "ambiguous-order";

// Appends the findings for `document`. `people` (from office-holder files)
// may be empty. False when the document's as_of is not YYYY-MM-DD.
bool CheckDates(const reference::Events& events, const reference::OfficeHolders& people,
                const v1::Document& document, v1::CheckResponse* response);
// The word sets CheckDates tests every sentence with (kit::Checker's
// SentenceFilters).
std::vector<const text::WordSet*> DatesSentenceFilters(const reference::Events& events);

}  // namespace factcheck::dates

#endif  // FACTCHECK_PLUGINS_DATES_CHECK_DATES_H_
