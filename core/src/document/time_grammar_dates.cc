#include "document/time_grammar.h"

namespace factcheck::tagger {

using namespace std::chrono;

// A date: "March 9, 2005", "Mar. 9", "9 March 2005", "the 9th of March",
// "2005-03-09", "3/9/2005", "May 2010"; with a weekday before it
// ("Tuesday, March 9, 2005") or after it in parentheses ("March 9
// (Tuesday)").
std::optional<Value> TimeGrammar::FullDate(std::size_t i) {
  std::size_t j = i;
  if (const int wd = WeekdayOf(t_[j], true)) {
    std::size_t k = j + 1;
    if (At(k, ".")) ++k;
    if (At(k, ",")) ++k;
    bool parenthesis = false;
    if (At(k, "(")) {
      parenthesis = true;
      ++k;
    }
    auto date = DateAt(k);
    if (!date) return std::nullopt;
    if (parenthesis) {
      if (!At(date->next, ")")) return std::nullopt;
      ++date->next;
    }
    date->stated_weekday = wd;
    return date;
  }
  auto date = DateAt(j);
  if (!date) return std::nullopt;
  // "Jul 18, Fri".
  if (At(date->next, ",") && date->next + 1 < t_.size() &&
      date->grain == v1::TimeExpression::GRAIN_DAY) {
    if (const int wd = WeekdayOf(t_[date->next + 1], true)) {
      date->stated_weekday = wd;
      date->next += 2;
      if (At(date->next, ".")) ++date->next;
      return date;
    }
  }
  // "March 9 (Tuesday)", "2016-12-29 (Thursday)".
  const std::size_t k = date->next;
  if (At(k, "(") && k + 2 < t_.size() && t_[k + 2].lower == ")") {
    if (const int wd = WeekdayOf(t_[k + 1], true)) {
      date->stated_weekday = wd;
      date->next = k + 3;
    }
  }
  return date;
}

std::optional<Value> TimeGrammar::DateAt(std::size_t i) {
  if (i >= t_.size()) return std::nullopt;
  std::size_t j;
  // ISO: 2005-03-09 and 2014-10.
  if (auto y = YearAt(i); y && At(i + 1, "-") && Glued(i + 1) && Glued(i + 2) &&
                          i + 2 < t_.size() && t_[i + 2].kind == TimeToken::kNumber) {
    const int m = t_[i + 2].value;
    if (At(i + 3, "-") && Glued(i + 3) && Glued(i + 4) && i + 4 < t_.size() &&
        t_[i + 4].kind == TimeToken::kNumber) {
      // Digits that run on ("2023-06-2611", an order number) make no date.
      if (t_[i + 2].lower.size() > 2 || t_[i + 4].lower.size() > 2) return std::nullopt;
    }
    if (At(i + 3, "-") && Glued(i + 3) && Glued(i + 4) && i + 4 < t_.size() &&
        t_[i + 4].kind == TimeToken::kNumber && m >= 1 && m <= 12) {
      Value v = Dated(*y, m, t_[i + 4].value);
      v.next = i + 5;
      return v;
    }
    if (m >= 1 && m <= 12 && t_[i + 2].lower.size() == 2) {
      Value v = MonthPeriod(year{*y}, month{static_cast<unsigned>(m)});
      v.next = i + 3;
      return v;
    }
  }
  // US numeric with a year: 3/9/2005.
  if (auto m = DayAt(i); m && *m <= 12 && At(i + 1, "/") && Glued(i + 1) && Glued(i + 2)) {
    if (auto d = DayAt(i + 2); d && At(i + 3, "/") && Glued(i + 3) && Glued(i + 4)) {
      if (auto y = YearAt(i + 4)) {
        Value v = Dated(*y, *m, *d);
        v.next = i + 5;
        return v;
      }
    }
  }
  // Month first: "March 9, 2005", "Mar. 9", "March 9th", "May 2010".
  if (auto m = MonthAt(i, &j)) {
    if (At(j, "the") && j + 1 < t_.size() && t_[j + 1].ordinal) ++j;  // "February the 15th"
    if (auto d = DayAt(j); d && !(j + 1 < t_.size() && UnitOf(t_[j + 1]) != Unit::kNone)) {
      std::size_t k = j + 1;
      if (At(k, ",")) ++k;
      if (auto y = YearAt(k)) {
        Value v = Dated(*y, *m, *d);
        v.next = k + 1;
        return v;
      }
      Value v = Nearest(*m, *d);
      v.next = j + 1;
      return v;
    }
    std::size_t k = j;
    if (At(k, ",")) ++k;
    if (auto y = YearAt(k)) {
      Value v = MonthPeriod(year{*y}, month{static_cast<unsigned>(*m)});
      v.next = k + 1;
      return v;
    }
    return std::nullopt;
  }
  // Day first: "9 March 2005", "the 9th of March", "9th March".
  std::size_t k = i;
  if (At(k, "the")) ++k;
  if (auto d = DayAt(k)) {
    std::size_t after = k + 1;
    if (At(after, "of")) ++after;
    if (auto m = MonthAt(after, &j)) {
      std::size_t l = j;
      if (At(l, ",")) ++l;
      if (auto y = YearAt(l)) {
        Value v = Dated(*y, *m, *d);
        v.next = l + 1;
        return v;
      }
      // Without a year the day must be written as one ("9 March", "the
      // 9th of March"), not a count ("3 March votes").
      Value v = Nearest(*m, *d);
      v.next = j;
      return v;
    }
  }
  return std::nullopt;
}

// "from 2009 to 2013", "between March and May", "from March 3 to March 9".
std::optional<Value> TimeGrammar::Range(std::size_t i) {
  if (!At(i, "from") && !At(i, "between")) return std::nullopt;
  const bool between = At(i, "between");
  auto first = Simple(i + 1);
  if (!first) return std::nullopt;
  std::size_t k = first->next;
  if (between ? !At(k, "and")
              : !(At(k, "to") || At(k, "until") || At(k, "through") || At(k, "-"))) {
    return std::nullopt;
  }
  auto second = Simple(k + 1);
  if (!second || second->end < first->begin) return std::nullopt;
  Value v = *first;
  v.end = second->end;
  v.range = true;
  v.relative = first->relative || second->relative;
  v.next = second->next;
  return v;
}

// The parts a range is made of: a date, a month and year, a year, a month.
std::optional<Value> TimeGrammar::Simple(std::size_t i) {
  if (auto date = DateAt(i)) return date;
  if (auto y = YearAt(i)) {
    Value v = YearPeriod(year{*y});
    v.next = i + 1;
    return v;
  }
  std::size_t j;
  if (auto m = MonthAt(i, &j); m && MonthOf(t_[i], false)) {
    Value v = MonthPeriod(as_of_.year(), month{static_cast<unsigned>(*m)});
    v.year_inferred = v.relative = true;
    v.next = j;
    return v;
  }
  return std::nullopt;
}

}  // namespace factcheck::tagger
