// Quarters and halves of a year: "Q4 2018", "the 4th qtr of 2018", "18q4",
// "the third quarter", "first-quarter", "the first half of 2013", "H2".
// Without a year, the tense of the clause says which: "earned in the fourth
// quarter" is the last one that has begun, "will rise in the fourth quarter"
// the next one that has not ended; without a clue, as_of's year.
#include "document/time_grammar.h"

namespace factcheck::tagger {

using namespace std::chrono;

std::optional<Value> TimeGrammar::Quarter(std::size_t i) {
  // Fiscal quarters are the company's, not the calendar's.
  if (i > 0 && At(i - 1, "fiscal")) return std::nullopt;
  std::size_t k = At(i, "the") ? i + 1 : i;
  // "Q4", "q4 2018".
  if (At(k, "q") && Glued(k + 1) && IsNumber(k + 1) && t_[k + 1].value >= 1 &&
      t_[k + 1].value <= 4 && t_[k + 1].lower.size() == 1) {
    return QuarterOfYear(t_[k + 1].value, i, k + 2);
  }
  // "2018Q4", "18q4".
  if (IsNumber(k) && (t_[k].lower.size() == 4 || t_[k].lower.size() == 2) && At(k + 1, "q") &&
      Glued(k + 1) && Glued(k + 2) && IsNumber(k + 2) && t_[k + 2].value >= 1 &&
      t_[k + 2].value <= 4) {
    const int y = t_[k].lower.size() == 2 ? FullYear(t_[k].value) : t_[k].value;
    Value v = QuarterPeriod(year{y}, t_[k + 2].value);
    v.next = k + 3;
    return v;
  }
  // "the third quarter", "4th qtr", "first-quarter".
  std::size_t after;
  auto q = OrdinalAt(k, &after);
  if (!q || *q < 1 || *q > 4) return std::nullopt;
  if (At(after, "-") && Glued(after)) ++after;
  if (UnitAt(after) != Unit::kQuarter || t_[after].lower.ends_with("s")) return std::nullopt;
  return QuarterOfYear(*q, i, after + 1);
}

// Quarter q, of the year written after it ("2018", "of 2018", "of next
// year") or, failing that, of the year the tense points to.
std::optional<Value> TimeGrammar::QuarterOfYear(int q, std::size_t i, std::size_t after) {
  std::size_t k = after;
  if (At(k, "of") || At(k, ",")) ++k;
  std::size_t after_year;
  if (auto y = AnyYearAt(k, &after_year)) {
    Value v = QuarterPeriod(year{*y}, q);
    v.next = after_year;
    return v;
  }
  if (At(after, "of")) {
    if (auto period = PeriodAt(after + 1);
        period && period->grain == v1::TimeExpression::GRAIN_YEAR) {
      Value v = QuarterPeriod(year_month_day{period->begin}.year(), q);
      v.relative = period->relative;
      v.resolution = period->resolution;
      v.next = period->next;
      return v;
    }
  }
  const Tense tense = TenseOf(i, after);
  const int now = (static_cast<int>(static_cast<unsigned>(as_of_.month())) + 2) / 3;
  Value v = Placed(QuarterPeriod(YearByTense(q, now, tense), q), after, tense);
  v.year_inferred = true;
  return v;
}

// "the first half of 2013", "the second half", "H1 2013", "first-half".
std::optional<Value> TimeGrammar::Half(std::size_t i) {
  if (i > 0 && At(i - 1, "fiscal")) return std::nullopt;
  std::size_t k = At(i, "the") ? i + 1 : i;
  int h = 0;
  std::size_t after = k;
  if (At(k, "h") && Glued(k + 1) && IsNumber(k + 1) &&
      (t_[k + 1].value == 1 || t_[k + 1].value == 2) && t_[k].capitalized) {
    h = t_[k + 1].value;
    after = k + 2;
  } else if (auto ordinal = OrdinalAt(k, &after); ordinal && (*ordinal == 1 || *ordinal == 2)) {
    if (At(after, "-") && Glued(after)) ++after;
    if (!At(after, "half")) return std::nullopt;
    h = *ordinal;
    ++after;
  }
  if (!h) return std::nullopt;
  auto v = QuarterOfYear(2 * h - 1, i, after);
  if (!v) return std::nullopt;
  v->end = QuarterPeriod(year_month_day{v->begin}.year(), 2 * h).end;
  v->grain = v1::TimeExpression::GRAIN_MONTH;
  v->range = true;
  return v;
}

}  // namespace factcheck::tagger
