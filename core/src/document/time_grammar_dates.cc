#include "document/time_grammar.h"

namespace factcheck::tagger {

using namespace std::chrono;

std::optional<Value> TimeGrammar::FullDate(std::size_t i) {
  if (const int wd = WeekdayOf(t_[i], true)) {
    std::size_t k = i + 1;
    if (At(k, ".")) ++k;
    if (At(k, ",")) ++k;
    bool parenthesis = false;
    if (At(k, "(")) {
      parenthesis = true;
      ++k;
    }
    auto date = DateAt(k);
    if (!date) date = Numeric(k);
    if (!date || date->grain != v1::TimeExpression::GRAIN_DAY) return std::nullopt;
    if (parenthesis) {
      if (!At(date->next, ")")) return std::nullopt;
      ++date->next;
    }
    date->stated_weekday = wd;
    return date;
  }
  auto date = DateAt(i);
  if (!date) date = Numeric(i);
  if (!date) return std::nullopt;
  return WithWeekdayAfter(*date);
}

// "Jul 18, Fri", "March 9 (Tuesday)", "2016-12-29 (Thursday)".
Value TimeGrammar::WithWeekdayAfter(Value date) {
  if (date.grain != v1::TimeExpression::GRAIN_DAY) return date;
  const std::size_t k = date.next;
  if (At(k, ",") && k + 1 < t_.size()) {
    if (const int wd = WeekdayOf(t_[k + 1], true)) {
      date.stated_weekday = wd;
      date.next = k + 2;
      if (At(date.next, ".")) ++date.next;
      return date;
    }
  }
  if (At(k, "(") && k + 2 < t_.size() && IsWord(t_[k + 2], ")")) {
    if (const int wd = WeekdayOf(t_[k + 1], true)) {
      date.stated_weekday = wd;
      date.next = k + 3;
    }
  }
  return date;
}

std::optional<Value> TimeGrammar::DateAt(std::size_t i) {
  if (i >= t_.size()) return std::nullopt;
  if (auto v = MonthFirst(i)) return v;
  return DayFirst(i);
}

// "March 9, 2005", "Mar. 9", "March 9th", "march third 2015", "February the
// 15th", "May 2010", "Sept. '82".
std::optional<Value> TimeGrammar::MonthFirst(std::size_t i) {
  std::size_t j;
  auto m = MonthAt(i, &j);
  if (!m) return std::nullopt;
  if (At(j, "the") && j + 1 < t_.size() && (t_[j + 1].ordinal || t_[j + 1].ordinal_word)) ++j;
  std::size_t after_day = j + 1;
  std::optional<int> d = DayAt(j);
  if (std::size_t k; j < t_.size() && t_[j].kind == TimeToken::kWord) {
    if (auto ordinal = OrdinalAt(j, &k)) {  // "march twenty-fourth"
      d = ordinal;
      after_day = k;
    }
  }
  // "March 3 weeks" is not a date.
  if (d && UnitAt(after_day) == Unit::kNone) {
    std::size_t k = after_day;
    if (At(k, ",")) ++k;
    std::size_t after_year;
    if (auto y = AnyYearAt(k, &after_year)) {
      Value v = Dated(*y, *m, *d);
      v.next = after_year;
      return v;
    }
    Value v = Nearest(*m, *d);
    v.next = after_day;
    return v;
  }
  std::size_t k = j;
  if (At(k, ",")) ++k;
  std::size_t after_year;
  if (auto y = AnyYearAt(k, &after_year)) {
    Value v = MonthPeriod(year{*y}, month{static_cast<unsigned>(*m)});
    v.next = after_year;
    return v;
  }
  return std::nullopt;
}

// "9 March 2005", "the 9th of March", "9th March", "15 of february",
// "Twenty-fourth of May", "31st Oct 1974", "14th April 15".
std::optional<Value> TimeGrammar::DayFirst(std::size_t i) {
  std::size_t k = i;
  if (At(k, "the")) ++k;
  // "the ides of March": the 15th of March, May, July and October, else the 13th.
  if (std::size_t j; At(k, "ides") && At(k + 1, "of") && MonthAt(k + 2, &j)) {
    const int m = *MonthAt(k + 2, &j);
    Value v = Nearest(m, m == 3 || m == 5 || m == 7 || m == 10 ? 15 : 13);
    v.next = j;
    return v;
  }
  std::size_t after = k + 1;
  std::optional<int> d = DayAt(k);
  if (auto ordinal = OrdinalAt(k, &after); ordinal && t_[k].kind == TimeToken::kWord) {
    d = ordinal;
  }
  if (!d || *d > 31) return std::nullopt;
  const bool ordinal = t_[k].ordinal || t_[k].kind == TimeToken::kWord;
  if (At(after, "of")) ++after;
  if (At(after, "-") && Glued(after)) ++after;  // "31-Oct-74" is numeric's.
  std::size_t j;
  auto m = MonthAt(after, &j);
  if (!m) return std::nullopt;
  std::size_t l = j;
  if (At(l, ",")) ++l;
  std::size_t after_year;
  if (auto y = AnyYearAt(l, &after_year)) {
    Value v = Dated(*y, *m, *d);
    v.next = after_year;
    return v;
  }
  // "3rd Feb 82": two digits after a day written as an ordinal, at the end.
  if (ordinal && IsNumber(l) && t_[l].lower.size() == 2 &&
      (l + 1 >= t_.size() || t_[l + 1].kind == TimeToken::kPunct)) {
    Value v = Dated(FullYear(t_[l].value), *m, *d);
    v.next = l + 1;
    return v;
  }
  Value v = Nearest(*m, *d);
  v.next = j;
  return v;
}

}  // namespace factcheck::tagger
