// Expressions counted from the previous time expression of the article
// rather than from its date: "On March 3 talks began. Two days later ..."
// means March 5. "the following week" and "the next day" count from it too,
// and from as_of when the article has named no time before. A count finer
// than the previous expression ("two days later" after "in 2009") reads
// nothing: the day is not known.
#include "document/time_grammar.h"

namespace factcheck::tagger {

using namespace std::chrono;

namespace {

// The GrainRank of the grain a unit counts in.
int Rank(Unit unit) {
  switch (unit) {
    case Unit::kDay:
      return 1;
    case Unit::kWeek:
    case Unit::kFortnight:
      return 2;
    case Unit::kMonth:
      return 3;
    case Unit::kQuarter:
      return 4;
    case Unit::kYear:
      return 5;
    default:
      return 6;
  }
}

// The unit a grain counts in.
Unit UnitOfGrain(Grain grain) {
  switch (grain) {
    case v1::TimeExpression::GRAIN_WEEK:
      return Unit::kWeek;
    case v1::TimeExpression::GRAIN_MONTH:
      return Unit::kMonth;
    case v1::TimeExpression::GRAIN_QUARTER:
      return Unit::kQuarter;
    case v1::TimeExpression::GRAIN_YEAR:
      return Unit::kYear;
    default:
      return Unit::kDay;
  }
}

}  // namespace

std::optional<Value> TimeGrammar::Anchored(std::size_t i) {
  const bool have = anchor_.index >= 0;
  const Value& from = anchor_.value;
  // `n` units of `unit` after (or before) the anchor: that unit's whole
  // period ("the following week"), or the day or the anchor's own grain
  // ("two days later", "two years later" after "in 2009").
  auto counted = [&](Unit unit, int n, std::size_t next, bool whole) -> std::optional<Value> {
    if (!have || GrainRank(from.grain) > Rank(unit)) return std::nullopt;
    const sys_days d = Shift(n > 0 ? from.end : from.begin, unit, n);
    Value v = PeriodOf(whole ? unit : Rank(unit) == 1 ? Unit::kDay : UnitOfGrain(from.grain), d);
    v.relative = from.relative;
    v.resolution = v1::TimeExpression::RESOLUTION_ANCHOR;
    v.anchor = anchor_.index;
    v.next = next;
    return v;
  };
  // "two days later", "a week earlier".
  std::size_t after;
  if (auto n = CountAt(i, &after); n && *n >= 1 && *n <= 1000 && UnitAt(after) != Unit::kNone) {
    if (At(after + 1, "later")) return counted(UnitAt(after), *n, after + 2, false);
    if (At(after + 1, "earlier")) return counted(UnitAt(after), -*n, after + 2, false);
    return std::nullopt;
  }
  // "later that day", "that week", "the same day".
  std::size_t k = i;
  if (At(k, "later") || At(k, "earlier")) ++k;
  if ((At(k, "that") || (At(k, "the") && At(k + 1, "same"))) && have) {
    const std::size_t unit_at = At(k, "that") ? k + 1 : k + 2;
    const Unit unit = UnitAt(unit_at);
    if (unit == Unit::kNone || t_[unit_at].lower.ends_with("s")) return std::nullopt;
    return counted(unit, 0, unit_at + 1, true);
  }
  // "the next day", "the following week", "the previous month", "the day
  // after", "the day before".
  if (!At(i, "the")) return std::nullopt;
  int n = 0;
  Unit unit = UnitAt(i + 2);
  if (At(i + 1, "following") || At(i + 1, "next")) n = 1;
  if (At(i + 1, "previous") || At(i + 1, "preceding")) n = -1;
  std::size_t next = i + 3;
  if (At(i + 1, "day") && (At(i + 2, "after") || At(i + 2, "before"))) {
    // Not "the day after tomorrow", "the day before the vote": only at the
    // end of a clause.
    if (i + 3 < t_.size() && t_[i + 3].kind != TimeToken::kPunct) return std::nullopt;
    unit = Unit::kDay;
    n = At(i + 2, "after") ? 1 : -1;
  }
  if (n == 0 || unit == Unit::kNone || unit == Unit::kDecade || t_[next - 1].lower.ends_with("s")) {
    return std::nullopt;
  }
  if (auto v = counted(unit, n, next, true)) return v;
  // No earlier expression, or one too coarse to count days from: as_of.
  auto v = ThisUnit(unit, n);
  if (!v) return std::nullopt;
  return AsOf(*v, next);
}

}  // namespace factcheck::tagger
