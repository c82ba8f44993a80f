#include "document/time_grammar.h"

#include <array>
#include <bit>
#include <cstdlib>
#include <iterator>

namespace factcheck::tagger {

using namespace std::chrono;

Value Day(sys_days d) { return {d, d, v1::TimeExpression::GRAIN_DAY}; }
Value MonthPeriod(year y, month m) {
  return {sys_days{y / m / 1}, sys_days{y / m / last}, v1::TimeExpression::GRAIN_MONTH};
}
Value QuarterPeriod(year y, int quarter) {
  const month first{static_cast<unsigned>(3 * quarter - 2)};
  return {sys_days{y / first / 1}, sys_days{y / (first + months{2}) / last},
          v1::TimeExpression::GRAIN_QUARTER};
}
Value YearPeriod(year y) {
  return {sys_days{y / January / 1}, sys_days{y / December / 31}, v1::TimeExpression::GRAIN_YEAR};
}
Value WeekOf(sys_days d) {
  const sys_days monday = d - (weekday{d} - Monday);
  return {monday, monday + days{6}, v1::TimeExpression::GRAIN_WEEK};
}

Value PeriodOf(Unit unit, sys_days d) {
  const year_month_day ymd{d};
  switch (unit) {
    case Unit::kWeek:
    case Unit::kFortnight:
      return WeekOf(d);
    case Unit::kMonth:
      return MonthPeriod(ymd.year(), ymd.month());
    case Unit::kQuarter:
      return QuarterPeriod(ymd.year(), (static_cast<unsigned>(ymd.month()) + 2) / 3);
    case Unit::kYear:
      return YearPeriod(ymd.year());
    case Unit::kDecade: {
      const int first = static_cast<int>(ymd.year()) / 10 * 10;
      Value v = YearPeriod(year{first});
      v.end = YearPeriod(year{first + 9}).end;
      v.grain = v1::TimeExpression::GRAIN_DECADE;
      return v;
    }
    default:
      return Day(d);
  }
}

sys_days Shift(sys_days d, Unit unit, int n) {
  auto by_months = [d](int count) {
    year_month_day moved = year_month_day{d} + months{count};
    if (!moved.ok()) moved = moved.year() / moved.month() / last;
    return sys_days{moved};
  };
  switch (unit) {
    case Unit::kDay:
      return d + days{n};
    case Unit::kWeek:
      return d + days{7 * n};
    case Unit::kFortnight:
      return d + days{14 * n};
    case Unit::kMonth:
      return by_months(n);
    case Unit::kQuarter:
      return by_months(3 * n);
    case Unit::kYear:
      return by_months(12 * n);
    case Unit::kDecade:
      return by_months(120 * n);
    case Unit::kNone:
      break;
  }
  return d;
}

Value AsOf(Value v, std::size_t next) {
  v.relative = true;
  v.resolution = v1::TimeExpression::RESOLUTION_AS_OF;
  v.next = next;
  return v;
}

Value Placed(Value v, std::size_t next, Tense tense) {
  v.relative = true;
  v.next = next;
  v.tense = tense;
  v.resolution = tense == Tense::kNone ? v1::TimeExpression::RESOLUTION_NEAREST
                                       : v1::TimeExpression::RESOLUTION_TENSE;
  return v;
}

namespace {

using namespace word_class;

// What a token can begin, for choosing the rules worth trying at it: a
// word's classes are the lexicon's; of the marks, "'" starts "'96".
std::uint32_t ClassOf(const TimeToken& tok) {
  switch (tok.kind) {
    case TimeToken::kNumber:
      return kNumber;
    case TimeToken::kPunct:
      return tok.lower == "'" ? kEra : 0;
    default:
      return tok.begins;
  }
}

// What each rule needs after a count it starts at, a number that is no
// ordinal or a count word of one token ("three", "a"; not "twenty", which
// may go on: "twenty-four"): its own first tests, read from the rule
// (`next` is null at the end of the sentence). Most counts in news copy are
// followed by none of these, so that most rules are not called at them, and
// a count no rule's test lets on is passed over (RulesAt). A rule without a
// test here is tried after any token. A count word is a number to the rules
// that read a unit after it, and starts none of the others.

// Whether token `t` is such a count.
bool IsPlainCount(const TimeToken& t) {
  if (t.kind == TimeToken::kNumber) return !t.ordinal;
  return t.kind == TimeToken::kWord && t.number_word >= 0 && t.ordinal_word == 0 &&
         !(t.number_word >= 20 && t.number_word % 10 == 0);
}

// A month, "of" or a date's separator: "9 March", "9 of March",
// "31-Oct-74", "3/9/2005".
bool DateMayGoOn(const TimeToken& next) {
  return next.month || next.month_abbr || IsWord(next, "of") || DateSeparator(next);
}

// "13-15 July", "13 to 15 July" (DayRange); a date or a year, then its word
// (DatesRange: "9 March - 12 March", "3/9 - 3/12", "1986-87", "1960 to 1961").
bool RangeAfterCount(const TimeToken& count, const TimeToken* next) {
  return count.kind == TimeToken::kNumber &&
         (count.lower.size() == 4 ||
          (next != nullptr && (RangeWord(*next, false) || DateMayGoOn(*next))));
}
// NthOf, Closest and DayOfMonth begin with an ordinal, a word or "on".
bool NeverAfterCount(const TimeToken&, const TimeToken*) { return false; }
// DayFirst's and Numeric's dates.
bool FullDateAfterCount(const TimeToken& count, const TimeToken* next) {
  return count.kind == TimeToken::kNumber && next != nullptr && DateMayGoOn(*next);
}
bool NumericAfterCount(const TimeToken&, const TimeToken* next) {
  return next != nullptr && DateSeparator(*next);
}
// "20 of next month", "20 day of next month".
bool DayOfPeriodAfterCount(const TimeToken& count, const TimeToken* next) {
  return count.kind == TimeToken::kNumber && next != nullptr &&
         (IsWord(*next, "of") || UnitOf(*next) == Unit::kDay);
}
// "3 days after Easter", "2 Tuesdays before" (a weekday's full name).
bool CountedFromAfterCount(const TimeToken&, const TimeToken* next) {
  return next != nullptr && (UnitOf(*next) != Unit::kNone || WeekdayOf(*next, false) != 0);
}
// "18q4", "2018Q4".
bool QuarterAfterCount(const TimeToken& count, const TimeToken* next) {
  return count.kind == TimeToken::kNumber && next != nullptr && IsWord(*next, "q");
}
// "2 days later".
bool AnchoredAfterCount(const TimeToken&, const TimeToken* next) {
  return next != nullptr && UnitOf(*next) != Unit::kNone;
}
// "3 days ago", "2 upcoming weeks", "2 Fridays ago".
bool RelativeAfterCount(const TimeToken&, const TimeToken* next) {
  return next != nullptr && (UnitOf(*next) != Unit::kNone || IsWord(*next, "upcoming") ||
                             (next->lower.size() >= 2 && next->lower.back() == 's'));
}
// A year of four digits ("1987", "1980s") anywhere; a shorter number only
// before an era ("14 AD", "300 B.C."). A word is left to the rule ("A.D.
// 800" if "a" ever reached it).
bool YearOrDecadeAfterCount(const TimeToken& count, const TimeToken* next) {
  return count.kind != TimeToken::kNumber || count.lower.size() == 4 ||
         (next != nullptr && MayStartEra(*next));
}

// After a count word that may go on ("twenty-four", "thirty first"): its
// unit, a weekday, "upcoming", or the rest of the number.
bool CountMayGoOn(const TimeToken& next) {
  return next.unit || next.weekday || next.number_word >= 0 || next.ordinal_word ||
         next.lower.ends_with('s') || IsWord(next, "-") || IsWord(next, "upcoming");
}

// Whether any rule may start at `token` for the token after it, before
// each rule's own test: "in" needs a count ("in three weeks"), "on" a
// weekday or an ordinal ("on Tuesday", "on the 15th", "on 15th"), a count
// word that may go on one of CountMayGoOn.
bool PlaceMayGoOn(const TimeToken& token, const TimeToken* next) {
  if (token.kind != TimeToken::kWord) return true;
  if (IsWord(token, "in")) return next != nullptr && NumberWord(*next) >= 0;
  if (IsWord(token, "on")) {
    return next != nullptr && (WeekdayOf(*next, true) != 0 || IsWord(*next, "the") ||
                               next->ordinal || next->ordinal_word != 0);
  }
  if (token.begins == word_class::kCount && !IsPlainCount(token)) {
    return next != nullptr && CountMayGoOn(*next);
  }
  return true;
}

}  // namespace

std::span<const TimeGrammar::RuleEntry> TimeGrammar::Rules() {
  static constexpr RuleEntry kRules[] = {
      {&TimeGrammar::Range, kFrom | kMonth | kNumber | kOrdinal | kCount, &RangeAfterCount},
      {&TimeGrammar::FullDate, kWeekday | kMonth | kNumber | kOrdinal | kCount,
       &FullDateAfterCount},
      {&TimeGrammar::Numeric, kNumber, &NumericAfterCount},
      {&TimeGrammar::Holiday, kOffset | kHoliday, nullptr},
      {&TimeGrammar::NthOf, kOrdinal | kNumber | kCount | kOffset, &NeverAfterCount},
      {&TimeGrammar::DayOfPeriod, kNumber | kOrdinal | kCount, &DayOfPeriodAfterCount},
      {&TimeGrammar::WeekOfDate, kUnitWord, nullptr},
      {&TimeGrammar::AfterNext, kWeekday | kMonth | kUnitWord, nullptr},
      {&TimeGrammar::Closest, kRelative | kOrdinal | kCount | kNumber, &NeverAfterCount},
      {&TimeGrammar::CountedFrom, kOrdinal | kNumber | kCount | kUnitWord, &CountedFromAfterCount},
      {&TimeGrammar::Quarter, kLetter | kNumber | kOrdinal | kCount, &QuarterAfterCount},
      {&TimeGrammar::Half, kLetter | kOrdinal, nullptr},
      {&TimeGrammar::PartOf, kPart, nullptr},
      {&TimeGrammar::Season, kOffset | kSeason, nullptr},
      {&TimeGrammar::Anchored, kNumber | kCount | kRelative | kOffset | kUnitWord,
       &AnchoredAfterCount},
      {&TimeGrammar::Relative, kRelative | kOffset | kNumber | kCount | kIn | kUnitWord,
       &RelativeAfterCount},
      {&TimeGrammar::WeekdayAlone, kOn | kWeekday, nullptr},
      {&TimeGrammar::DayOfMonth, kOn | kNumber | kOrdinal | kCount, &NeverAfterCount},
      {&TimeGrammar::YearOrDecade, kNumber | kEra, &YearOrDecadeAfterCount},
      {&TimeGrammar::MonthAlone, kMonth, nullptr}};
  static_assert(std::size(kRules) <= 32, "RulesAt gives each rule one bit");
  return kRules;
}

// The rules whose first token's classes fit token i's (at "the", the class
// of the token after it counts); where unmatchable places are skipped, only
// at a place that may go on, and at a count only the rules its next token
// lets on. The commonest places that hold no expression in news copy,
// numbers that are no year, count words, "the", "in" and "on", get none.
std::uint32_t TimeGrammar::RulesAt(std::size_t i) const {
  const TimeToken& token = t_[i];
  const TimeToken* next = i + 1 < t_.size() ? &t_[i + 1] : nullptr;
  const std::uint32_t cls =
      IsWord(token, "the") ? (next != nullptr ? ClassOf(*next) : 0) : ClassOf(token);
  const bool skip = options_.skip_unmatchable;
  if (cls == 0 || (skip && !PlaceMayGoOn(token, next))) return 0;
  // The rules each class bit (of WordFacts::begins) lets start, worked out once.
  static_assert(sizeof(WordFacts::begins) == 2);
  static const std::array<std::uint32_t, 16> kRulesOfClass = [] {
    std::array<std::uint32_t, 16> of{};
    const std::span<const RuleEntry> all = Rules();
    for (std::size_t r = 0; r < all.size(); ++r) {
      for (std::size_t bit = 0; bit < of.size(); ++bit) {
        if (all[r].classes & (1u << bit)) of[bit] |= std::uint32_t{1} << r;
      }
    }
    return of;
  }();
  std::uint32_t fitting = 0;
  for (std::uint32_t rest = cls; rest != 0; rest &= rest - 1) {
    fitting |= kRulesOfClass[static_cast<std::size_t>(std::countr_zero(rest))];
  }
  if (!skip || !IsPlainCount(token)) return fitting;
  const std::span<const RuleEntry> all = Rules();
  std::uint32_t tried = 0;
  for (std::uint32_t rest = fitting; rest != 0; rest &= rest - 1) {
    const auto r = static_cast<std::size_t>(std::countr_zero(rest));
    if (all[r].after_count == nullptr || all[r].after_count(token, next)) {
      tried |= std::uint32_t{1} << r;
    }
  }
  return tried;
}

std::optional<Value> TimeGrammar::Longest(std::size_t i, std::uint32_t rules) {
  const std::span<const RuleEntry> all = Rules();
  std::optional<Value> best;
  for (std::uint32_t rest = rules; rest != 0; rest &= rest - 1) {
    auto value = (this->*all[static_cast<std::size_t>(std::countr_zero(rest))].rule)(i);
    if (value && (!best || value->next > best->next)) best = value;
  }
  return best;
}

void TimeGrammar::Run(std::vector<std::pair<std::size_t, Value>>* found) {
  found->clear();
  // Every expression has a number or a time word among its first tokens
  // ("the beginning of the following week"): a rule is tried only at a
  // token whose next such word is fewer than kWindow tokens on. The lexer
  // noted where they may be (timeish_at_), so the tokens far from any are
  // never visited.
  constexpr std::size_t kWindow = 6;
  std::size_t i = 0;  // Tokens before it were tried, or are an expression's.
  for (const std::uint32_t at : timeish_at_) {
    if (at < i || at >= t_.size() || !t_[at].timeish) continue;
    // The tokens whose next time word is this one: those after the last
    // one were tried with it, or are too far from it.
    i = std::max<std::size_t>(i, at + 1 >= kWindow ? at + 1 - kWindow : 0);
    while (i <= at) {
      const std::uint32_t rules = t_[i].starts ? RulesAt(i) : 0;
      std::optional<Value> value = rules != 0 ? Longest(i, rules) : std::nullopt;
      if (!value) {
        ++i;
        continue;
      }
      ByTenseYear(*value, i);
      if (!value->ambiguous && !value->impossible) {
        anchor_ = {*value, found_before_ + static_cast<int>(found->size())};
      }
      found->emplace_back(i, *value);
      i = value->next;
    }
  }
}

// A date whose year was left out is the nearest one; the tense of its
// clause moves it a year when it lies more than 30 days the other way: "met
// on December 20" is the last one, "will meet on January 10" the coming
// one. Closer than that the article's date is more likely a few days off
// than the tense wrong; and a weekday written with the date keeps the
// nearest year, which the dates checker compares it with.
void TimeGrammar::ByTenseYear(Value& value, std::size_t first) const {
  if (!value.year_inferred || value.impossible || value.ambiguous || value.stated_weekday ||
      value.resolution != v1::TimeExpression::RESOLUTION_NEAREST ||
      value.grain != v1::TimeExpression::GRAIN_DAY) {
    return;
  }
  const Tense tense = TenseOf(first, value.next);
  int shift = 0;
  if (tense == Tense::kPast && value.begin > today_ + days{30}) shift = -1;
  if (tense == Tense::kFuture && value.end < today_ - days{30}) shift = 1;
  if (tense != Tense::kNone) {
    value.resolution = v1::TimeExpression::RESOLUTION_TENSE;
    value.tense = tense;
  }
  if (shift == 0) return;
  const sys_days begin = Shift(value.begin, Unit::kYear, shift);
  const sys_days end = Shift(value.end, Unit::kYear, shift);
  // February 29 has no such day the year before or after.
  if (year_month_day{begin}.day() != year_month_day{value.begin}.day()) return;
  value.begin = begin;
  value.end = end;
}

std::optional<int> TimeGrammar::YearAt(std::size_t i) const {
  if (i >= t_.size() || t_[i].kind != TimeToken::kNumber || t_[i].ordinal ||
      t_[i].lower.size() != 4) {
    return std::nullopt;
  }
  if (t_[i].value < kFirstYear || t_[i].value > kLastYear) return std::nullopt;
  // "1990s" is a decade, "2,015" a number.
  if (i + 1 < t_.size() && Glued(i + 1) && t_[i + 1].kind == TimeToken::kWord) return std::nullopt;
  if (i > 0 && Glued(i) && (IsWord(t_[i - 1], ",") || IsWord(t_[i - 1], "."))) return std::nullopt;
  return t_[i].value;
}

std::optional<int> TimeGrammar::AnyYearAt(std::size_t i, std::size_t* next) const {
  if (auto y = YearAt(i)) {
    *next = i + 1;
    return y;
  }
  // "'96".
  if (At(i, "'") && i + 1 < t_.size() && Glued(i + 1) && IsNumber(i + 1) &&
      t_[i + 1].lower.size() == 2) {
    *next = i + 2;
    return FullYear(t_[i + 1].value);
  }
  // "two thousand ten", "two thousand and eighteen".
  if (At(i, "two") && At(i + 1, "thousand")) {
    std::size_t k = i + 2;
    if (At(k, "and")) ++k;
    std::size_t after;
    if (auto n = CountAt(k, &after); n && *n >= 1 && *n <= 99 && t_[k].kind == TimeToken::kWord) {
      *next = after;
      return 2000 + *n;
    }
    *next = i + 2;
    return 2000;
  }
  return std::nullopt;
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
      (IsWord(t_[i + 1], ":") || IsWord(t_[i + 1], ".") || IsWord(t_[i + 1], ",")) &&
      i + 2 < t_.size() && Glued(i + 2) && t_[i + 2].kind == TimeToken::kNumber) {
    return std::nullopt;
  }
  return t_[i].value;
}

std::optional<int> TimeGrammar::OrdinalAt(std::size_t i, std::size_t* next) const {
  if (i >= t_.size()) return std::nullopt;
  if (t_[i].kind == TimeToken::kNumber && t_[i].ordinal) {
    *next = i + 1;
    return t_[i].value;
  }
  // "twenty-fourth", "thirty first".
  const int tens = t_[i].number_word;
  if ((tens == 20 || tens == 30) && t_[i].kind == TimeToken::kWord) {
    std::size_t k = i + 1;
    if (At(k, "-") && Glued(k)) ++k;
    if (k < t_.size() && t_[k].ordinal_word >= 1 && t_[k].ordinal_word <= 9) {
      *next = k + 1;
      return tens + t_[k].ordinal_word;
    }
  }
  if (const int ordinal = OrdinalWord(t_[i])) {
    *next = i + 1;
    return ordinal;
  }
  return std::nullopt;
}

std::optional<int> TimeGrammar::CountAt(std::size_t i, std::size_t* next) const {
  if (i >= t_.size()) return std::nullopt;
  const int n = NumberWord(t_[i]);
  if (n < 0) return std::nullopt;
  *next = i + 1;
  // "twenty-four", "forty five".
  if (n >= 20 && n % 10 == 0 && t_[i].kind == TimeToken::kWord) {
    std::size_t k = i + 1;
    if (At(k, "-") && Glued(k)) ++k;
    if (k < t_.size() && t_[k].kind == TimeToken::kWord && t_[k].number_word >= 1 &&
        t_[k].number_word <= 9) {
      *next = k + 1;
      return n + t_[k].number_word;
    }
  }
  return n;
}

std::optional<int> TimeGrammar::MonthAt(std::size_t i, std::size_t* next) const {
  if (i >= t_.size()) return std::nullopt;
  const int full = MonthOf(t_[i], false);
  const int any = full ? full : MonthOf(t_[i], true);
  if (!any) return std::nullopt;
  *next = i + 1;
  if (!full && At(*next, ".")) ++*next;
  return any;
}

std::optional<int> TimeGrammar::OffsetWord(std::size_t i) const {
  if (i >= t_.size() || t_[i].kind != TimeToken::kWord) return std::nullopt;
  const TimeToken& w = t_[i];
  if (IsWord(w, "this") || IsWord(w, "current")) return 0;
  if (IsWord(w, "last") || IsWord(w, "past") || IsWord(w, "previous")) return -1;
  if (IsWord(w, "next") || IsWord(w, "coming") || IsWord(w, "upcoming") || IsWord(w, "following")) {
    return 1;
  }
  return std::nullopt;
}

Tense TimeGrammar::TenseOf(std::size_t first, std::size_t next) const {
  return ClauseTense(t_, first, next);
}

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
  best.resolution = v1::TimeExpression::RESOLUTION_NEAREST;
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

int TimeGrammar::FullYear(int two_digits) const {
  const int now = static_cast<int>(as_of_.year());
  int y = now / 100 * 100 + two_digits;
  if (y > now + 19) y -= 100;
  if (y < now - 80) y += 100;
  return y;
}

}  // namespace factcheck::tagger
