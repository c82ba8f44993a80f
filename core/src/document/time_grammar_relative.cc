#include "document/time_grammar.h"

namespace factcheck::tagger {

using namespace std::chrono;

std::optional<Value> TimeGrammar::Relative(std::size_t i) {
  const std::string& w = t_[i].lower;
  if (t_[i].kind != TimeToken::kWord) {
    return Counted(i);
  }
  auto relative = [&](Value v, std::size_t next) {
    v.relative = true;
    v.next = next;
    return v;
  };
  if (w == "today" || w == "tonight") return relative(Day(today_), i + 1);
  if (w == "yesterday") return relative(Day(today_ - days{1}), i + 1);
  if (w == "tomorrow") return relative(Day(today_ + days{1}), i + 1);
  if (w == "the" && At(i + 1, "day") && At(i + 3, "yesterday") && At(i + 2, "before")) {
    return relative(Day(today_ - days{2}), i + 4);
  }
  if (w == "the" && At(i + 1, "day") && At(i + 3, "tomorrow") && At(i + 2, "after")) {
    return relative(Day(today_ + days{2}), i + 4);
  }
  // "earlier this year", "later this month".
  if ((w == "earlier" || w == "later") && At(i + 1, "this")) {
    if (auto period = ThisUnit(UnitOf(t_[i + 2]), 0)) {
      Value v = *period;
      if (w == "earlier")
        v.end = today_;
      else
        v.begin = today_;
      return relative(v, i + 3);
    }
  }
  // "this week", "last month", "next year", "the following week".
  std::size_t k = i;
  if (w == "the" && (At(i + 1, "following") || At(i + 1, "previous") || At(i + 1, "past"))) ++k;
  const std::string& which = t_[k].lower;
  int offset = 99;
  if (which == "this" || which == "current") offset = 0;
  if (which == "last" || which == "past" || which == "previous") offset = -1;
  if (which == "next" || which == "coming" || which == "upcoming" || which == "following")
    offset = 1;
  if (offset != 99 && k + 1 < t_.size()) {
    if (auto period = ThisUnit(UnitOf(t_[k + 1]), offset)) return relative(*period, k + 2);
    if (const int wd = WeekdayOf(t_[k + 1], false)) {
      // "last Tuesday": the one before today; "this Tuesday": the coming
      // one; "next Tuesday": the one in next week (Monday to Sunday).
      if (offset < 0) return relative(Day(Previous(wd)), k + 2);
      if (offset == 0) return relative(Day(Following(wd)), k + 2);
      return relative(Day(WeekOf(today_ + days{7}).begin + days{wd - 1}), k + 2);
    }
    if (const int m = MonthOf(t_[k + 1], false)) {
      // "next March": the next one after this month; "last March" the one before.
      year y = as_of_.year();
      const unsigned now = static_cast<unsigned>(as_of_.month());
      if (offset > 0 && static_cast<unsigned>(m) <= now) y += years{1};
      if (offset < 0 && static_cast<unsigned>(m) >= now) y -= years{1};
      Value v = MonthPeriod(y, month{static_cast<unsigned>(m)});
      return relative(v, k + 2);
    }
  }
  return Counted(i);
}

// "two weeks ago", "a decade ago", "in three years", "3 Fridays from now",
// "upcoming two weeks".
std::optional<Value> TimeGrammar::Counted(std::size_t i) {
  if (auto v = Upcoming(i)) return v;
  if (auto v = CountedWeekdays(i)) return v;
  std::size_t k = i;
  const bool ahead = At(k, "in");
  if (ahead) ++k;
  if (k + 1 >= t_.size()) return std::nullopt;
  const int n = NumberWord(t_[k]);
  if (n < 0 || n > 1000) return std::nullopt;
  const Unit unit = UnitOf(t_[k + 1]);
  if (unit == Unit::kNone) return std::nullopt;
  std::size_t after = k + 2;
  bool forward = ahead;
  if (!ahead) {
    if (At(after, "ago")) {
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
  const year_month_day ymd = as_of_;
  Value v{};
  switch (unit) {
    case Unit::kDay:
      v = Day(today_ + days{sign * n});
      break;
    case Unit::kWeek:
      v = Day(today_ + days{sign * 7 * n});
      break;
    case Unit::kFortnight:
      v = Day(today_ + days{sign * 14 * n});
      break;
    case Unit::kMonth: {
      year_month_day moved = ymd + months{sign * n};
      if (!moved.ok()) moved = moved.year() / moved.month() / last;
      v = Day(sys_days{moved});
      break;
    }
    case Unit::kYear: {
      year_month_day moved = ymd + years{sign * n};
      if (!moved.ok()) moved = moved.year() / moved.month() / last;
      v = Day(sys_days{moved});
      break;
    }
    case Unit::kDecade:
      v = YearPeriod(ymd.year() + years{sign * 10 * n});
      break;
    case Unit::kNone:
      return std::nullopt;
  }
  v.relative = true;
  v.next = ahead ? k + 2 : after;
  return v;
}

// "upcoming two weeks", "2 upcoming months": the period that many ahead.
std::optional<Value> TimeGrammar::Upcoming(std::size_t i) {
  std::size_t k = i;
  int n = -1;
  if (At(k, "upcoming") && k + 2 < t_.size()) {
    n = NumberWord(t_[k + 1]);
    k += 2;
  } else if (k + 2 < t_.size() && At(k + 1, "upcoming")) {
    n = NumberWord(t_[k]);
    k += 2;
  }
  if (n < 1 || n > 100 || k >= t_.size()) return std::nullopt;
  auto period = ThisUnit(UnitOf(t_[k]), n);
  if (!period) return std::nullopt;
  period->relative = true;
  period->next = k + 1;
  return period;
}

// "3 Fridays from now", "2 Thursdays ago".
std::optional<Value> TimeGrammar::CountedWeekdays(std::size_t i) {
  if (i + 2 >= t_.size()) return std::nullopt;
  const int n = NumberWord(t_[i]);
  if (n < 1 || n > 52 || t_[i + 1].lower.empty() || t_[i + 1].lower.back() != 's') {
    return std::nullopt;
  }
  const std::string& plural = t_[i + 1].lower;
  const int wd = WeekdayNamed(std::string_view(plural).substr(0, plural.size() - 1));
  if (!wd) return std::nullopt;
  std::size_t next;
  sys_days d;
  if (At(i + 2, "from") && At(i + 3, "now")) {
    d = Following(wd) + days{7 * (n - 1)};
    next = i + 4;
  } else if (At(i + 2, "ago") || At(i + 2, "back")) {
    d = Previous(wd) - days{7 * (n - 1)};
    next = i + 3;
  } else {
    return std::nullopt;
  }
  Value v = Day(d);
  v.relative = true;
  v.next = next;
  return v;
}

std::optional<Value> TimeGrammar::ThisUnit(Unit unit, int offset) const {
  switch (unit) {
    case Unit::kDay:
      return Day(today_ + days{offset});
    case Unit::kWeek:
      return WeekOf(today_ + days{7 * offset});
    case Unit::kMonth: {
      const year_month ym = year_month{as_of_.year(), as_of_.month()} + months{offset};
      return MonthPeriod(ym.year(), ym.month());
    }
    case Unit::kYear:
      return YearPeriod(as_of_.year() + years{offset});
    case Unit::kDecade: {
      const int first = static_cast<int>(as_of_.year()) / 10 * 10 + 10 * offset;
      Value v = YearPeriod(year{first});
      v.end = YearPeriod(year{first + 9}).end;
      v.grain = v1::TimeExpression::GRAIN_DECADE;
      return v;
    }
    default:
      return std::nullopt;
  }
}

sys_days TimeGrammar::Previous(int wd) const {
  sys_days d = today_ - days{1};
  while (weekday{d}.iso_encoding() != static_cast<unsigned>(wd)) d -= days{1};
  return d;
}

sys_days TimeGrammar::Following(int wd) const {
  sys_days d = today_ + days{1};
  while (weekday{d}.iso_encoding() != static_cast<unsigned>(wd)) d += days{1};
  return d;
}

}  // namespace factcheck::tagger
