// Dates as reference data writes them: YYYY, YYYY-MM or YYYY-MM-DD.
#ifndef FACTCHECK_PLUGINS_COMMON_PARTIAL_DATE_H_
#define FACTCHECK_PLUGINS_COMMON_PARTIAL_DATE_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace factcheck {

using Days = std::chrono::sys_days;

// A date that covers the days [first, last]: a whole year or month for
// partial dates.
struct PartialDate {
  Days first;
  Days last;

  // As written: YYYY, YYYY-MM or YYYY-MM-DD, from the days it covers.
  std::string text() const;
};

std::optional<PartialDate> ParsePartialDate(std::string_view text);

// Exactly YYYY-MM-DD naming a real day: the dates the host sends (as_of, a
// time expression's begin and end).
std::optional<Days> ParseDay(std::string_view text);

// YYYY-MM-DD.
std::string FormatDay(Days day);

// "March" for 3: month names as messages write them.
std::string_view MonthName(unsigned month);

// "12 March 2005": one day as every checker's messages write it.
std::string DayInWords(Days day);

// `text` with every YYYY-MM-DD and YYYY-MM written as readers write them,
// "12 March 2005" and "March 2005", for messages to editors. Digits that
// are no real date, or that touch other digits or letters, stay as they are.
std::string SpelledDates(std::string_view text);

}  // namespace factcheck

#endif  // FACTCHECK_PLUGINS_COMMON_PARTIAL_DATE_H_
