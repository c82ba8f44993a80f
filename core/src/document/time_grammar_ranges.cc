// Ranges: two ends and a word or dash between them. An end that leaves out
// the month or the year takes it from the other end ("10-22 August 2012",
// "Aug 10 - Nov 12, 2013").
#include "document/time_grammar.h"

namespace factcheck::tagger {

using namespace std::chrono;

namespace {

int YearOf(sys_days d) { return static_cast<int>(year_month_day{d}.year()); }

Value Join(Value first, const Value& second) {
  first.end = second.end;
  first.range = true;
  first.relative = first.relative || second.relative;
  first.year_inferred = first.year_inferred && second.year_inferred;
  if (!second.year_inferred) first.resolution = second.resolution;
  first.next = second.next;
  return first;
}

}  // namespace

std::optional<Value> TimeGrammar::Range(std::size_t i) {
  // Most tokens have no "to", "and" or dash near them: no range to read.
  const bool between = At(i, "between");
  bool near = false;
  for (std::size_t k = i + 1; k < t_.size() && k < i + 9 && !near; ++k) {
    near = RangeWord(t_[k], between);
  }
  if (!near) return std::nullopt;
  if (auto v = DayRange(i)) return v;
  return DatesRange(i);
}

// "from 2009 to 2013", "between March and May", "Aug 8 - Aug 12", "Aug 10 -
// Nov 12, 2013", "1960 - 1961".
std::optional<Value> TimeGrammar::DatesRange(std::size_t i) {
  const bool between = At(i, "between");
  const bool from = between || At(i, "from");
  auto first = Simple(from ? i + 1 : i);
  if (!first || first->impossible || first->ambiguous) return std::nullopt;
  const std::size_t k = first->next;
  if (k >= t_.size() || !RangeWord(t_[k], between)) return std::nullopt;
  // Without "from", both ends must be dates or years: "March 3 - March 9".
  if (!from && first->grain == v1::TimeExpression::GRAIN_MONTH && first->year_inferred) {
    return std::nullopt;
  }
  auto second = Simple(k + 1);
  if (!second || second->impossible || second->ambiguous) return std::nullopt;
  if (!from && (second->grain != first->grain ||
                (first->grain == v1::TimeExpression::GRAIN_YEAR && t_[k].lower != "-"))) {
    return std::nullopt;
  }
  if (first->year_inferred && !second->year_inferred) {
    const int shift = YearOf(second->end) - YearOf(first->begin);
    const Unit unit = Unit::kYear;
    first->begin = Shift(first->begin, unit, shift);
    first->end = first->grain == v1::TimeExpression::GRAIN_MONTH
                     ? PeriodOf(Unit::kMonth, first->begin).end
                     : Shift(first->end, unit, shift);
    if (first->begin > second->end) {
      first->begin = Shift(first->begin, unit, -1);
      first->end = Shift(first->end, unit, -1);
    }
    first->relative = first->year_inferred = false;
    first->resolution = v1::TimeExpression::RESOLUTION_STATED;
  }
  if (second->end < first->begin) return std::nullopt;
  return Join(*first, *second);
}

// Days of one month: "July 13-15", "August 27th - 29th", "from 13 to 15
// July", "the 13th to the 15th of July", "10-22 August 2012".
std::optional<Value> TimeGrammar::DayRange(std::size_t i) {
  const bool between = At(i, "between");
  std::size_t k = between || At(i, "from") ? i + 1 : i;
  std::size_t j;
  auto month_first = MonthAt(k, &j);
  if (month_first) k = j;
  auto day_at = [this](std::size_t* at) -> std::optional<int> {
    if (At(*at, "the")) ++*at;
    std::size_t after;
    if (auto ordinal = OrdinalAt(*at, &after)) {
      *at = after;
      return ordinal;
    }
    auto d = DayAt(*at);
    if (d) ++*at;
    return d;
  };
  auto d1 = day_at(&k);
  if (!d1 || k >= t_.size() || !RangeWord(t_[k], between)) return std::nullopt;
  ++k;
  auto d2 = day_at(&k);
  if (!d2 || *d2 <= *d1 || UnitAt(k) != Unit::kNone) return std::nullopt;
  std::optional<int> m = month_first;
  if (!m) {
    if (At(k, "of")) ++k;
    m = MonthAt(k, &j);
    if (!m) return std::nullopt;
    k = j;
  }
  std::size_t l = k;
  if (At(l, ",")) ++l;
  std::size_t after_year;
  Value first, second;
  if (auto y = AnyYearAt(l, &after_year)) {
    first = Dated(*y, *m, *d1);
    second = Dated(*y, *m, *d2);
    k = after_year;
  } else {
    first = Nearest(*m, *d1);
    second = first;
    second.begin = second.end = first.begin + days{*d2 - *d1};
  }
  if (first.impossible || second.impossible) return std::nullopt;
  second.next = k;
  return Join(first, second);
}

std::optional<Value> TimeGrammar::Simple(std::size_t i) {
  if (i >= t_.size()) return std::nullopt;
  if (auto date = DateAt(i)) return date;
  if (auto date = Numeric(i)) return date;
  if (auto y = YearAt(i)) {
    Value v = YearPeriod(year{*y});
    v.next = i + 1;
    return v;
  }
  std::size_t j;
  if (auto m = MonthAt(i, &j); m && MonthOf(t_[i], false)) {
    Value v = MonthPeriod(as_of_.year(), month{static_cast<unsigned>(*m)});
    v.year_inferred = v.relative = true;
    v.resolution = v1::TimeExpression::RESOLUTION_NEAREST;
    v.next = j;
    return v;
  }
  return std::nullopt;
}

}  // namespace factcheck::tagger
