#include <algorithm>
#include <array>

#include "document/time_grammar.h"

namespace factcheck::tagger {

using namespace std::chrono;

// "on Tuesday", "Tuesday": news speaks of the nearest one, past or coming.
std::optional<Value> TimeGrammar::WeekdayAlone(std::size_t i) {
  std::size_t k = i;
  if (At(k, "on")) ++k;
  if (k >= t_.size()) return std::nullopt;
  int wd = WeekdayOf(t_[k], false);
  std::size_t after = k + 1;
  // Abbreviations, but not the ones that are also words ("sat", "sun",
  // "wed") unless a period or a capital marks them.
  const bool word_like = t_[k].lower == "sun" || t_[k].lower == "sat" || t_[k].lower == "wed";
  if (!wd && (!word_like || At(k + 1, ".") || t_[k].capitalized)) {
    wd = WeekdayOf(t_[k], true);  // "Thu", "fri."
    if (wd && At(k + 1, ".")) after = k + 2;
  }
  if (!wd) return std::nullopt;
  // "on Tuesday, March 9, 2005": the date, with its weekday.
  if (k > i) {
    if (auto date = FullDate(k)) return date;
  }
  // "Wednesday of next week", "Monday this week".
  {
    std::size_t l = after;
    if (At(l, "of")) ++l;
    int offset = 99;
    if (At(l, "this")) offset = 0;
    if (At(l, "next")) offset = 1;
    if (At(l, "last")) offset = -1;
    if (offset != 99 && l + 1 < t_.size() && UnitOf(t_[l + 1]) == Unit::kWeek) {
      const Value week = WeekOf(today_ + days{7 * offset});
      Value v = Day(week.begin + days{wd - 1});
      v.relative = true;
      v.next = l + 2;
      return v;
    }
  }
  // "Tuesday the 19th", "Thu 15th": the next such day that is that weekday.
  {
    std::size_t l = after;
    if (At(l, "the")) ++l;
    if (l < t_.size() && (t_[l].ordinal || OrdinalWord(t_[l]))) {
      const int d = t_[l].ordinal ? t_[l].value : OrdinalWord(t_[l]);
      year_month ym{as_of_.year(), as_of_.month()};
      for (int step = 0; step < 28 && d >= 1 && d <= 31; ++step, ym += months{1}) {
        const year_month_day ymd{ym.year(), ym.month(), day{static_cast<unsigned>(d)}};
        if (ymd.ok() && sys_days{ymd} >= today_ &&
            weekday{sys_days{ymd}}.iso_encoding() == static_cast<unsigned>(wd)) {
          Value v = Day(sys_days{ymd});
          v.relative = true;
          v.next = l + 1;
          return v;
        }
      }
    }
  }
  // "on Tuesday (March 9)": the date in parentheses, with the weekday.
  if (At(k + 1, "(")) {
    if (auto date = DateAt(k + 2); date && At(date->next, ")")) {
      date->stated_weekday = wd;
      date->next += 1;
      return date;
    }
  }
  sys_days day_meant = today_;
  if (weekday{today_}.iso_encoding() != static_cast<unsigned>(wd)) {
    const sys_days before = Previous(wd), after = Following(wd);
    day_meant = (today_ - before) <= (after - today_) ? before : after;
  }
  Value v = Day(day_meant);
  v.relative = true;
  v.next = after;
  return v;
}

// "on the 15th", "the first": the next day of that number, today included.
std::optional<Value> TimeGrammar::DayOfMonth(std::size_t i) {
  std::size_t k = i;
  if (At(k, "on")) ++k;
  if (!At(k, "the") || k + 1 >= t_.size()) return std::nullopt;
  const TimeToken& tok = t_[k + 1];
  const int d = tok.ordinal ? tok.value : OrdinalWord(tok);
  if (d < 1 || d > 31) return std::nullopt;
  // Not "the first time", "the 3rd quarter".
  if (k + 2 < t_.size() && t_[k + 2].kind == TimeToken::kWord) return std::nullopt;
  year_month ym{as_of_.year(), as_of_.month()};
  for (int step = 0; step < 3; ++step, ym += months{1}) {
    const year_month_day ymd{ym.year(), ym.month(), day{static_cast<unsigned>(d)}};
    if (ymd.ok() && sys_days{ymd} >= today_) {
      Value v = Day(sys_days{ymd});
      v.relative = v.year_inferred = true;
      v.next = k + 2;
      return v;
    }
  }
  return std::nullopt;
}

// "in 2015", "the 2015 deal", "since 1990", "the 1990s".
std::optional<Value> TimeGrammar::YearOrDecade(std::size_t i) {
  std::size_t k = i;
  if (At(k, "the")) ++k;
  if (k < t_.size() && t_[k].kind == TimeToken::kNumber && t_[k].lower.size() == 4 &&
      t_[k].value % 10 == 0 && At(k + 1, "s") && Glued(k + 1)) {
    Value v = YearPeriod(year{t_[k].value});
    v.end = YearPeriod(year{t_[k].value + 9}).end;
    v.grain = v1::TimeExpression::GRAIN_DECADE;
    v.next = k + 2;
    return v;
  }
  auto y = YearAt(i);
  // A year alone is a plausible one ("the 2400 mark" is not).
  if (!y || *y < 1700 || *y > 2199) return std::nullopt;
  static constexpr std::array<std::string_view, 18> kBefore = {
      "in", "since",   "by", "during", "until", "till",  "before", "after", "from",
      "to", "through", "of", "and",    "the",   "early", "late",   "mid",   "circa"};
  const bool context = i > 0 && t_[i - 1].kind == TimeToken::kWord &&
                       std::find(kBefore.begin(), kBefore.end(), t_[i - 1].lower) != kBefore.end();
  const bool alone = i + 1 >= t_.size() || t_[i + 1].kind == TimeToken::kPunct;
  if (!context && !(i == 0 && alone)) return std::nullopt;
  Value v = YearPeriod(year{*y});
  v.next = i + 1;
  return v;
}

// "in March", "since May": the month in as_of's year.
std::optional<Value> TimeGrammar::MonthAlone(std::size_t i) {
  if (!t_[i].capitalized) return std::nullopt;
  const int m = MonthOf(t_[i], false);
  if (!m) return std::nullopt;
  static constexpr std::array<std::string_view, 10> kBefore = {
      "in", "since", "by", "during", "until", "before", "after", "early", "late", "mid"};
  if (i == 0 || t_[i - 1].kind != TimeToken::kWord ||
      std::find(kBefore.begin(), kBefore.end(), t_[i - 1].lower) == kBefore.end()) {
    return std::nullopt;
  }
  Value v = MonthPeriod(as_of_.year(), month{static_cast<unsigned>(m)});
  v.year_inferred = v.relative = true;
  v.next = i + 1;
  return v;
}

}  // namespace factcheck::tagger
