// Parts of a period and seasons: "early March", "mid-March", "the end of
// the month", "the beginning of 2017", "EOM", "this summer", "the rest of
// the week". A month's beginning is days 1-10, its middle 11-20 and its end
// 21 to the last; a week's beginning is Monday to Wednesday and its end
// Friday to Sunday; a year's beginning is its first quarter and its end
// September to December (Duckling's reading).
#include "document/time_grammar.h"

namespace factcheck::tagger {

using namespace std::chrono;

namespace {

enum class Part { kBeginning, kMiddle, kEnd, kRest };

Value Portion(Value period, Part part, sys_days today) {
  const year_month_day first{period.begin};
  switch (period.grain) {
    case v1::TimeExpression::GRAIN_MONTH: {
      const sys_days d1 = period.begin;
      if (part == Part::kBeginning) period.end = d1 + days{9};
      if (part == Part::kMiddle) {
        period.begin = d1 + days{10};
        period.end = d1 + days{19};
      }
      if (part == Part::kEnd) period.begin = d1 + days{20};
      period.grain = v1::TimeExpression::GRAIN_DAY;
      break;
    }
    case v1::TimeExpression::GRAIN_WEEK: {
      const sys_days monday = period.begin;
      if (part == Part::kBeginning) period.end = monday + days{2};
      if (part == Part::kMiddle) {
        period.begin = monday + days{2};
        period.end = monday + days{3};
      }
      if (part == Part::kEnd) period.begin = monday + days{4};
      period.grain = v1::TimeExpression::GRAIN_DAY;
      break;
    }
    case v1::TimeExpression::GRAIN_YEAR: {
      const year y = first.year();
      if (part == Part::kBeginning) period.end = sys_days{y / March / 31};
      if (part == Part::kMiddle) {
        period.begin = sys_days{y / May / 1};
        period.end = sys_days{y / August / 31};
      }
      if (part == Part::kEnd) period.begin = sys_days{y / September / 1};
      period.grain = v1::TimeExpression::GRAIN_MONTH;
      break;
    }
    default:
      return period;
  }
  if (part == Part::kRest) {
    period.begin = std::max(period.begin, today);
    period.grain = v1::TimeExpression::GRAIN_DAY;
  }
  period.range = true;
  return period;
}

}  // namespace

// "early March", "mid-March", "late 2012", "the end of April",
// "the beginning of this week", "the rest of the year", "EOM", "the BOY".
std::optional<Value> TimeGrammar::PartOf(std::size_t i) {
  std::size_t k = i;
  if (At(k, "the")) ++k;
  if (k >= t_.size()) return std::nullopt;
  const TimeToken& word = t_[k];
  const std::string_view w = word.lower;
  // "EOM", "BOY": the end of this month, the beginning of this year.
  if (t_[k].upper && w.size() == 3 && (w[0] == 'e' || w[0] == 'b') && w[1] == 'o' &&
      (w[2] == 'm' || w[2] == 'y')) {
    auto period = ThisUnit(w[2] == 'm' ? Unit::kMonth : Unit::kYear, 0);
    return AsOf(Portion(*period, w[0] == 'e' ? Part::kEnd : Part::kBeginning, today_), k + 1);
  }
  Part part;
  std::size_t l = k + 1;
  if (IsWord(word, "early") || IsWord(word, "late") || IsWord(word, "mid")) {
    part = IsWord(word, "early")  ? Part::kBeginning
           : IsWord(word, "late") ? Part::kEnd
                                  : Part::kMiddle;
    if (At(l, "-") && Glued(l)) ++l;
  } else if ((IsWord(word, "beginning") || IsWord(word, "start") || IsWord(word, "end") ||
              IsWord(word, "middle") || IsWord(word, "rest")) &&
             At(l, "of")) {
    part = IsWord(word, "end")      ? Part::kEnd
           : IsWord(word, "middle") ? Part::kMiddle
           : IsWord(word, "rest")   ? Part::kRest
                                    : Part::kBeginning;
    ++l;
    if (At(l, "around")) ++l;
  } else {
    return std::nullopt;
  }
  auto period = PeriodAt(l);
  if (!period || (part == Part::kRest && (today_ < period->begin || today_ > period->end))) {
    return std::nullopt;
  }
  Value v = Portion(*period, part, today_);
  if (v.grain == period->grain && part != Part::kRest) return std::nullopt;
  v.next = period->next;
  return v;
}

// "this summer", "last winter", "next spring", "summer 2012", "the summer
// of 2012". Seasons are astronomical, with fixed days: spring March 21 to
// June 20, summer June 21 to September 23, autumn September 24 to December
// 20, winter December 21 to March 20. "season" alone is left out: in news it
// is a sports season.
std::optional<Value> TimeGrammar::Season(std::size_t i) {
  std::size_t k = At(i, "the") ? i + 1 : i;
  const auto offset = OffsetWord(k);
  if (offset) ++k;
  if (k >= t_.size()) return std::nullopt;
  static constexpr std::string_view kNames[] = {"spring", "summer", "autumn", "winter"};
  int s = -1;
  for (int n = 0; n < 4; ++n) {
    if (t_[k].lower == kNames[n]) s = n;
  }
  if (IsWord(t_[k], "fall")) s = 2;
  if (s < 0) return std::nullopt;
  // The season s that starts in year y.
  auto in = [s](int y) {
    static constexpr unsigned kStart[][2] = {{3, 21}, {6, 21}, {9, 24}, {12, 21}};
    static constexpr unsigned kEnd[][2] = {{6, 20}, {9, 23}, {12, 20}, {3, 20}};
    const sys_days begin{year{y} / kStart[s][0] / kStart[s][1]};
    const sys_days end{year{s == 3 ? y + 1 : y} / kEnd[s][0] / kEnd[s][1]};
    Value v{begin, end, v1::TimeExpression::GRAIN_DAY};
    v.range = true;
    return v;
  };
  std::size_t l = k + 1;
  if (At(l, "of") && !offset) ++l;
  std::size_t after_year;
  if (auto y = AnyYearAt(l, &after_year); y && (l > k + 1 || !offset)) {
    Value v = in(*y);
    v.next = after_year;
    return v;
  }
  if (!offset) return std::nullopt;
  // The last one that has ended, the one under way, the next to come.
  std::optional<Value> last, current, coming;
  const int now = static_cast<int>(as_of_.year());
  for (int y = now - 2; y <= now + 1; ++y) {
    const Value candidate = in(y);
    if (candidate.end < today_) last = candidate;
    if (candidate.begin <= today_ && today_ <= candidate.end) current = candidate;
    if (candidate.begin > today_ && !coming) coming = candidate;
  }
  if (*offset < 0) return AsOf(*last, k + 1);
  if (*offset > 0) return AsOf(*coming, k + 1);
  if (current) return AsOf(*current, k + 1);
  return ThisSeason(*last, *coming, i, k + 1);
}

// "this summer" when no summer is under way: by the tense of its clause the
// last one or the coming one ("it was hot this summer", "will open this
// summer"); with no clue, the one of as_of's year, which has ended in
// November and not begun in March. Winter has a part in every year: the
// nearer of the two, the one just ended in April, the coming one in
// November.
Value TimeGrammar::ThisSeason(const Value& last, const Value& coming, std::size_t first,
                              std::size_t next) const {
  const Tense tense = TenseOf(first, next);
  if (tense != Tense::kNone) return Placed(tense == Tense::kPast ? last : coming, next, tense);
  const bool last_this_year = year_month_day{last.end}.year() == as_of_.year();
  const bool coming_this_year = year_month_day{coming.begin}.year() == as_of_.year();
  const bool nearer_last = today_ - last.end <= coming.begin - today_;
  const bool take_last = last_this_year && (!coming_this_year || nearer_last);
  return Placed(take_last ? last : coming, next, tense);
}

}  // namespace factcheck::tagger
