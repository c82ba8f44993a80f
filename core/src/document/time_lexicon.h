// The words of the time tagger: a sentence's prose cut into tokens, each
// looked up once in a table of month and weekday names, number and ordinal
// words, units and the words that may start a time expression.
#ifndef FACTCHECK_CORE_DOCUMENT_TIME_LEXICON_H_
#define FACTCHECK_CORE_DOCUMENT_TIME_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/v1/checker.pb.h"

namespace factcheck::tagger {

struct TimeToken {
  enum Kind { kWord, kNumber, kPunct };
  Kind kind;
  std::uint32_t begin;
  std::uint32_t end;
  std::string lower;  // Lower-case word, digits, or the punctuation character.
  bool capitalized = false;
  bool ordinal = false;      // "9th".
  bool space_before = true;  // White space (or a gap in the prose) before it.
  int value = 0;             // Numbers.
  // What the word is, looked up once when it is read (see WordInfo).
  std::int8_t month = 0;         // 1..12 for a full month name.
  std::int8_t month_abbr = 0;    // 1..12 for "Jan", "Sept", ...
  std::int8_t weekday = 0;       // 1..7 for a full weekday name.
  std::int8_t weekday_abbr = 0;  // 1..7 for "Mon", "Tues", ...
  std::int8_t number_word = -1;  // "a", "one" .. "twenty", "thirty".
  std::int8_t ordinal_word = 0;  // "first" .. "twentieth", "thirtieth".
  std::int8_t unit = 0;          // A Unit.
  bool starts = false;           // May start a time expression.
};

// Cuts the segments of `sentence` into tokens.
std::vector<TimeToken> Lex(std::string_view text, const v1::Sentence& sentence);

// 1..12, or 0. Abbreviations ("Feb", "Sept") count only when `abbreviations`.
int MonthOf(const TimeToken& tok, bool abbreviations);
// 1 (Monday) .. 7, or 0.
int WeekdayOf(const TimeToken& tok, bool abbreviations);
// "first" .. "thirtieth": 1..30, or 0.
inline int OrdinalWord(const TimeToken& tok) { return tok.ordinal_word; }
// A count: digits or "a", "one" .. "twenty", "thirty"; -1 for anything else.
int NumberWord(const TimeToken& tok);
// The weekday a lower-case full name means ("friday" -> 5), or 0.
int WeekdayNamed(std::string_view lower);

enum class Unit { kNone, kDay, kWeek, kFortnight, kMonth, kYear, kDecade };
inline Unit UnitOf(const TimeToken& tok) { return static_cast<Unit>(tok.unit); }

}  // namespace factcheck::tagger

#endif  // FACTCHECK_CORE_DOCUMENT_TIME_LEXICON_H_
