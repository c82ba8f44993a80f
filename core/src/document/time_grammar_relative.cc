#include "document/time_grammar.h"

namespace factcheck::tagger {

using namespace std::chrono;

std::optional<Value> TimeGrammar::Relative(std::size_t i) {
  if (t_[i].kind != TimeToken::kWord) return Counted(i);
  const TimeToken& w = t_[i];
  if (IsWord(w, "today") || IsWord(w, "tonight")) return AsOf(Day(today_), i + 1);
  if (IsWord(w, "yesterday")) return AsOf(Day(today_ - days{1}), i + 1);
  if (IsWord(w, "tomorrow")) return AsOf(Day(today_ + days{1}), i + 1);
  std::size_t k = At(i, "the") ? i + 1 : i;
  if (At(k, "day") && At(k + 2, "yesterday") && At(k + 1, "before")) {
    return AsOf(Day(today_ - days{2}), k + 3);
  }
  if (At(k, "day") && At(k + 2, "tomorrow") && At(k + 1, "after")) {
    return AsOf(Day(today_ + days{2}), k + 3);
  }
  // "earlier this year", "later this month".
  if ((IsWord(w, "earlier") || IsWord(w, "later")) && At(i + 1, "this")) {
    if (auto period = ThisUnit(UnitAt(i + 2), 0)) {
      Value v = *period;
      if (IsWord(w, "earlier"))
        v.end = today_;
      else
        v.begin = today_;
      return AsOf(v, i + 3);
    }
  }
  if (auto v = ThisNextLast(i)) return v;
  if (auto v = LastUnits(i)) return v;
  return Counted(i);
}

// "this week", "last month", "next year", "this qtr", "the coming week",
// "last Tuesday", "this Friday", "next March", "last week's Sunday".
std::optional<Value> TimeGrammar::ThisNextLast(std::size_t i) {
  std::size_t k = i;
  if (At(k, "the") && !At(k + 1, "following") && !At(k + 1, "previous")) ++k;
  auto offset = OffsetWord(k);
  if (!offset || k + 1 >= t_.size()) return std::nullopt;
  const Unit unit = UnitAt(k + 1);
  if (auto period = ThisUnit(unit, *offset)) {
    // "last week's Sunday".
    if (unit == Unit::kWeek && At(k + 2, "'") && At(k + 3, "s") && k + 4 < t_.size()) {
      if (const int wd = WeekdayOf(t_[k + 4], false)) {
        return AsOf(Day(period->begin + days{wd - 1}), k + 5);
      }
    }
    Value v = AsOf(*period, k + 2);
    return *offset == 0 ? ByTense(v, i) : v;
  }
  if (const int wd = WeekdayOf(t_[k + 1], false)) {
    // "last Tuesday": the one before today; "next Tuesday": the one in next
    // week (Monday to Sunday); "this Tuesday": by tense, else the coming one.
    if (*offset < 0) return AsOf(Day(Previous(wd)), k + 2);
    if (*offset > 0) return AsOf(Day(WeekOf(today_ + days{7}).begin + days{wd - 1}), k + 2);
    const Tense tense = TenseOf(i, k + 2);
    const bool today = IsWeekday(today_, wd);
    Value v = AsOf(Day(today                   ? today_
                       : tense == Tense::kPast ? Previous(wd)
                                               : Following(wd)),
                   k + 2);
    if (tense != Tense::kNone) {
      v.resolution = v1::TimeExpression::RESOLUTION_TENSE;
      v.tense = tense;
    }
    return v;
  }
  if (const int m = MonthOf(t_[k + 1], false)) {
    // "next March": the next one after this month; "last March" the one
    // before; "this March" this year's.
    year y = as_of_.year();
    const unsigned now = static_cast<unsigned>(as_of_.month());
    if (*offset > 0 && static_cast<unsigned>(m) <= now) y += years{1};
    if (*offset < 0 && static_cast<unsigned>(m) >= now) y -= years{1};
    return AsOf(MonthPeriod(y, month{static_cast<unsigned>(m)}), k + 2);
  }
  return std::nullopt;
}

// "this week" read with its clause's tense: "opened this week" is the week
// up to today, "will open this week" the rest of it.
Value TimeGrammar::ByTense(Value period, std::size_t first) const {
  const Tense tense = TenseOf(first, period.next);
  if (tense == Tense::kNone || today_ < period.begin || today_ > period.end) return period;
  if (tense == Tense::kPast) period.end = today_;
  if (tense == Tense::kFuture) period.begin = today_;
  period.resolution = v1::TimeExpression::RESOLUTION_TENSE;
  period.tense = tense;
  return period;
}

// "the last two weeks", "past 2 days", "next 3 months", "next few days": the
// whole units before this one, or after it.
std::optional<Value> TimeGrammar::LastUnits(std::size_t i) {
  std::size_t k = At(i, "the") ? i + 1 : i;
  auto offset = OffsetWord(k);
  // "upcoming two weeks" is Upcoming's: the week two weeks ahead.
  if (!offset || *offset == 0 || At(k, "upcoming")) return std::nullopt;
  std::size_t after;
  std::optional<int> n = CountAt(k + 1, &after);
  if (At(k + 1, "few")) {
    n = 3;
    after = k + 2;
  }
  if (!n || *n < 1 || *n > 100 || IsWord(t_[k + 1], "a") || IsWord(t_[k + 1], "an")) {
    return std::nullopt;
  }
  const Unit unit = UnitAt(after);
  if (unit == Unit::kNone || unit == Unit::kFortnight) return std::nullopt;
  Value v = PeriodOf(unit, today_);
  if (*offset < 0) {
    v.begin = PeriodOf(unit, Shift(today_, unit, -*n)).begin;
    v.end = PeriodOf(unit, Shift(today_, unit, -1)).end;
  } else {
    v.begin = PeriodOf(unit, Shift(today_, unit, 1)).begin;
    v.end = PeriodOf(unit, Shift(today_, unit, *n)).end;
  }
  v.range = *n > 1;
  return AsOf(v, after + 1);
}

std::optional<Value> TimeGrammar::Counted(std::size_t i) {
  if (auto v = Upcoming(i)) return v;
  if (auto v = CountedWeekdays(i)) return v;
  std::size_t k = i;
  const bool ahead = At(k, "in");
  if (ahead) ++k;
  std::size_t after_count;
  auto n = CountAt(k, &after_count);
  if (!n || *n > 1000) return std::nullopt;
  const Unit unit = UnitAt(after_count);
  if (unit == Unit::kNone) return std::nullopt;
  std::size_t after = after_count + 1;
  bool forward = ahead;
  if (!ahead) {
    if (At(after, "ago") || At(after, "back")) {
      after += 1;
    } else if (At(after, "hence")) {
      forward = true;
      after += 1;
    } else if (At(after, "from") && (At(after + 1, "now") || At(after + 1, "today"))) {
      forward = true;
      after += 2;
    } else {
      return std::nullopt;
    }
  }
  const int sign = forward ? 1 : -1;
  Value v = unit == Unit::kDecade
                ? YearPeriod(year_month_day{Shift(today_, unit, sign * *n)}.year())
                : Day(Shift(today_, unit, sign * *n));
  return AsOf(v, ahead ? after_count + 1 : after);
}

std::optional<Value> TimeGrammar::Upcoming(std::size_t i) {
  std::size_t k = i;
  std::optional<int> n;
  std::size_t after;
  if (At(k, "upcoming")) {
    n = CountAt(k + 1, &after);
    k = after;
  } else if (auto count = CountAt(k, &after); count && At(after, "upcoming")) {
    n = count;
    k = after + 1;
  }
  if (!n || *n < 1 || *n > 100 || k >= t_.size()) return std::nullopt;
  auto period = ThisUnit(UnitAt(k), *n);
  if (!period) return std::nullopt;
  return AsOf(*period, k + 1);
}

std::optional<Value> TimeGrammar::CountedWeekdays(std::size_t i) {
  std::size_t k;
  auto n = CountAt(i, &k);
  if (!n || *n < 1 || *n > 52 || k + 1 >= t_.size() || t_[k].lower.size() < 2 ||
      t_[k].lower.back() != 's') {
    return std::nullopt;
  }
  const std::string_view plural = t_[k].lower;
  const int wd = WeekdayNamed(std::string_view(plural).substr(0, plural.size() - 1));
  if (!wd) return std::nullopt;
  if (At(k + 1, "from") && At(k + 2, "now")) {
    return AsOf(Day(Following(wd) + days{7 * (*n - 1)}), k + 3);
  }
  if (At(k + 1, "ago") || At(k + 1, "back")) {
    return AsOf(Day(Previous(wd) - days{7 * (*n - 1)}), k + 2);
  }
  return std::nullopt;
}

std::optional<Value> TimeGrammar::ThisUnit(Unit unit, int offset) const {
  if (unit == Unit::kNone || unit == Unit::kFortnight) return std::nullopt;
  if (unit == Unit::kDay) return Day(today_ + days{offset});
  return PeriodOf(unit, Shift(today_, unit, offset));
}

sys_days TimeGrammar::Previous(int wd) const {
  sys_days d = today_ - days{1};
  while (!IsWeekday(d, wd)) d -= days{1};
  return d;
}

sys_days TimeGrammar::Following(int wd) const {
  sys_days d = today_ + days{1};
  while (!IsWeekday(d, wd)) d += days{1};
  return d;
}

}  // namespace factcheck::tagger
