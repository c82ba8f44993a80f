// The time tagger's grammar: the rules that recognize a time expression at
// a token and resolve it against the article's date. Each rule returns the
// value and the token after it, or nothing; TimeGrammar::Run tries them in
// order at every token that may start an expression. The rules live in
// time_grammar_{dates,relative,partial}.cc by kind.
#ifndef FACTCHECK_CORE_DOCUMENT_TIME_GRAMMAR_H_
#define FACTCHECK_CORE_DOCUMENT_TIME_GRAMMAR_H_

#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "document/time_lexicon.h"

namespace factcheck::tagger {

using std::chrono::sys_days;
using std::chrono::year_month_day;
using Grain = v1::TimeExpression::Grain;

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
  int stated_weekday = 0;
};

Value Day(sys_days d);
Value MonthPeriod(std::chrono::year y, std::chrono::month m);
Value YearPeriod(std::chrono::year y);
// The Monday-to-Sunday week of `d`.
Value WeekOf(sys_days d);

class TimeGrammar {
 public:
  TimeGrammar(const std::vector<TimeToken>& tokens, year_month_day as_of)
      : t_(tokens), as_of_(as_of), today_(sys_days{as_of}) {}

  // Every expression of the sentence: its first token and its value.
  std::vector<std::pair<std::size_t, Value>> Run();

 private:
  // Token helpers (time_grammar.cc).
  bool At(std::size_t i, std::string_view word) const;
  bool Glued(std::size_t i) const { return i < t_.size() && !t_[i].space_before; }
  std::optional<int> YearAt(std::size_t i) const;
  std::optional<int> DayAt(std::size_t i) const;
  // A month name, with the period of an abbreviation skipped.
  std::optional<int> MonthAt(std::size_t i, std::size_t* next) const;
  // The date of day/month in the year nearest to as_of.
  Value Nearest(unsigned m, unsigned d) const;
  Value Dated(int y, unsigned m, unsigned d) const;

  // Dates with a month: full, numeric, ranges (time_grammar_dates.cc).
  // A date: "March 9, 2005", "Mar. 9", "9 March 2005", "the 9th of March",
  // "2005-03-09", "3/9/2005", "May 2010"; with a weekday before it
  // ("Tuesday, March 9, 2005") or after it in parentheses ("March 9
  // (Tuesday)").
  std::optional<Value> FullDate(std::size_t i);
  std::optional<Value> DateAt(std::size_t i);
  // "from 2009 to 2013", "between March and May", "from March 3 to March 9".
  std::optional<Value> Range(std::size_t i);
  // The parts a range is made of: a date, a month and year, a year, a month.
  std::optional<Value> Simple(std::size_t i);

  // Relative to the article's date (time_grammar_relative.cc).
  std::optional<Value> Relative(std::size_t i);
  // "two weeks ago", "a decade ago", "in three years", "3 Fridays from now",
  // "upcoming two weeks".
  std::optional<Value> Counted(std::size_t i);
  // "upcoming two weeks", "2 upcoming months": the period that many ahead.
  std::optional<Value> Upcoming(std::size_t i);
  // "3 Fridays from now", "2 Thursdays ago".
  std::optional<Value> CountedWeekdays(std::size_t i);
  std::optional<Value> ThisUnit(Unit unit, int offset) const;
  sys_days Previous(int wd) const;
  sys_days Following(int wd) const;

  // A weekday, a day of the month, a year or a month alone
  // (time_grammar_partial.cc).
  // "on Tuesday", "Tuesday": news speaks of the nearest one, past or coming.
  std::optional<Value> WeekdayAlone(std::size_t i);
  // "on the 15th", "the first": the next day of that number, today included.
  std::optional<Value> DayOfMonth(std::size_t i);
  // "in 2015", "the 2015 deal", "since 1990", "the 1990s".
  std::optional<Value> YearOrDecade(std::size_t i);
  // "in March", "since May": the month in as_of's year.
  std::optional<Value> MonthAlone(std::size_t i);

  const std::vector<TimeToken>& t_;
  year_month_day as_of_;
  sys_days today_;
};

}  // namespace factcheck::tagger

#endif  // FACTCHECK_CORE_DOCUMENT_TIME_GRAMMAR_H_
