// Calendar dates as the configuration and front matter write them.
#ifndef FACTCHECK_CORE_BASE_ISO_DATE_H_
#define FACTCHECK_CORE_BASE_ISO_DATE_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace factcheck {

// Parses YYYY-MM-DD, or an ISO 8601 timestamp whose date part is that
// (2023-06-15T09:30:00Z); nullopt unless it names a real calendar day.
std::optional<std::chrono::year_month_day> ParseIsoDate(std::string_view text);

// Exactly YYYY-MM-DD naming a real calendar day: dates in configuration, on
// the command line and in a document's as_of.
std::optional<std::chrono::year_month_day> ParseExactIsoDate(std::string_view text);

std::string FormatIsoDate(std::chrono::year_month_day date);

// Today's date in UTC.
std::chrono::year_month_day TodayUtc();

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_ISO_DATE_H_
