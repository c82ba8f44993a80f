// Expressions that leave the week, month or year open: a weekday, a day of
// the month, a month alone. The tense of their clause says whether they are
// the coming ones or the last ones (see time_tense.h); without a clue, the
// rule of each.
#include <algorithm>
#include <array>

#include "document/time_grammar.h"

namespace factcheck::tagger {

using namespace std::chrono;

std::optional<Value> TimeGrammar::WeekdayAlone(std::size_t i) {
  std::size_t k = i;
  if (At(k, "on")) ++k;
  if (k >= t_.size()) return std::nullopt;
  int wd = WeekdayOf(t_[k], false);
  std::size_t after = k + 1;
  // Abbreviations, but not the ones that are also words ("sat", "sun",
  // "wed") unless a period or a capital marks them.
  const bool word_like = IsWord(t_[k], "sun") || IsWord(t_[k], "sat") || IsWord(t_[k], "wed");
  if (!wd && (!word_like || At(k + 1, ".") || t_[k].capitalized)) {
    wd = WeekdayOf(t_[k], true);  // "Thu", "fri."
    if (wd && At(k + 1, ".")) after = k + 2;
  }
  if (!wd) return std::nullopt;
  if (k > i) {
    if (auto date = FullDate(k)) return date;  // "on Tuesday, March 9, 2005"
  }
  if (auto v = WeekdayWithWeek(wd, after)) return v;
  if (auto v = WeekdayTheNth(wd, after)) return v;
  // "on Tuesday (March 9)": the date in parentheses, with the weekday.
  if (At(k + 1, "(")) {
    if (auto date = DateAt(k + 2); date && At(date->next, ")")) {
      date->stated_weekday = wd;
      date->next += 1;
      return date;
    }
  }
  // Today's weekday is today; else the last one in a past clause, the
  // coming one in a future clause, the nearest without a clue.
  const Tense tense = TenseOf(i, after);
  sys_days meant = today_;
  if (!IsWeekday(today_, wd)) {
    const sys_days before = Previous(wd), coming = Following(wd);
    meant = tense == Tense::kPast                    ? before
            : tense == Tense::kFuture                ? coming
            : (today_ - before) <= (coming - today_) ? before
                                                     : coming;
  }
  return Placed(Day(meant), after, tense);
}

// "Wednesday of next week", "Monday this week", "sunday from last week".
std::optional<Value> TimeGrammar::WeekdayWithWeek(int wd, std::size_t l) {
  if (At(l, "of") || At(l, "from")) ++l;
  auto offset = OffsetWord(l);
  if (!offset || UnitAt(l + 1) != Unit::kWeek) return std::nullopt;
  return AsOf(Day(WeekOf(today_ + days{7 * *offset}).begin + days{wd - 1}), l + 2);
}

// "Tuesday the 19th", "Thu 15th": the next such day that is that weekday.
std::optional<Value> TimeGrammar::WeekdayTheNth(int wd, std::size_t l) {
  if (At(l, "the")) ++l;
  std::size_t after;
  auto d = OrdinalAt(l, &after);
  if (!d || *d < 1 || *d > 31) return std::nullopt;
  year_month ym{as_of_.year(), as_of_.month()};
  for (int step = 0; step < 28; ++step, ym += months{1}) {
    const year_month_day ymd{ym.year(), ym.month(), day{static_cast<unsigned>(*d)}};
    if (ymd.ok() && sys_days{ymd} >= today_ && IsWeekday(sys_days{ymd}, wd)) {
      Value v = Day(sys_days{ymd});
      v.relative = true;
      v.resolution = v1::TimeExpression::RESOLUTION_NEAREST;
      v.stated_weekday = wd;
      v.next = after;
      return v;
    }
  }
  return std::nullopt;
}

// "on the 15th", "the 1st", "on the first", "on 24th".
std::optional<Value> TimeGrammar::DayOfMonth(std::size_t i) {
  std::size_t k = i;
  const bool on = At(k, "on");
  if (on) ++k;
  const bool the = At(k, "the");
  if (the) ++k;
  if (k >= t_.size() || (!on && !the)) return std::nullopt;
  // A word ("the first") needs "on": "the first" alone is rarely a day.
  const bool digits = t_[k].kind == TimeToken::kNumber && t_[k].ordinal;
  if (!digits && !(on && the)) return std::nullopt;
  std::size_t after;
  auto d = OrdinalAt(k, &after);
  if (!d || *d < 1 || *d > 31) return std::nullopt;
  // Not "the first time", "the 3rd quarter".
  if (after < t_.size() && t_[after].kind == TimeToken::kWord) return std::nullopt;
  const Tense tense = TenseOf(i, after);
  const int step = tense == Tense::kPast ? -1 : 1;
  year_month ym{as_of_.year(), as_of_.month()};
  for (int n = 0; n < 3; ++n, ym += months{step}) {
    const year_month_day ymd{ym.year(), ym.month(), day{static_cast<unsigned>(*d)}};
    if (ymd.ok() && (step > 0 ? sys_days{ymd} >= today_ : sys_days{ymd} <= today_)) {
      Value v = Placed(Day(sys_days{ymd}), after, tense);
      v.year_inferred = true;
      return v;
    }
  }
  return std::nullopt;
}

namespace {

// "BC", "B.C.", "BCE", "AD", "A.D.", "CE": the era after (or "AD" before) a
// year. +1 for the common era, -1 before it; `next` after the marker.
int EraAt(const std::vector<TimeToken>& t, std::size_t i, std::size_t* next) {
  if (i >= t.size() || t[i].kind != TimeToken::kWord) return 0;
  std::string letters;
  bool marked = t[i].capitalized;  // "AD", "a.d.", not the word "ad".
  std::size_t k = i;
  while (k < t.size() && letters.size() < 4 && t[k].kind == TimeToken::kWord &&
         t[k].lower.size() <= 3 && (k == i || !t[k].space_before)) {
    letters += t[k].lower;
    ++k;
    if (k < t.size() && IsWord(t[k], ".") && !t[k].space_before) {
      marked = true;
      ++k;
    }
  }
  *next = k;
  for (const Era& era : kEras) {
    // "AD" only marked: by capitals or periods, not the word "ad".
    if (letters == era.letters && (era.sign < 0 || marked)) return era.sign;
  }
  return 0;
}

}  // namespace

std::optional<Value> TimeGrammar::YearOrDecade(std::size_t i) {
  std::size_t k = i;
  if (At(k, "the")) ++k;
  if (k < t_.size() && t_[k].kind == TimeToken::kNumber && t_[k].lower.size() == 4 &&
      t_[k].value % 10 == 0 && At(k + 1, "s") && Glued(k + 1)) {
    Value v = PeriodOf(Unit::kDecade, sys_days{year{t_[k].value} / 1 / 1});
    v.next = k + 2;
    return v;
  }
  // "2014 BC", "in 14 a.d.", "AD 800".
  std::size_t after_era;
  if (IsNumber(i) && t_[i].lower.size() <= 4 && t_[i].value > 0) {
    if (const int era = EraAt(t_, i + 1, &after_era)) {
      Value v = YearPeriod(year{era > 0 ? t_[i].value : 1 - t_[i].value});
      v.next = after_era;
      return v;
    }
  }
  if (EraAt(t_, i, &after_era) > 0 && IsNumber(after_era) && t_[after_era].lower.size() <= 4) {
    Value v = YearPeriod(year{t_[after_era].value});
    v.next = after_era + 1;
    return v;
  }
  // "in '96".
  if (std::size_t after; At(i, "'") && i > 0 && At(i - 1, "in")) {
    if (auto y = AnyYearAt(i, &after)) {
      Value v = YearPeriod(year{*y});
      v.next = after;
      return v;
    }
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

std::optional<Value> TimeGrammar::MonthAlone(std::size_t i) {
  const int m = MonthOf(t_[i], false);
  if (!m) return std::nullopt;
  static constexpr std::array<std::string_view, 10> kBefore = {
      "in", "since", "by", "during", "until", "before", "after", "early", "late", "mid"};
  const bool context = i > 0 && t_[i - 1].kind == TimeToken::kWord &&
                       std::find(kBefore.begin(), kBefore.end(), t_[i - 1].lower) != kBefore.end();
  const bool alone = i == 0 && (i + 1 >= t_.size() || t_[i + 1].kind == TimeToken::kPunct);
  // "March in a year", "May two years ago": that month of the year so far off.
  if (auto shifted = t_[i].capitalized || i == 0 ? Counted(i + 1) : std::nullopt) {
    return AsOf(MonthPeriod(year_month_day{shifted->begin}.year(), month{static_cast<unsigned>(m)}),
                shifted->next);
  }
  if (!(t_[i].capitalized && context) && !alone) return std::nullopt;
  return MonthByTense(m, i, i + 1);
}

// The month `m`: as_of's year, or by tense the last one that has begun or
// the next one that has not ended.
Value TimeGrammar::MonthByTense(int m, std::size_t first, std::size_t next) const {
  const Tense tense = TenseOf(first, next);
  const year y = YearByTense(m, static_cast<int>(static_cast<unsigned>(as_of_.month())), tense);
  Value v = Placed(MonthPeriod(y, month{static_cast<unsigned>(m)}), next, tense);
  v.year_inferred = true;
  return v;
}

year TimeGrammar::YearByTense(int n, int now, Tense tense) const {
  year y = as_of_.year();
  if (tense == Tense::kPast && n > now) y -= years{1};
  if (tense == Tense::kFuture && n < now) y += years{1};
  return y;
}

}  // namespace factcheck::tagger
