// Holidays by name (time_holidays.h): "Christmas", "Easter 2010", "last
// Thanksgiving", "MLK day of last year", "Deepavali in 2019", "thanksgiving
// in 9 months", "Lakshmi Puja six years hence". Without a year, "last" is
// the one before today, "this" and "next" the coming one (today included),
// and a bare name goes by the tense of its clause: the last one in a past
// clause, else the coming one ("before Christmas", "by Easter").
#include <algorithm>

#include "document/time_grammar.h"
#include "document/time_holidays.h"

namespace factcheck::tagger {

using namespace std::chrono;

std::optional<Value> TimeGrammar::Holiday(std::size_t i) {
  std::size_t k = i;
  const auto offset = OffsetWord(k);
  if (offset) ++k;
  auto match = MatchHoliday(t_, k);
  if (!match && At(k, "the")) match = MatchHoliday(t_, k + 1);  // "the night journey"
  if (!match) return std::nullopt;
  std::size_t l = match->next;
  // "Easter Island", "Christmas Island" are places.
  if (l < t_.size() && (IsWord(t_[l], "island") || IsWord(t_[l], "islands"))) return std::nullopt;
  bool stated = true;
  const std::optional<int> y = HolidayYear(&l, &stated);
  std::vector<HolidaySpan> spans;
  const int now = static_cast<int>(as_of_.year());
  for (int n = y ? *y : now - 1; n <= (y ? *y : now + 1); ++n) {
    for (const HolidaySpan& span : HolidayInYear(match->id, n)) spans.push_back(span);
  }
  if (spans.empty()) return std::nullopt;
  Value v{};
  v.grain = v1::TimeExpression::GRAIN_DAY;
  v.holiday = HolidayTitle(match->id);
  v.next = l;
  v.relative = !y || !stated;
  v.resolution =
      y ? (stated ? v1::TimeExpression::RESOLUTION_STATED : v1::TimeExpression::RESOLUTION_AS_OF)
      : offset ? v1::TimeExpression::RESOLUTION_AS_OF
               : v1::TimeExpression::RESOLUTION_NEAREST;
  const HolidaySpan* chosen = &spans.front();
  if (!y) {
    const Tense tense = offset ? Tense::kNone : TenseOf(i, l);
    const bool back = offset ? *offset < 0 : tense == Tense::kPast;
    // The last one before today ("last"; today counts in a past clause),
    // else the first from today on.
    chosen = nullptr;
    for (const HolidaySpan& span : spans) {
      if (back ? (span.begin < today_ || (!offset && span.begin == today_))
               : span.begin >= today_ && !chosen) {
        chosen = &span;
      }
    }
    if (!chosen) return std::nullopt;
    if (tense != Tense::kNone) {
      v.resolution = v1::TimeExpression::RESOLUTION_TENSE;
      v.tense = tense;
    }
  }
  v.begin = chosen->begin;
  v.end = chosen->end;
  return v;
}

// The year written after a holiday's name at *l: "2010", "two thousand ten",
// "in 2019", "of next year", "in 9 months"; *stated is false when it was
// counted from as_of. *l moves past it.
std::optional<int> TimeGrammar::HolidayYear(std::size_t* l, bool* stated) {
  std::size_t after;
  if (auto written = AnyYearAt(*l, &after)) {
    *l = after;
    return written;
  }
  if (At(*l, "of") || At(*l, "in")) {
    if (auto written = AnyYearAt(*l + 1, &after)) {
      *l = after;
      return written;
    }
  }
  if (auto period = At(*l, "of") ? PeriodAt(*l + 1) : std::nullopt;
      period && period->grain == v1::TimeExpression::GRAIN_YEAR) {
    *stated = !period->relative;
    *l = period->next;
    return static_cast<int>(year_month_day{period->begin}.year());
  }
  if (auto shifted = Counted(*l)) {
    *stated = false;
    *l = shifted->next;
    return static_cast<int>(year_month_day{shifted->begin}.year());
  }
  return std::nullopt;
}

}  // namespace factcheck::tagger
