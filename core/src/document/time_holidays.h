// Holidays by name: the names the tagger reads ("Christmas", "Eid al-Fitr",
// "Rosh Hashanah") and the days each covers in a given year, fixed, counted
// from Easter or computed from the Hebrew, Islamic, Chinese and Hindu
// calendars (time_calendars.h).
#ifndef FACTCHECK_CORE_DOCUMENT_TIME_HOLIDAYS_H_
#define FACTCHECK_CORE_DOCUMENT_TIME_HOLIDAYS_H_

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace factcheck::tagger {

struct TimeToken;

// The first words of the holiday names, for the lexicon, which keeps each
// word's index in TimeToken::holiday (one more than it: 0 is none).
const std::vector<std::string>& HolidayFirstWords();

// A holiday's name as MatchHoliday reads it: lower case, split at spaces,
// apostrophes, hyphens and periods, without a possessive's "s". A word of
// the text stands for a word of a name written the same or with an "s"
// ("kings" for "king").
struct HolidayName {
  std::vector<std::string> words;
  int id;        // Which holiday.
  bool capital;  // Read only when capitalized, but at a sentence's start.
};
// The names that HolidayFirstWords()[index] starts.
const std::vector<HolidayName>& HolidayNamesStartingWith(std::size_t index);

struct HolidayMatch {
  int id;            // Which holiday.
  std::size_t next;  // The token after its name.
};
// The holiday whose name starts at tokens[i], the longest that fits.
std::optional<HolidayMatch> MatchHoliday(const std::vector<TimeToken>& tokens, std::size_t i);

// Its usual English name: "Easter Sunday", "Thanksgiving Day".
const char* HolidayTitle(int id);

struct HolidaySpan {
  std::chrono::sys_days
      begin;                  // Its first day; for a Jewish holiday, the eve it starts at sundown.
  std::chrono::sys_days end;  // Its last day.
};
// The holiday `id` in Gregorian year `y`: none when the calendars cannot
// say (years before 1583 or after 2200), two for a lunar holiday that
// comes twice in the year. Worked out once a thread: the list stays.
const std::vector<HolidaySpan>& HolidayInYear(int id, int y);

}  // namespace factcheck::tagger

#endif  // FACTCHECK_CORE_DOCUMENT_TIME_HOLIDAYS_H_
