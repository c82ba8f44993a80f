// Numeric dates. Day and month come in the order the article's or the
// configuration's date_order says; without one, a date whose first two
// numbers could be either (3/4/2005) is marked ambiguous and not resolved.
#include <algorithm>
#include <array>

#include "document/time_grammar.h"

namespace factcheck::tagger {

using namespace std::chrono;

namespace {

// Words after a number that make it a quantity: "1/2 pct", "3/4 point".
bool QuantityWord(const TimeToken& tok) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "pct",  "percent", "point", "points", "mln",  "billion", "million",
      "inch", "inches",  "mile",  "miles",  "cent", "cents",   "of"};
  return tok.lower == "%" || std::find(kWords.begin(), kWords.end(), tok.lower) != kWords.end();
}

}  // namespace

std::optional<Value> TimeGrammar::Numeric(std::size_t i) {
  if (!IsNumber(i)) return std::nullopt;
  // Part of a longer run of numbers: "7-1/2", "650-650-6500", "1.5".
  if (i > 0 && Glued(i) && SeparatorAt(i - 1) && i > 1 && IsNumber(i - 2)) return std::nullopt;
  std::optional<Value> v = IsoDate(i);
  if (!v) v = MonthNameBetween(i);
  if (!v) v = SlashedDate(i);
  if (!v) return std::nullopt;
  const std::size_t n = v->next;
  if (Glued(n) && SeparatorAt(n) && IsNumber(n + 1)) return std::nullopt;
  if (n < t_.size() && QuantityWord(t_[n])) return std::nullopt;
  return v;
}

// "2005-03-09", "2015-3-3", "2014-10", "2014/10", "2015/3/3".
std::optional<Value> TimeGrammar::IsoDate(std::size_t i) {
  auto y = YearAt(i);
  if (!y || !(At(i + 1, "-") || At(i + 1, "/")) || !Glued(i + 1) || !Glued(i + 2) ||
      !IsNumber(i + 2)) {
    return std::nullopt;
  }
  const std::string_view sep = t_[i + 1].lower;
  const int m = t_[i + 2].value;
  // "2006-07", "2000/01": a season or fiscal year over two years, not a month.
  if (t_[i + 2].lower.size() == 2 && m == (*y + 1) % 100 && !AtText(i + 3, sep)) {
    Value v = YearPeriod(year{*y});
    v.end = YearPeriod(year{*y + 1}).end;
    v.range = true;
    v.next = i + 3;
    return v;
  }
  if (m < 1 || m > 12 || t_[i + 2].lower.size() > 2) return std::nullopt;
  if (AtText(i + 3, sep) && Glued(i + 3) && Glued(i + 4) && IsNumber(i + 4) &&
      t_[i + 4].lower.size() <= 2) {
    Value v = Dated(*y, m, t_[i + 4].value);
    v.next = i + 5;
    return v;
  }
  // "2014-10" but not "2014-15", a span of years, or "2014-1".
  if (t_[i + 2].lower.size() == 2) {
    Value v = MonthPeriod(year{*y}, month{static_cast<unsigned>(m)});
    v.next = i + 3;
    return v;
  }
  return std::nullopt;
}

// "31-Oct-74", "31/Oct/1974".
std::optional<Value> TimeGrammar::MonthNameBetween(std::size_t i) {
  auto d = DayAt(i);
  if (!d || !SeparatorAt(i + 1) || !Glued(i + 1) || !Glued(i + 2)) return std::nullopt;
  std::size_t j;
  auto m = MonthAt(i + 2, &j);
  if (!m || j != i + 3 || !AtText(j, t_[i + 1].lower) || !Glued(j) || !Glued(j + 1) ||
      !IsNumber(j + 1)) {
    return std::nullopt;
  }
  const TimeToken& y = t_[j + 1];
  if (y.lower.size() != 2 && y.lower.size() != 4) return std::nullopt;
  Value v = Dated(y.lower.size() == 2 ? FullYear(y.value) : y.value, *m, *d);
  v.next = j + 2;
  return v;
}

// "3/9/2005", "10/31/74", "10-31-74", "10.31.1974", "2/15", "2/2013".
std::optional<Value> TimeGrammar::SlashedDate(std::size_t i) {
  if (i + 2 >= t_.size() || t_[i].lower.size() > 2) return std::nullopt;
  std::size_t k = i + 1;
  const bool spaced = !Glued(k);  // "2 / 15": only as a whole sentence.
  if (!SeparatorAt(k) || Glued(k + 1) == spaced || !IsNumber(k + 1)) return std::nullopt;
  const std::string_view sep = t_[k].lower;
  const int a = t_[i].value, b = t_[k + 1].value;
  // "2/2013": a month.
  if (auto y = YearAt(k + 1); y && !spaced && sep == "/" && a >= 1 && a <= 12) {
    Value v = MonthPeriod(year{*y}, month{static_cast<unsigned>(a)});
    v.next = k + 2;
    return v;
  }
  if (t_[k + 1].lower.size() > 2) return std::nullopt;
  std::optional<int> y;
  std::size_t next = k + 2;
  if (!spaced && AtText(next, sep) && Glued(next) && Glued(next + 1) && IsNumber(next + 1) &&
      (t_[next + 1].lower.size() == 2 || t_[next + 1].lower.size() == 4)) {
    const int written = t_[next + 1].value;
    y = t_[next + 1].lower.size() == 2 ? FullYear(written) : written;
    next += 2;
  }
  // Without a year, only where a date is expected: "on 2/15", "2/15" alone.
  if (!y && (sep == "." || !NumericContext(i, next, sep == "-" || spaced))) return std::nullopt;
  if (y && sep == "." && t_[next - 1].lower.size() != 4) return std::nullopt;  // "1.5.10"
  auto v = Ordered(a, b, y);
  if (v) v->next = next;
  return v;
}

bool TimeGrammar::NumericContext(std::size_t first, std::size_t next, bool dashes) const {
  if (first == 0 && next == t_.size()) return true;
  if (first == 0 || t_[first - 1].kind != TimeToken::kWord) {
    return !dashes && first > 0 && (IsWord(t_[first - 1], "(") || IsWord(t_[first - 1], ",")) &&
           first > 1 && WeekdayOf(t_[first - 2], true);
  }
  return IsNumericCue(t_[first - 1].lower, dashes) ||
         (!dashes && WeekdayOf(t_[first - 1], true) != 0);
}

std::optional<Value> TimeGrammar::Ordered(int a, int b, std::optional<int> y) const {
  if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return std::nullopt;
  DateOrder order = options_.date_order;
  if (a > 12) order = DateOrder::kDayMonthYear;
  if (b > 12) order = DateOrder::kMonthDayYear;
  if (a == b) order = DateOrder::kMonthDayYear;
  if (order != DateOrder::kMonthDayYear && order != DateOrder::kDayMonthYear) {
    Value v{};
    v.grain = v1::TimeExpression::GRAIN_DAY;
    v.ambiguous = true;
    return v;
  }
  const unsigned m = order == DateOrder::kMonthDayYear ? a : b;
  const unsigned d = order == DateOrder::kMonthDayYear ? b : a;
  if (y) return Dated(*y, m, d);
  return Nearest(m, d);
}

}  // namespace factcheck::tagger
