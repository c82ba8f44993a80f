#include "document/time_tagger.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <string>
#include <unordered_map>

#include "base/iso_date.h"

namespace factcheck {
namespace {

using namespace std::chrono;
using Grain = v1::TimeExpression::Grain;

struct Tok {
  enum Kind { kWord, kNumber, kPunct };
  Kind kind;
  std::uint32_t begin;
  std::uint32_t end;
  std::string lower;  // Lower-case word, digits, or the punctuation character.
  bool capitalized = false;
  bool ordinal = false;      // "9th".
  bool space_before = true;  // White space (or a gap in the prose) before it.
  int value = 0;             // Numbers.
  // What the word is, looked up once when it is read (see WordInfo).
  std::int8_t month = 0;         // 1..12 for a full month name.
  std::int8_t month_abbr = 0;    // 1..12 for "Jan", "Sept", ...
  std::int8_t weekday = 0;       // 1..7 for a full weekday name.
  std::int8_t weekday_abbr = 0;  // 1..7 for "Mon", "Tues", ...
  std::int8_t number_word = -1;  // "a", "one" .. "twenty", "thirty".
  std::int8_t ordinal_word = 0;  // "first" .. "twentieth", "thirtieth".
  std::int8_t unit = 0;          // A Unit.
  bool starts = false;           // May start a time expression.
};

// What a lower-case word means to the tagger.
struct WordInfo {
  std::int8_t month = 0, month_abbr = 0, weekday = 0, weekday_abbr = 0;
  std::int8_t number_word = -1, ordinal_word = 0, unit = 0;
  bool starts = false;
};

// For each first letter a-z, a bit per length (< 32) of the words in Words():
// most words of a text fail this test and are never hashed.
std::uint32_t g_word_shapes[26];

const std::unordered_map<std::string, WordInfo>& Words() {
  static const auto* words = [] {
    auto* map = new std::unordered_map<std::string, WordInfo>();
    static constexpr std::array<std::string_view, 12> kMonthNames = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    static constexpr std::array<std::string_view, 7> kDayNames = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int m = 0; m < 12; ++m) {
      (*map)[std::string(kMonthNames[m])].month = static_cast<std::int8_t>(m + 1);
      auto& abbr = (*map)[std::string(kMonthNames[m].substr(0, 3))];
      if (!abbr.month) abbr.month_abbr = static_cast<std::int8_t>(m + 1);
    }
    (*map)["sept"].month_abbr = 9;
    for (int d = 0; d < 7; ++d) {
      (*map)[std::string(kDayNames[d])].weekday = static_cast<std::int8_t>(d + 1);
      (*map)[std::string(kDayNames[d].substr(0, 3))].weekday_abbr = static_cast<std::int8_t>(d + 1);
    }
    for (auto [abbr, d] : {std::pair{"tues", 2}, {"thur", 4}, {"thurs", 4}}) {
      (*map)[abbr].weekday_abbr = static_cast<std::int8_t>(d);
    }
    static constexpr std::array<std::string_view, 21> kNumbers = {
        "zero",     "one",     "two",     "three",     "four",     "five",     "six",
        "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (int n = 0; n < 21; ++n)
      (*map)[std::string(kNumbers[n])].number_word = static_cast<std::int8_t>(n);
    (*map)["thirty"].number_word = 30;
    (*map)["a"].number_word = 1;
    (*map)["an"].number_word = 1;
    static constexpr std::array<std::string_view, 21> kOrdinals = {
        "",           "first",      "second",     "third",     "fourth",    "fifth",
        "sixth",      "seventh",    "eighth",     "ninth",     "tenth",     "eleventh",
        "twelfth",    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth"};
    for (int n = 1; n < 21; ++n)
      (*map)[std::string(kOrdinals[n])].ordinal_word = static_cast<std::int8_t>(n);
    (*map)["thirtieth"].ordinal_word = 30;
    for (auto [word, unit] : {std::pair{"day", 1},
                              {"days", 1},
                              {"week", 2},
                              {"weeks", 2},
                              {"fortnight", 3},
                              {"month", 4},
                              {"months", 4},
                              {"year", 5},
                              {"years", 5},
                              {"yr", 5},
                              {"yrs", 5},
                              {"decade", 6},
                              {"decades", 6}}) {
      (*map)[word].unit = static_cast<std::int8_t>(unit);
    }
    for (const char* word :
         {"today",    "tonight",   "yesterday", "tomorrow", "the",      "earlier", "later",
          "this",     "current",   "last",      "past",     "previous", "next",    "coming",
          "upcoming", "following", "from",      "between",  "in",       "on"}) {
      (*map)[word].starts = true;
    }
    for (auto& [word, info] : *map) {
      info.starts = info.starts || info.month || info.month_abbr || info.weekday ||
                    info.weekday_abbr || info.number_word >= 0 || info.ordinal_word;
      if (word.size() < 32) g_word_shapes[word[0] - 'a'] |= 1u << word.size();
    }
    return map;
  }();
  return *words;
}

bool IsLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

std::vector<Tok> Lex(std::string_view text, const v1::Sentence& sentence) {
  Words();  // Builds the table and g_word_shapes once.
  std::vector<Tok> tokens;
  tokens.reserve((sentence.span().end() - sentence.span().begin()) / 5 + 4);
  for (const auto& segment : sentence.segments()) {
    const std::size_t end = std::min<std::size_t>(segment.end(), text.size());
    bool space = true;
    for (std::size_t i = segment.begin(); i < end;) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        space = true;
        ++i;
        continue;
      }
      Tok tok;
      tok.begin = static_cast<std::uint32_t>(i);
      tok.space_before = space;
      space = false;
      if (IsDigit(c)) {
        tok.kind = Tok::kNumber;
        while (i < end && IsDigit(static_cast<unsigned char>(text[i]))) ++i;
        tok.lower = std::string(text.substr(tok.begin, i - tok.begin));
        tok.value = tok.lower.size() <= 6 ? std::stoi(tok.lower) : -1;
        // "9th", "1st", "22nd", "3rd".
        if (i + 1 < end) {
          std::string suffix{static_cast<char>(text[i] | 0x20),
                             static_cast<char>(text[i + 1] | 0x20)};
          if ((suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") &&
              (i + 2 >= end || !IsLetter(static_cast<unsigned char>(text[i + 2])))) {
            tok.ordinal = true;
            i += 2;
          }
        }
      } else if (IsLetter(c) || c >= 0x80) {
        tok.kind = Tok::kWord;
        tok.capitalized = c >= 'A' && c <= 'Z';
        while (i < end && (IsLetter(static_cast<unsigned char>(text[i])) ||
                           static_cast<unsigned char>(text[i]) >= 0x80)) {
          tok.lower.push_back(static_cast<unsigned char>(text[i]) < 0x80
                                  ? static_cast<char>(text[i] | 0x20)
                                  : text[i]);
          ++i;
        }
      } else {
        tok.kind = Tok::kPunct;
        tok.lower = std::string(1, static_cast<char>(c));
        ++i;
      }
      tok.end = static_cast<std::uint32_t>(i);
      if (tok.kind == Tok::kWord && tok.lower.size() < 32 && tok.lower[0] >= 'a' &&
          tok.lower[0] <= 'z' && (g_word_shapes[tok.lower[0] - 'a'] & (1u << tok.lower.size()))) {
        const auto& words = Words();
        if (auto it = words.find(tok.lower); it != words.end()) {
          const WordInfo& info = it->second;
          tok.month = info.month;
          tok.month_abbr = info.month_abbr;
          tok.weekday = info.weekday;
          tok.weekday_abbr = info.weekday_abbr;
          tok.number_word = info.number_word;
          tok.ordinal_word = info.ordinal_word;
          tok.unit = info.unit;
          tok.starts = info.starts;
        }
      } else if (tok.kind == Tok::kNumber) {
        tok.starts = true;
      }
      tokens.push_back(std::move(tok));
    }
  }
  return tokens;
}

// 1..12, or 0. Abbreviations ("Feb", "Sept") count only when `abbreviations`.
int MonthOf(const Tok& tok, bool abbreviations) {
  return tok.month ? tok.month : (abbreviations ? tok.month_abbr : 0);
}

// 1 (Monday) .. 7, or 0.
int WeekdayOf(const Tok& tok, bool abbreviations) {
  return tok.weekday ? tok.weekday : (abbreviations ? tok.weekday_abbr : 0);
}

int OrdinalWord(const Tok& tok) { return tok.ordinal_word; }

int NumberWord(const Tok& tok) {
  if (tok.kind == Tok::kNumber && !tok.ordinal) return tok.value;
  return tok.number_word;
}

enum class Unit { kNone, kDay, kWeek, kFortnight, kMonth, kYear, kDecade };
Unit UnitOf(const Tok& tok) { return static_cast<Unit>(tok.unit); }

struct Value {
  sys_days begin;
  sys_days end;
  Grain grain;
  std::size_t next = 0;  // Token after the expression.
  bool relative = false;
  bool range = false;
  bool year_inferred = false;
  bool impossible = false;
  int stated_weekday = 0;
};

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

class Tagger {
 public:
  Tagger(const std::vector<Tok>& tokens, year_month_day as_of)
      : t_(tokens), as_of_(as_of), today_(sys_days{as_of}) {}

  std::vector<std::pair<std::size_t, Value>> Run() {
    std::vector<std::pair<std::size_t, Value>> found;
    for (std::size_t i = 0; i < t_.size();) {
      if (!t_[i].starts) {
        ++i;
        continue;
      }
      std::optional<Value> value;
      for (auto parse :
           {&Tagger::Range, &Tagger::FullDate, &Tagger::Relative, &Tagger::WeekdayAlone,
            &Tagger::DayOfMonth, &Tagger::YearOrDecade, &Tagger::MonthAlone}) {
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

 private:
  bool At(std::size_t i, std::string_view word) const {
    return i < t_.size() && t_[i].kind != Tok::kNumber && t_[i].lower == word;
  }
  bool Glued(std::size_t i) const { return i < t_.size() && !t_[i].space_before; }

  std::optional<int> YearAt(std::size_t i) const {
    if (i >= t_.size() || t_[i].kind != Tok::kNumber || t_[i].ordinal || t_[i].lower.size() != 4) {
      return std::nullopt;
    }
    if (t_[i].value < 1000 || t_[i].value > 2999) return std::nullopt;
    // "1990s" is a decade, "2,015" a number.
    if (i + 1 < t_.size() && Glued(i + 1) && t_[i + 1].kind == Tok::kWord) return std::nullopt;
    if (i > 0 && Glued(i) && (t_[i - 1].lower == "," || t_[i - 1].lower == "."))
      return std::nullopt;
    return t_[i].value;
  }

  std::optional<int> DayAt(std::size_t i) const {
    if (i < t_.size()) {
      if (const int ordinal = OrdinalWord(t_[i])) return ordinal;
    }
    if (i >= t_.size() || t_[i].kind != Tok::kNumber || t_[i].lower.size() > 2) return std::nullopt;
    if (t_[i].value < 1 || t_[i].value > 31) return std::nullopt;
    // "9:30" is a time, "9.5" and "9,000" numbers.
    if (i + 1 < t_.size() && Glued(i + 1) &&
        (t_[i + 1].lower == ":" || t_[i + 1].lower == "." || t_[i + 1].lower == ",") &&
        i + 2 < t_.size() && Glued(i + 2) && t_[i + 2].kind == Tok::kNumber) {
      return std::nullopt;
    }
    return t_[i].value;
  }

  // A month name, with the period of an abbreviation skipped.
  std::optional<int> MonthAt(std::size_t i, std::size_t* next) const {
    if (i >= t_.size()) return std::nullopt;
    const int full = MonthOf(t_[i], false);
    const int any = full ? full : MonthOf(t_[i], true);
    if (!any) return std::nullopt;
    *next = i + 1;
    if (!full && At(*next, ".")) ++*next;
    return any;
  }

  // The date of day/month in the year nearest to as_of.
  Value Nearest(unsigned m, unsigned d) const {
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

  Value Dated(int y, unsigned m, unsigned d) const {
    const year_month_day ymd{year{y}, month{m}, day{d}};
    if (!ymd.ok()) {
      Value v{};
      v.grain = v1::TimeExpression::GRAIN_DAY;
      v.impossible = true;
      return v;
    }
    return Day(sys_days{ymd});
  }

  // A date: "March 9, 2005", "Mar. 9", "9 March 2005", "the 9th of March",
  // "2005-03-09", "3/9/2005", "May 2010"; with a weekday before it
  // ("Tuesday, March 9, 2005") or after it in parentheses ("March 9
  // (Tuesday)").
  std::optional<Value> FullDate(std::size_t i) {
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

  std::optional<Value> DateAt(std::size_t i) {
    if (i >= t_.size()) return std::nullopt;
    std::size_t j;
    // ISO: 2005-03-09 and 2014-10.
    if (auto y = YearAt(i); y && At(i + 1, "-") && Glued(i + 1) && Glued(i + 2) &&
                            i + 2 < t_.size() && t_[i + 2].kind == Tok::kNumber) {
      const int m = t_[i + 2].value;
      if (At(i + 3, "-") && Glued(i + 3) && Glued(i + 4) && i + 4 < t_.size() &&
          t_[i + 4].kind == Tok::kNumber && m >= 1 && m <= 12) {
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
  std::optional<Value> Range(std::size_t i) {
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
  std::optional<Value> Simple(std::size_t i) {
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

  std::optional<Value> Relative(std::size_t i) {
    const std::string& w = t_[i].lower;
    if (t_[i].kind != Tok::kWord) {
      return Counted(i);
    }
    auto relative = [&](Value v, std::size_t next) {
      v.relative = true;
      v.next = next;
      return v;
    };
    if (w == "today" || w == "tonight") return relative(Day(today_), i + 1);
    if (w == "yesterday") return relative(Day(today_ - days{1}), i + 1);
    if (w == "tomorrow") return relative(Day(today_ + days{1}), i + 1);
    if (w == "the" && At(i + 1, "day") && At(i + 3, "yesterday") && At(i + 2, "before")) {
      return relative(Day(today_ - days{2}), i + 4);
    }
    if (w == "the" && At(i + 1, "day") && At(i + 3, "tomorrow") && At(i + 2, "after")) {
      return relative(Day(today_ + days{2}), i + 4);
    }
    // "earlier this year", "later this month".
    if ((w == "earlier" || w == "later") && At(i + 1, "this")) {
      if (auto period = ThisUnit(UnitOf(t_[i + 2]), 0)) {
        Value v = *period;
        if (w == "earlier")
          v.end = today_;
        else
          v.begin = today_;
        return relative(v, i + 3);
      }
    }
    // "this week", "last month", "next year", "the following week".
    std::size_t k = i;
    if (w == "the" && (At(i + 1, "following") || At(i + 1, "previous") || At(i + 1, "past"))) ++k;
    const std::string& which = t_[k].lower;
    int offset = 99;
    if (which == "this" || which == "current") offset = 0;
    if (which == "last" || which == "past" || which == "previous") offset = -1;
    if (which == "next" || which == "coming" || which == "upcoming" || which == "following")
      offset = 1;
    if (offset != 99 && k + 1 < t_.size()) {
      if (auto period = ThisUnit(UnitOf(t_[k + 1]), offset)) return relative(*period, k + 2);
      if (const int wd = WeekdayOf(t_[k + 1], false)) {
        // "last Tuesday": the one before today; "this Tuesday": the coming
        // one; "next Tuesday": the one in next week (Monday to Sunday).
        if (offset < 0) return relative(Day(Previous(wd)), k + 2);
        if (offset == 0) return relative(Day(Following(wd)), k + 2);
        return relative(Day(WeekOf(today_ + days{7}).begin + days{wd - 1}), k + 2);
      }
      if (const int m = MonthOf(t_[k + 1], false)) {
        // "next March": the next one after this month; "last March" the one before.
        year y = as_of_.year();
        const unsigned now = static_cast<unsigned>(as_of_.month());
        if (offset > 0 && static_cast<unsigned>(m) <= now) y += years{1};
        if (offset < 0 && static_cast<unsigned>(m) >= now) y -= years{1};
        Value v = MonthPeriod(y, month{static_cast<unsigned>(m)});
        return relative(v, k + 2);
      }
    }
    return Counted(i);
  }

  // "two weeks ago", "a decade ago", "in three years", "3 Fridays from now",
  // "upcoming two weeks".
  std::optional<Value> Counted(std::size_t i) {
    if (auto v = Upcoming(i)) return v;
    if (auto v = CountedWeekdays(i)) return v;
    std::size_t k = i;
    const bool ahead = At(k, "in");
    if (ahead) ++k;
    if (k + 1 >= t_.size()) return std::nullopt;
    const int n = NumberWord(t_[k]);
    if (n < 0 || n > 1000) return std::nullopt;
    const Unit unit = UnitOf(t_[k + 1]);
    if (unit == Unit::kNone) return std::nullopt;
    std::size_t after = k + 2;
    bool forward = ahead;
    if (!ahead) {
      if (At(after, "ago")) {
        after += 1;
      } else if (At(after, "hence")) {
        forward = true;
        after += 1;
      } else if (At(after, "from") && (At(after + 1, "now") || At(after + 1, "today"))) {
        forward = true;
        after += 2;
      } else {
        return std::nullopt;
      }
    }
    const int sign = forward ? 1 : -1;
    const year_month_day ymd = as_of_;
    Value v{};
    switch (unit) {
      case Unit::kDay:
        v = Day(today_ + days{sign * n});
        break;
      case Unit::kWeek:
        v = Day(today_ + days{sign * 7 * n});
        break;
      case Unit::kFortnight:
        v = Day(today_ + days{sign * 14 * n});
        break;
      case Unit::kMonth: {
        year_month_day moved = ymd + months{sign * n};
        if (!moved.ok()) moved = moved.year() / moved.month() / last;
        v = Day(sys_days{moved});
        break;
      }
      case Unit::kYear: {
        year_month_day moved = ymd + years{sign * n};
        if (!moved.ok()) moved = moved.year() / moved.month() / last;
        v = Day(sys_days{moved});
        break;
      }
      case Unit::kDecade:
        v = YearPeriod(ymd.year() + years{sign * 10 * n});
        break;
      case Unit::kNone:
        return std::nullopt;
    }
    v.relative = true;
    v.next = ahead ? k + 2 : after;
    return v;
  }

  // "upcoming two weeks", "2 upcoming months": the period that many ahead.
  std::optional<Value> Upcoming(std::size_t i) {
    std::size_t k = i;
    int n = -1;
    if (At(k, "upcoming") && k + 2 < t_.size()) {
      n = NumberWord(t_[k + 1]);
      k += 2;
    } else if (k + 2 < t_.size() && At(k + 1, "upcoming")) {
      n = NumberWord(t_[k]);
      k += 2;
    }
    if (n < 1 || n > 100 || k >= t_.size()) return std::nullopt;
    auto period = ThisUnit(UnitOf(t_[k]), n);
    if (!period) return std::nullopt;
    period->relative = true;
    period->next = k + 1;
    return period;
  }

  // "3 Fridays from now", "2 Thursdays ago".
  std::optional<Value> CountedWeekdays(std::size_t i) {
    if (i + 2 >= t_.size()) return std::nullopt;
    const int n = NumberWord(t_[i]);
    if (n < 1 || n > 52 || t_[i + 1].lower.empty() || t_[i + 1].lower.back() != 's') {
      return std::nullopt;
    }
    const auto& words = Words();
    auto singular = words.find(t_[i + 1].lower.substr(0, t_[i + 1].lower.size() - 1));
    const int wd = singular == words.end() ? 0 : singular->second.weekday;
    if (!wd) return std::nullopt;
    std::size_t next;
    sys_days d;
    if (At(i + 2, "from") && At(i + 3, "now")) {
      d = Following(wd) + days{7 * (n - 1)};
      next = i + 4;
    } else if (At(i + 2, "ago") || At(i + 2, "back")) {
      d = Previous(wd) - days{7 * (n - 1)};
      next = i + 3;
    } else {
      return std::nullopt;
    }
    Value v = Day(d);
    v.relative = true;
    v.next = next;
    return v;
  }

  std::optional<Value> ThisUnit(Unit unit, int offset) const {
    switch (unit) {
      case Unit::kDay:
        return Day(today_ + days{offset});
      case Unit::kWeek:
        return WeekOf(today_ + days{7 * offset});
      case Unit::kMonth: {
        const year_month ym = year_month{as_of_.year(), as_of_.month()} + months{offset};
        return MonthPeriod(ym.year(), ym.month());
      }
      case Unit::kYear:
        return YearPeriod(as_of_.year() + years{offset});
      case Unit::kDecade: {
        const int first = static_cast<int>(as_of_.year()) / 10 * 10 + 10 * offset;
        Value v = YearPeriod(year{first});
        v.end = YearPeriod(year{first + 9}).end;
        v.grain = v1::TimeExpression::GRAIN_DECADE;
        return v;
      }
      default:
        return std::nullopt;
    }
  }

  sys_days Previous(int wd) const {
    sys_days d = today_ - days{1};
    while (weekday{d}.iso_encoding() != static_cast<unsigned>(wd)) d -= days{1};
    return d;
  }
  sys_days Following(int wd) const {
    sys_days d = today_ + days{1};
    while (weekday{d}.iso_encoding() != static_cast<unsigned>(wd)) d += days{1};
    return d;
  }

  // "on Tuesday", "Tuesday": news speaks of the nearest one, past or coming.
  std::optional<Value> WeekdayAlone(std::size_t i) {
    std::size_t k = i;
    if (At(k, "on")) ++k;
    if (k >= t_.size()) return std::nullopt;
    int wd = WeekdayOf(t_[k], false);
    std::size_t after = k + 1;
    // Abbreviations, but not the ones that are also words ("sat", "sun",
    // "wed") unless a period or a capital marks them.
    const bool word_like = t_[k].lower == "sun" || t_[k].lower == "sat" || t_[k].lower == "wed";
    if (!wd && (!word_like || At(k + 1, ".") || t_[k].capitalized)) {
      wd = WeekdayOf(t_[k], true);  // "Thu", "fri."
      if (wd && At(k + 1, ".")) after = k + 2;
    }
    if (!wd) return std::nullopt;
    // "on Tuesday, March 9, 2005": the date, with its weekday.
    if (k > i) {
      if (auto date = FullDate(k)) return date;
    }
    // "Wednesday of next week", "Monday this week".
    {
      std::size_t l = after;
      if (At(l, "of")) ++l;
      int offset = 99;
      if (At(l, "this")) offset = 0;
      if (At(l, "next")) offset = 1;
      if (At(l, "last")) offset = -1;
      if (offset != 99 && l + 1 < t_.size() && UnitOf(t_[l + 1]) == Unit::kWeek) {
        const Value week = WeekOf(today_ + days{7 * offset});
        Value v = Day(week.begin + days{wd - 1});
        v.relative = true;
        v.next = l + 2;
        return v;
      }
    }
    // "Tuesday the 19th", "Thu 15th": the next such day that is that weekday.
    {
      std::size_t l = after;
      if (At(l, "the")) ++l;
      if (l < t_.size() && (t_[l].ordinal || OrdinalWord(t_[l]))) {
        const int d = t_[l].ordinal ? t_[l].value : OrdinalWord(t_[l]);
        year_month ym{as_of_.year(), as_of_.month()};
        for (int step = 0; step < 28 && d >= 1 && d <= 31; ++step, ym += months{1}) {
          const year_month_day ymd{ym.year(), ym.month(), day{static_cast<unsigned>(d)}};
          if (ymd.ok() && sys_days{ymd} >= today_ &&
              weekday{sys_days{ymd}}.iso_encoding() == static_cast<unsigned>(wd)) {
            Value v = Day(sys_days{ymd});
            v.relative = true;
            v.next = l + 1;
            return v;
          }
        }
      }
    }
    // "on Tuesday (March 9)": the date in parentheses, with the weekday.
    if (At(k + 1, "(")) {
      if (auto date = DateAt(k + 2); date && At(date->next, ")")) {
        date->stated_weekday = wd;
        date->next += 1;
        return date;
      }
    }
    sys_days day_meant = today_;
    if (weekday{today_}.iso_encoding() != static_cast<unsigned>(wd)) {
      const sys_days before = Previous(wd), after = Following(wd);
      day_meant = (today_ - before) <= (after - today_) ? before : after;
    }
    Value v = Day(day_meant);
    v.relative = true;
    v.next = after;
    return v;
  }

  // "on the 15th", "the first": the next day of that number, today included.
  std::optional<Value> DayOfMonth(std::size_t i) {
    std::size_t k = i;
    if (At(k, "on")) ++k;
    if (!At(k, "the") || k + 1 >= t_.size()) return std::nullopt;
    const Tok& tok = t_[k + 1];
    const int d = tok.ordinal ? tok.value : OrdinalWord(tok);
    if (d < 1 || d > 31) return std::nullopt;
    // Not "the first time", "the 3rd quarter".
    if (k + 2 < t_.size() && t_[k + 2].kind == Tok::kWord) return std::nullopt;
    year_month ym{as_of_.year(), as_of_.month()};
    for (int step = 0; step < 3; ++step, ym += months{1}) {
      const year_month_day ymd{ym.year(), ym.month(), day{static_cast<unsigned>(d)}};
      if (ymd.ok() && sys_days{ymd} >= today_) {
        Value v = Day(sys_days{ymd});
        v.relative = v.year_inferred = true;
        v.next = k + 2;
        return v;
      }
    }
    return std::nullopt;
  }

  // "in 2015", "the 2015 deal", "since 1990", "the 1990s".
  std::optional<Value> YearOrDecade(std::size_t i) {
    std::size_t k = i;
    if (At(k, "the")) ++k;
    if (k < t_.size() && t_[k].kind == Tok::kNumber && t_[k].lower.size() == 4 &&
        t_[k].value % 10 == 0 && At(k + 1, "s") && Glued(k + 1)) {
      Value v = YearPeriod(year{t_[k].value});
      v.end = YearPeriod(year{t_[k].value + 9}).end;
      v.grain = v1::TimeExpression::GRAIN_DECADE;
      v.next = k + 2;
      return v;
    }
    auto y = YearAt(i);
    // A year alone is a plausible one ("the 2400 mark" is not).
    if (!y || *y < 1700 || *y > 2199) return std::nullopt;
    static constexpr std::array<std::string_view, 18> kBefore = {
        "in", "since",   "by", "during", "until", "till",  "before", "after", "from",
        "to", "through", "of", "and",    "the",   "early", "late",   "mid",   "circa"};
    const bool context =
        i > 0 && t_[i - 1].kind == Tok::kWord &&
        std::find(kBefore.begin(), kBefore.end(), t_[i - 1].lower) != kBefore.end();
    const bool alone = i + 1 >= t_.size() || t_[i + 1].kind == Tok::kPunct;
    if (!context && !(i == 0 && alone)) return std::nullopt;
    Value v = YearPeriod(year{*y});
    v.next = i + 1;
    return v;
  }

  // "in March", "since May": the month in as_of's year.
  std::optional<Value> MonthAlone(std::size_t i) {
    if (!t_[i].capitalized) return std::nullopt;
    const int m = MonthOf(t_[i], false);
    if (!m) return std::nullopt;
    static constexpr std::array<std::string_view, 10> kBefore = {
        "in", "since", "by", "during", "until", "before", "after", "early", "late", "mid"};
    if (i == 0 || t_[i - 1].kind != Tok::kWord ||
        std::find(kBefore.begin(), kBefore.end(), t_[i - 1].lower) == kBefore.end()) {
      return std::nullopt;
    }
    Value v = MonthPeriod(as_of_.year(), month{static_cast<unsigned>(m)});
    v.year_inferred = v.relative = true;
    v.next = i + 1;
    return v;
  }

  const std::vector<Tok>& t_;
  year_month_day as_of_;
  sys_days today_;
};

void AddAll(std::string_view text, const std::vector<Tok>& tokens, year_month_day as_of,
            std::uint32_t sentence, google::protobuf::RepeatedPtrField<v1::TimeExpression>* out) {
  for (const auto& [first, value] : Tagger(tokens, as_of).Run()) {
    v1::TimeExpression* e = out->Add();
    // A leading "on" ("on Tuesday") is not part of the expression.
    const std::size_t start =
        tokens[first].lower == "on" && first + 1 < value.next ? first + 1 : first;
    const std::uint32_t begin = tokens[start].begin;
    const std::uint32_t end = tokens[value.next - 1].end;
    e->mutable_span()->set_begin(begin);
    e->mutable_span()->set_end(end);
    e->set_text(std::string(text.substr(begin, end - begin)));
    e->set_grain(value.grain);
    if (!value.impossible) {
      e->set_begin(FormatIsoDate(year_month_day{value.begin}));
      e->set_end(FormatIsoDate(year_month_day{value.end}));
    }
    e->set_relative(value.relative);
    e->set_range(value.range);
    e->set_sentence(sentence);
    e->set_stated_weekday(static_cast<std::uint32_t>(value.stated_weekday));
    e->set_year_inferred(value.year_inferred);
    e->set_impossible(value.impossible);
  }
}

}  // namespace

void TagTimeExpressions(v1::Document* document) {
  const auto as_of = ParseIsoDate(document->as_of());
  if (!as_of) return;
  document->clear_time_expressions();
  for (int s = 0; s < document->sentences_size(); ++s) {
    const auto tokens = Lex(document->text(), document->sentences(s));
    AddAll(document->text(), tokens, *as_of, static_cast<std::uint32_t>(s),
           document->mutable_time_expressions());
  }
}

std::vector<v1::TimeExpression> TagText(std::string_view text, year_month_day as_of) {
  v1::Sentence whole;
  auto* segment = whole.add_segments();
  segment->set_begin(0);
  segment->set_end(static_cast<std::uint32_t>(text.size()));
  google::protobuf::RepeatedPtrField<v1::TimeExpression> out;
  AddAll(text, Lex(text, whole), as_of, 0, &out);
  return {out.begin(), out.end()};
}

}  // namespace factcheck
