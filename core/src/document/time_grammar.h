// The time tagger's grammar: the rules that recognize a time expression at
// a token and resolve it against the article's date. Each rule returns the
// value and the token after it, or nothing; TimeGrammar::Run tries them all
// at every token that may start an expression and keeps the longest. The
// rules live in time_grammar_<kind>.cc by kind.
#ifndef FACTCHECK_CORE_DOCUMENT_TIME_GRAMMAR_H_
#define FACTCHECK_CORE_DOCUMENT_TIME_GRAMMAR_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "document/time_lexicon.h"
#include "document/time_tagger.h"
#include "document/time_tense.h"

namespace factcheck::tagger {

using std::chrono::sys_days;
using std::chrono::year_month_day;
using Grain = v1::TimeExpression::Grain;
using Resolution = v1::TimeExpression::Resolution;

// What a rule found: the days meant, from `begin` to `end`.
struct Value {
  sys_days begin;
  sys_days end;
  Grain grain;
  std::size_t next = 0;  // Token after the expression.
  bool relative = false;
  bool range = false;
  bool year_inferred = false;
  bool impossible = false;
  bool ambiguous = false;  // A numeric date whose day/month order is unknown.
  int stated_weekday = 0;
  Resolution resolution = v1::TimeExpression::RESOLUTION_STATED;
  Tense tense = Tense::kNone;
  int anchor = -1;                // The expression it counts from.
  const char* holiday = nullptr;  // The holiday it names.
};

Value Day(sys_days d);
Value MonthPeriod(std::chrono::year y, std::chrono::month m);
Value QuarterPeriod(std::chrono::year y, int quarter);
Value YearPeriod(std::chrono::year y);
// The Monday-to-Sunday week of `d`.
Value WeekOf(sys_days d);
// Whether `d` is the weekday `wd` (1 Monday .. 7 Sunday).
inline bool IsWeekday(sys_days d, int wd) {
  return std::chrono::weekday{d}.iso_encoding() == static_cast<unsigned>(wd);
}
// The day, week, month, quarter or year `unit` of `d`.
Value PeriodOf(Unit unit, sys_days d);
// `d` moved by `n` units (months and years keep the day, or the month's last).
sys_days Shift(sys_days d, Unit unit, int n);
// `v` as counted from the article's date, the expression ending before `next`.
Value AsOf(Value v, std::size_t next);
// `v` as placed by the tense of its clause, or as the nearest without one.
Value Placed(Value v, std::size_t next, Tense tense);

// The word or dash between a range's ends: "to", "-", "through", "thru",
// "until", "till"; "and" after "between".
inline bool RangeWord(const TimeToken& tok, bool between) {
  if (between) return IsWord(tok, "and");
  return IsWord(tok, "to") || IsWord(tok, "-") || IsWord(tok, "through") || IsWord(tok, "thru") ||
         IsWord(tok, "until") || IsWord(tok, "till");
}
// The years a number of four digits is read as (YearAt).
constexpr int kFirstYear = 1000;
constexpr int kLastYear = 2999;
// A numeric date's separator: "/", "-" or "." (a mark's form is one byte).
inline bool IsDateSeparator(char c) { return c == '/' || c == '-' || c == '.'; }
inline bool DateSeparator(const TimeToken& tok) {
  return tok.kind == TimeToken::kPunct && tok.lower.size() == 1 && IsDateSeparator(tok.lower[0]);
}
// The words after which a day and a month written without a year are a date
// ("on 2/15", "from 3/4"; NumericContext), in lower case; before dashes
// only "on" ("on 2-15").
inline constexpr std::string_view kNumericCues[] = {"on",     "from",      "since",    "until",
                                                    "till",   "through",   "thru",     "dated",
                                                    "before", "effective", "starting", "to"};
inline constexpr std::size_t kLongestNumericCue = [] {
  std::size_t longest = 0;
  for (const std::string_view cue : kNumericCues)
    longest = cue.size() > longest ? cue.size() : longest;
  return longest;
}();
inline bool IsNumericCue(std::string_view lower, bool dashes) {
  if (dashes) return lower == "on";
  for (const std::string_view cue : kNumericCues) {
    if (lower == cue) return true;
  }
  return false;
}
// An era's marker, its letters run together ("B.C." is "bc"; each piece at
// most three letters), and +1 for the common era, -1 before it
// (YearOrDecade reads them).
struct Era {
  std::string_view letters;
  int sign;
};
inline constexpr Era kEras[] = {{"bc", -1}, {"bce", -1}, {"ad", 1}, {"ce", 1}};
// Whether an era's marker may start at the word `tok`: a first piece of
// its letters ("b", "a.d.").
inline bool MayStartEra(const TimeToken& tok) {
  if (tok.kind != TimeToken::kWord || tok.lower.empty() || tok.lower.size() > 3) return false;
  for (const Era& era : kEras) {
    if (era.letters.starts_with(tok.lower)) return true;
  }
  return false;
}

// The previous time expression of the document, that "two days later" and
// "the following week" count from.
struct Anchor {
  Value value;
  int index = -1;  // In the document's time expressions; -1: none yet.
};

class TimeGrammar {
 public:
  // `anchor` is the document's last expression before this sentence, and
  // `found_before` how many the document has so far.
  TimeGrammar(const LexedSentence& lexed, year_month_day as_of, const TagOptions& options,
              const Anchor& anchor, int found_before)
      : t_(lexed.tokens),
        timeish_at_(lexed.timeish),
        as_of_(as_of),
        today_(sys_days{as_of}),
        options_(options),
        anchor_(anchor),
        found_before_(found_before) {}

  // Every expression of the sentence: its first token and its value, into
  // `found` (cleared first; the caller's, so that its storage is reused).
  // The anchor moves to each expression found.
  void Run(std::vector<std::pair<std::size_t, Value>>* found);
  const Anchor& anchor() const { return anchor_; }

 private:
  using Rule = std::optional<Value> (TimeGrammar::*)(std::size_t);
  // What a rule needs after a count it starts at (time_grammar.cc).
  using AfterCount = bool (*)(const TimeToken& count, const TimeToken* next);
  struct RuleEntry {
    Rule rule;
    std::uint32_t classes;   // The word_class bits of the tokens it can start with.
    AfterCount after_count;  // Null: tried after any token.
  };
  // Every rule, in the order they are tried.
  static std::span<const RuleEntry> Rules();
  // The rules worth trying at token i, as bits of Rules(); none where the
  // place is passed over.
  std::uint32_t RulesAt(std::size_t i) const;
  // The longest expression the rules `rules` (RulesAt) read at token i.
  std::optional<Value> Longest(std::size_t i, std::uint32_t rules);
  // A date without a year moved by the tense of its clause.
  void ByTenseYear(Value& value, std::size_t first) const;

  // Token helpers (time_grammar.cc).
  bool At(std::size_t i, Word word) const { return i < t_.size() && IsWord(t_[i], word); }
  bool AtText(std::size_t i, std::string_view word) const {
    return i < t_.size() && IsText(t_[i], word);
  }
  bool Glued(std::size_t i) const { return i < t_.size() && !t_[i].space_before; }
  bool IsNumber(std::size_t i) const {
    return i < t_.size() && t_[i].kind == TimeToken::kNumber && !t_[i].ordinal;
  }
  // A numeric date's separator: "/", "-" or ".".
  bool SeparatorAt(std::size_t i) const { return i < t_.size() && DateSeparator(t_[i]); }
  std::optional<int> YearAt(std::size_t i) const;
  // A year written any way: "2005", "'96", "two thousand ten"; `next` after it.
  std::optional<int> AnyYearAt(std::size_t i, std::size_t* next) const;
  std::optional<int> DayAt(std::size_t i) const;
  // A day as an ordinal: "9th", "ninth", "twenty-fourth", "the 9th".
  std::optional<int> OrdinalAt(std::size_t i, std::size_t* next) const;
  // A count: "3", "three", "twenty-four", "a"; `next` after it.
  std::optional<int> CountAt(std::size_t i, std::size_t* next) const;
  // A month name, with the period of an abbreviation skipped.
  std::optional<int> MonthAt(std::size_t i, std::size_t* next) const;
  // A unit word ("day", "weeks", "qtr"), or kNone.
  Unit UnitAt(std::size_t i) const { return i < t_.size() ? UnitOf(t_[i]) : Unit::kNone; }
  // this/current 0, next/coming/upcoming/following +1, last/past/previous -1.
  std::optional<int> OffsetWord(std::size_t i) const;
  // The tense of the clause of the tokens [first, next).
  Tense TenseOf(std::size_t first, std::size_t next) const;
  // The date of day/month in the year nearest to as_of.
  Value Nearest(unsigned m, unsigned d) const;
  Value Dated(int y, unsigned m, unsigned d) const;
  // A year from two digits: the one from 80 years before as_of to 19 after.
  int FullYear(int two_digits) const;

  // Dates with a month name (time_grammar_dates.cc).
  // A date: "March 9, 2005", "Mar. 9", "9 March 2005", "the 9th of March",
  // "May 2010"; with a weekday before it ("Tuesday, March 9, 2005") or
  // after it ("March 9 (Tuesday)", "Jul 18, Fri").
  std::optional<Value> FullDate(std::size_t i);
  std::optional<Value> DateAt(std::size_t i);
  std::optional<Value> MonthFirst(std::size_t i);
  std::optional<Value> DayFirst(std::size_t i);
  // The date with a weekday written after it.
  Value WithWeekdayAfter(Value date);

  // Numeric dates (time_grammar_numeric.cc): "2005-03-09", "3/9/2005",
  // "10/31/74", "2/15", "31-Oct-74", "2014/10", "2/2013".
  std::optional<Value> Numeric(std::size_t i);
  std::optional<Value> IsoDate(std::size_t i);
  std::optional<Value> SlashedDate(std::size_t i);
  std::optional<Value> MonthNameBetween(std::size_t i);
  // Day and month in the order `date_order` says, or as the numbers force.
  std::optional<Value> Ordered(int a, int b, std::optional<int> year) const;
  bool NumericContext(std::size_t first, std::size_t next, bool dashes) const;

  // Ranges (time_grammar_ranges.cc): "from 2009 to 2013", "between March
  // and May", "July 13-15", "10-22 August 2012", "Aug 10 - Nov 12, 2013".
  std::optional<Value> Range(std::size_t i);
  std::optional<Value> DayRange(std::size_t i);
  std::optional<Value> DatesRange(std::size_t i);
  // The parts a range is made of: a date, a month and year, a year, a month.
  std::optional<Value> Simple(std::size_t i);

  // Relative to the article's date (time_grammar_relative.cc).
  std::optional<Value> Relative(std::size_t i);
  std::optional<Value> ThisNextLast(std::size_t i);
  // "two weeks ago", "a decade ago", "in three years", "3 years hence".
  std::optional<Value> Counted(std::size_t i);
  // "upcoming two weeks", "2 upcoming months": the period that many ahead.
  std::optional<Value> Upcoming(std::size_t i);
  // "3 Fridays from now", "2 Thursdays ago".
  std::optional<Value> CountedWeekdays(std::size_t i);
  // "the last two weeks", "next 3 days": whole units before or after this one.
  std::optional<Value> LastUnits(std::size_t i);
  std::optional<Value> ThisUnit(Unit unit, int offset) const;
  sys_days Previous(int wd) const;
  sys_days Following(int wd) const;
  // "this week", "this month" read by tense: up to today or from today.
  Value ByTense(Value period, std::size_t first) const;

  // A weekday, a day of the month, a year or a month alone
  // (time_grammar_partial.cc).
  // "on Tuesday": by the tense of its clause, else the nearest.
  std::optional<Value> WeekdayAlone(std::size_t i);
  std::optional<Value> WeekdayWithWeek(int wd, std::size_t i);
  std::optional<Value> WeekdayTheNth(int wd, std::size_t i);
  // "on the 15th", "the 24th": by tense, else the next such day.
  std::optional<Value> DayOfMonth(std::size_t i);
  // "in 2015", "the 2015 deal", "since 1990", "the 1990s", "in 2014 BC".
  std::optional<Value> YearOrDecade(std::size_t i);
  // "in March", "since May": by tense, else in as_of's year.
  std::optional<Value> MonthAlone(std::size_t i);
  // The month `m` of the year the tense of [first, next) points to.
  Value MonthByTense(int m, std::size_t first, std::size_t next) const;
  // The year of the n-th month or quarter of a year, `now` being as_of's: by
  // `tense` the last one that has begun or the next one that has not ended,
  // else as_of's.
  std::chrono::year YearByTense(int n, int now, Tense tense) const;

  // Ordinals within a period (time_grammar_ordinal.cc): "the first Tuesday
  // of October", "last day of October 2015", "third last week of 2018",
  // "20th of next month", "the week of October 6th", "friday after next".
  std::optional<Value> NthOf(std::size_t i);
  std::optional<Value> DayOfPeriod(std::size_t i);
  std::optional<Value> WeekOfDate(std::size_t i);
  std::optional<Value> AfterNext(std::size_t i);
  std::optional<Value> Closest(std::size_t i);
  // "N days after Easter", "third Tuesday after Christmas 2014".
  std::optional<Value> CountedFrom(std::size_t i);
  // A period named on its own, for the rules above: "October", "October
  // 2014", "2018", "this month", "next month", "the month", a quarter.
  std::optional<Value> PeriodAt(std::size_t i);

  // Quarters and halves (time_grammar_quarters.cc): "Q4 2018", "the third
  // quarter", "18q4", "this quarter", "the first half of 2013".
  std::optional<Value> Quarter(std::size_t i);
  std::optional<Value> QuarterOfYear(int q, std::size_t i, std::size_t after);
  std::optional<Value> Half(std::size_t i);

  // Parts of periods (time_grammar_periods.cc): "early March", "the end of
  // the month", "beginning of 2017", "this summer", "rest of the week".
  std::optional<Value> PartOf(std::size_t i);
  std::optional<Value> Season(std::size_t i);
  // "this summer" with none under way, between the `last` and the `coming`.
  Value ThisSeason(const Value& last, const Value& coming, std::size_t first,
                   std::size_t next) const;

  // Holidays (time_grammar_holidays.cc): "Christmas", "Easter 2010", "last
  // Thanksgiving", "Eid al-Fitr 2018", "thanksgiving in 9 months".
  std::optional<Value> Holiday(std::size_t i);
  std::optional<int> HolidayYear(std::size_t* l, bool* stated);

  // Counted from the previous expression (time_grammar_anchored.cc): "two
  // days later", "the following week", "the next day".
  std::optional<Value> Anchored(std::size_t i);
  std::optional<sys_days> AnchorDay(bool after) const;

  const std::vector<TimeToken>& t_;
  const std::vector<std::uint32_t>& timeish_at_;  // LexedSentence::timeish.
  year_month_day as_of_;
  sys_days today_;
  const TagOptions& options_;
  Anchor anchor_;
  int found_before_;
};

}  // namespace factcheck::tagger

#endif  // FACTCHECK_CORE_DOCUMENT_TIME_GRAMMAR_H_
