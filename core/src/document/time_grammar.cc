#include "document/time_grammar.h"

#include <cstdlib>

namespace factcheck::tagger {

using namespace std::chrono;

Value Day(sys_days d) { return {d, d, v1::TimeExpression::GRAIN_DAY}; }
Value MonthPeriod(year y, month m) {
  return {sys_days{y / m / 1}, sys_days{y / m / last}, v1::TimeExpression::GRAIN_MONTH};
}
Value YearPeriod(year y) {
  return {sys_days{y / January / 1}, sys_days{y / December / 31}, v1::TimeExpression::GRAIN_YEAR};
}
Value WeekOf(sys_days d) {
  const sys_days monday = d - (weekday{d} - Monday);
  return {monday, monday + days{6}, v1::TimeExpression::GRAIN_WEEK};
}

std::vector<std::pair<std::size_t, Value>> TimeGrammar::Run() {
  std::vector<std::pair<std::size_t, Value>> found;
  for (std::size_t i = 0; i < t_.size();) {
    if (!t_[i].starts) {
      ++i;
      continue;
    }
    std::optional<Value> value;
    for (auto parse : {&TimeGrammar::Range, &TimeGrammar::FullDate, &TimeGrammar::Relative,
                       &TimeGrammar::WeekdayAlone, &TimeGrammar::DayOfMonth,
                       &TimeGrammar::YearOrDecade, &TimeGrammar::MonthAlone}) {
      value = (this->*parse)(i);
      if (value) break;
    }
    if (value) {
      found.emplace_back(i, *value);
      i = value->next;
    } else {
      ++i;
    }
  }
  return found;
}

bool TimeGrammar::At(std::size_t i, std::string_view word) const {
  return i < t_.size() && t_[i].kind != TimeToken::kNumber && t_[i].lower == word;
}

std::optional<int> TimeGrammar::YearAt(std::size_t i) const {
  if (i >= t_.size() || t_[i].kind != TimeToken::kNumber || t_[i].ordinal ||
      t_[i].lower.size() != 4) {
    return std::nullopt;
  }
  if (t_[i].value < 1000 || t_[i].value > 2999) return std::nullopt;
  // "1990s" is a decade, "2,015" a number.
  if (i + 1 < t_.size() && Glued(i + 1) && t_[i + 1].kind == TimeToken::kWord) return std::nullopt;
  if (i > 0 && Glued(i) && (t_[i - 1].lower == "," || t_[i - 1].lower == ".")) return std::nullopt;
  return t_[i].value;
}

std::optional<int> TimeGrammar::DayAt(std::size_t i) const {
  if (i < t_.size()) {
    if (const int ordinal = OrdinalWord(t_[i])) return ordinal;
  }
  if (i >= t_.size() || t_[i].kind != TimeToken::kNumber || t_[i].lower.size() > 2)
    return std::nullopt;
  if (t_[i].value < 1 || t_[i].value > 31) return std::nullopt;
  // "9:30" is a time, "9.5" and "9,000" numbers.
  if (i + 1 < t_.size() && Glued(i + 1) &&
      (t_[i + 1].lower == ":" || t_[i + 1].lower == "." || t_[i + 1].lower == ",") &&
      i + 2 < t_.size() && Glued(i + 2) && t_[i + 2].kind == TimeToken::kNumber) {
    return std::nullopt;
  }
  return t_[i].value;
}

// A month name, with the period of an abbreviation skipped.
std::optional<int> TimeGrammar::MonthAt(std::size_t i, std::size_t* next) const {
  if (i >= t_.size()) return std::nullopt;
  const int full = MonthOf(t_[i], false);
  const int any = full ? full : MonthOf(t_[i], true);
  if (!any) return std::nullopt;
  *next = i + 1;
  if (!full && At(*next, ".")) ++*next;
  return any;
}

// The date of day/month in the year nearest to as_of.
Value TimeGrammar::Nearest(unsigned m, unsigned d) const {
  Value best{};
  bool have = false;
  for (int dy : {-1, 0, 1}) {
    const year_month_day ymd{as_of_.year() + years{dy}, month{m}, day{d}};
    if (!ymd.ok()) continue;
    const auto distance = abs((sys_days{ymd} - today_).count());
    if (!have || distance < abs((best.begin - today_).count())) {
      best = Day(sys_days{ymd});
      have = true;
    }
  }
  if (!have) {
    best.impossible = true;
    best.grain = v1::TimeExpression::GRAIN_DAY;
  }
  best.year_inferred = true;
  best.relative = true;
  return best;
}

Value TimeGrammar::Dated(int y, unsigned m, unsigned d) const {
  const year_month_day ymd{year{y}, month{m}, day{d}};
  if (!ymd.ok()) {
    Value v{};
    v.grain = v1::TimeExpression::GRAIN_DAY;
    v.impossible = true;
    return v;
  }
  return Day(sys_days{ymd});
}

}  // namespace factcheck::tagger
