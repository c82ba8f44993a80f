// Days and weeks counted within a period or from a day: "the first Tuesday
// of October", "last day of October 2015", "third last week of 2018", "20th
// of next month", "the week of October 6th", "Friday after next", "three
// days after Easter", "the closest Monday to Oct 5th".
#include <algorithm>

#include "document/time_grammar.h"
#include "document/time_holidays.h"

namespace factcheck::tagger {

using namespace std::chrono;

namespace {

// The n-th (from 1; from the end when negative) Monday-to-Sunday week that
// lies wholly inside [first, last].
std::optional<Value> NthWeek(sys_days first, sys_days last, int n) {
  const sys_days first_monday = first + (Monday - weekday{first});
  const sys_days last_monday = last - days{6} - (weekday{last - days{6}} - Monday);
  const sys_days monday =
      n > 0 ? first_monday + days{7 * (n - 1)} : last_monday - days{7 * (-n - 1)};
  if (monday < first || monday + days{6} > last) return std::nullopt;
  return WeekOf(monday);
}

// The n-th `wd` (or day, when wd is 0) of [first, last], from the end when n < 0.
std::optional<sys_days> NthDay(sys_days first, sys_days last, int n, int wd) {
  if (n > 0) {
    sys_days d = first;
    while (wd && !IsWeekday(d, wd)) d += days{1};
    d += days{(wd ? 7 : 1) * (n - 1)};
    if (d > last) return std::nullopt;
    return d;
  }
  sys_days d = last;
  while (wd && !IsWeekday(d, wd)) d -= days{1};
  d -= days{(wd ? 7 : 1) * (-n - 1)};
  if (d < first) return std::nullopt;
  return d;
}

}  // namespace

std::optional<Value> TimeGrammar::PeriodAt(std::size_t i) {
  if (i >= t_.size()) return std::nullopt;
  std::size_t j;
  if (auto v = MonthFirst(i); v && v->grain == v1::TimeExpression::GRAIN_MONTH) return v;
  if (auto m = MonthAt(i, &j)) return MonthByTense(*m, i, j);
  if (auto y = YearAt(i)) {
    Value v = YearPeriod(year{*y});
    v.next = i + 1;
    return v;
  }
  // "the month", "this month", "the next month", "last year", "month" (in
  // "the end of month").
  std::size_t k = At(i, "the") ? i + 1 : i;
  const auto offset = OffsetWord(k);
  if (offset) ++k;
  if (UnitAt(k) == Unit::kNone || t_[k].lower.ends_with("s")) return std::nullopt;
  auto v = ThisUnit(UnitAt(k), offset.value_or(0));
  if (!v) return std::nullopt;
  return AsOf(*v, k + 1);
}

// "[the] first Tuesday of October", "last Monday of March", "third day of
// October", "fifth last day of May", "first week of October 2014".
std::optional<Value> TimeGrammar::NthOf(std::size_t i) {
  std::size_t k = At(i, "the") ? i + 1 : i;
  int n = 0;
  std::size_t after;
  if (auto ordinal = OrdinalAt(k, &after)) {
    n = *ordinal;
    k = after;
  }
  if (At(k, "last")) {
    n = n ? -n : -1;
    ++k;
  }
  if (n == 0 || k >= t_.size()) return std::nullopt;
  const int wd = WeekdayOf(t_[k], true);
  const Unit unit = UnitAt(k);
  if (!wd && unit != Unit::kDay && unit != Unit::kWeek) return std::nullopt;
  std::size_t l = k + 1;
  if (wd && At(l, ".")) ++l;
  if (!At(l, "of") && !At(l, "in")) return std::nullopt;
  auto period = PeriodAt(l + 1);
  if (!period || period->grain == v1::TimeExpression::GRAIN_DAY ||
      period->grain == v1::TimeExpression::GRAIN_WEEK) {
    return std::nullopt;
  }
  std::optional<Value> v;
  if (unit == Unit::kWeek) {
    v = NthWeek(period->begin, period->end, n);
  } else if (auto d = NthDay(period->begin, period->end, n, wd)) {
    v = Day(*d);
  }
  if (!v) return std::nullopt;
  v->relative = period->relative;
  v->resolution = period->resolution;
  v->next = period->next;
  return v;
}

// "20 of next month", "20th of the current month", "20th day of next month".
std::optional<Value> TimeGrammar::DayOfPeriod(std::size_t i) {
  std::size_t k = At(i, "the") ? i + 1 : i;
  auto d = DayAt(k);
  std::size_t after = k + 1;
  if (auto ordinal = OrdinalAt(k, &after)) d = ordinal;
  if (!d) return std::nullopt;
  if (UnitAt(after) == Unit::kDay) ++after;
  if (!At(after, "of")) return std::nullopt;
  auto period = PeriodAt(after + 1);
  if (!period || period->grain != v1::TimeExpression::GRAIN_MONTH || !period->relative ||
      period->year_inferred) {
    return std::nullopt;  // "9th of March" is DayFirst's.
  }
  Value v = Dated(static_cast<int>(year_month_day{period->begin}.year()),
                  static_cast<unsigned>(year_month_day{period->begin}.month()), *d);
  v.relative = true;
  v.resolution = period->resolution;
  v.next = period->next;
  return v;
}

// "the week of October 6th": the Monday-to-Sunday week of that day, or the
// one it opens when it is a Sunday (weeks named by their Sunday in the US).
std::optional<Value> TimeGrammar::WeekOfDate(std::size_t i) {
  std::size_t k = At(i, "the") ? i + 1 : i;
  if (!At(k, "week") || !At(k + 1, "of")) return std::nullopt;
  auto date = DateAt(k + 2);
  if (!date) date = Numeric(k + 2);
  if (!date || date->grain != v1::TimeExpression::GRAIN_DAY || date->impossible ||
      date->ambiguous) {
    return std::nullopt;
  }
  const sys_days d = IsWeekday(date->begin, 7) ? date->begin + days{1} : date->begin;
  Value v = WeekOf(d);
  v.relative = date->relative;
  v.year_inferred = date->year_inferred;
  v.resolution = date->resolution;
  v.next = date->next;
  return v;
}

// "Friday after next", "March after next", "the week after next".
std::optional<Value> TimeGrammar::AfterNext(std::size_t i) {
  std::size_t k = At(i, "the") ? i + 1 : i;
  if (!At(k + 1, "after") || !At(k + 2, "next") || k >= t_.size()) return std::nullopt;
  std::optional<Value> v;
  if (const int wd = WeekdayOf(t_[k], false)) {
    v = Day(Following(wd) + days{7});
  } else if (const int m = MonthOf(t_[k], false)) {
    year y = as_of_.year() + years{1};
    if (static_cast<unsigned>(m) <= static_cast<unsigned>(as_of_.month())) y += years{1};
    v = MonthPeriod(y, month{static_cast<unsigned>(m)});
  } else if (UnitAt(k) != Unit::kNone) {
    v = ThisUnit(UnitAt(k), 2);
  }
  if (!v) return std::nullopt;
  return AsOf(*v, k + 3);
}

// "the closest Monday to Oct 5th", "the second closest xmas to today".
std::optional<Value> TimeGrammar::Closest(std::size_t i) {
  std::size_t k = At(i, "the") ? i + 1 : i;
  int n = 1;
  std::size_t after;
  if (auto ordinal = OrdinalAt(k, &after); ordinal && At(after, "closest")) {
    n = *ordinal;
    k = after;
  }
  if (!At(k, "closest") || n > 5) return std::nullopt;
  ++k;
  const int wd = k < t_.size() ? WeekdayOf(t_[k], true) : 0;
  auto holiday = wd ? std::nullopt : MatchHoliday(t_, k);
  if (!wd && !holiday) return std::nullopt;
  std::size_t l = wd ? k + 1 : holiday->next;
  if (!At(l, "to")) return std::nullopt;
  std::optional<Value> target = At(l + 1, "today") ? Relative(l + 1) : DateAt(l + 1);
  if (!target || target->impossible) return std::nullopt;
  const sys_days t = target->begin;
  std::vector<sys_days> candidates;
  if (wd) {
    for (int delta = -21; delta <= 21; ++delta) {
      if (IsWeekday(t + days{delta}, wd)) candidates.push_back(t + days{delta});
    }
  } else {
    const int y = static_cast<int>(year_month_day{t}.year());
    for (int dy = -5; dy <= 5; ++dy) {
      for (const HolidaySpan& span : HolidayInYear(holiday->id, y + dy)) {
        candidates.push_back(span.begin);
      }
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(), [t](sys_days a, sys_days b) {
    return abs((a - t).count()) < abs((b - t).count());
  });
  if (static_cast<int>(candidates.size()) < n) return std::nullopt;
  Value v = Day(candidates[n - 1]);
  v.relative = target->relative;
  v.resolution = target->resolution;
  if (holiday) v.holiday = HolidayTitle(holiday->id);
  v.next = target->next;
  return v;
}

}  // namespace factcheck::tagger

namespace factcheck::tagger {

// "three days after Easter", "two weeks before Christmas", "the day after
// Christmas", "the third Tuesday after Christmas 2014".
std::optional<Value> TimeGrammar::CountedFrom(std::size_t i) {
  std::size_t k = i;
  int n = 0;
  if (At(k, "the")) {
    n = 1;
    ++k;
  }
  std::size_t after;
  if (auto ordinal = OrdinalAt(k, &after)) {
    n = *ordinal;
    k = after;
  } else if (auto count = CountAt(k, &after); count && n == 0) {
    n = *count;
    k = after;
  }
  if (n < 1 || n > 1000 || k >= t_.size()) return std::nullopt;
  const int wd = WeekdayOf(t_[k], false);
  const Unit unit = UnitAt(k);
  if (!wd && (unit == Unit::kNone || unit == Unit::kDecade)) return std::nullopt;
  const bool forward = At(k + 1, "after");
  if (!forward && !At(k + 1, "before")) return std::nullopt;
  std::optional<Value> from = Holiday(k + 2);
  if (!from) from = DateAt(k + 2);
  if (!from || from->impossible || from->grain != v1::TimeExpression::GRAIN_DAY) {
    return std::nullopt;
  }
  sys_days d = forward ? from->end : from->begin;
  if (wd) {
    for (int found = 0; found < n;) {
      d += days{forward ? 1 : -1};
      if (IsWeekday(d, wd)) ++found;
    }
  } else {
    d = Shift(d, unit, forward ? n : -n);
  }
  Value v = Day(d);
  v.relative = from->relative;
  v.resolution = from->resolution;
  v.tense = from->tense;
  v.next = from->next;
  return v;
}

}  // namespace factcheck::tagger
