#include "common/partial_date.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <iterator>

namespace factcheck {
namespace {

using namespace std::chrono;

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// The value of a few digits (AllDigits).
int DigitsValue(std::string_view digits) {
  int value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

constexpr std::string_view kMonthNames[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The length of the YYYY-MM-DD or YYYY-MM at `at` (0: none), and its words.
std::size_t SpelledDateAt(std::string_view text, std::size_t at, std::string* words) {
  if (at > 0 && (IsAlnum(text[at - 1]) || text[at - 1] == '-')) return 0;
  for (const std::size_t length : {std::size_t{10}, std::size_t{7}}) {
    if (at + length > text.size()) continue;
    const std::size_t after = at + length;
    if (after < text.size() && (IsAlnum(text[after]) || text[after] == '-')) continue;
    const auto date = ParsePartialDate(text.substr(at, length));
    if (!date) continue;
    if (length == 10) {
      *words = DayInWords(date->first);
    } else {
      const year_month_day ymd{date->first};
      *words = std::string(MonthName(static_cast<unsigned>(ymd.month()))) + " " +
               std::to_string(static_cast<int>(ymd.year()));
    }
    return length;
  }
  return 0;
}

}  // namespace

std::string_view MonthName(unsigned month) {
  return month >= 1 && month <= 12 ? kMonthNames[month - 1] : std::string_view();
}

std::string DayInWords(Days day) {
  // In one string, without a string a part: a finding's message spells its
  // dates out, a few to a finding.
  const year_month_day ymd{day};
  char digits[16];
  std::string words;
  words.reserve(24);
  auto append_number = [&](int number) {
    const auto end = std::to_chars(std::begin(digits), std::end(digits), number).ptr;
    words.append(digits, end);
  };
  append_number(static_cast<int>(static_cast<unsigned>(ymd.day())));
  words += ' ';
  words += MonthName(static_cast<unsigned>(ymd.month()));
  words += ' ';
  append_number(static_cast<int>(ymd.year()));
  return words;
}

std::string SpelledDates(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  std::string words;
  for (std::size_t i = 0; i < text.size();) {
    if (IsDigit(text[i])) {
      if (const std::size_t length = SpelledDateAt(text, i, &words); length > 0) {
        // "on 2005-05" is "in May 2005".
        if (length == 7 && (out == "on " || out.ends_with(" on "))) {
          out.replace(out.size() - 3, 2, "in");
        }
        out += words;
        i += length;
        continue;
      }
    }
    // Copied in one piece: a number that is no date, past its last digit so
    // that its tail is never read as one, or the text up to the next digit.
    const auto from = text.begin() + static_cast<std::ptrdiff_t>(i);
    const auto run_end = IsDigit(text[i]) ? std::find_if_not(from, text.end(), IsDigit)
                                          : std::find_if(from, text.end(), IsDigit);
    const auto next = static_cast<std::size_t>(run_end - text.begin());
    out.append(text, i, next - i);
    i = next;
  }
  return out;
}

std::optional<PartialDate> ParsePartialDate(std::string_view text) {
  PartialDate date;
  if (text.size() < 4 || !AllDigits(text.substr(0, 4))) return std::nullopt;
  const year y{DigitsValue(text.substr(0, 4))};
  if (text.size() == 4) {
    date.first = sys_days{y / January / 1};
    date.last = sys_days{y / December / 31};
    return date;
  }
  if (text.size() < 7 || text[4] != '-' || !AllDigits(text.substr(5, 2))) return std::nullopt;
  const month m{static_cast<unsigned>(DigitsValue(text.substr(5, 2)))};
  if (!m.ok()) return std::nullopt;
  if (text.size() == 7) {
    date.first = sys_days{y / m / 1};
    date.last = sys_days{y / m / last};
    return date;
  }
  // A day: as ParseDay reads it.
  const std::optional<Days> one_day = ParseDay(text);
  if (!one_day) return std::nullopt;
  date.first = date.last = *one_day;
  return date;
}

std::string FormatDay(Days d) {
  const year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  const auto m = static_cast<unsigned>(ymd.month());
  const auto day = static_cast<unsigned>(ymd.day());
  if (y < 0 || y > 9999) {  // Rare: let printf write the sign and digits.
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", y, m, day);
    return buffer;
  }
  // Each number's digits written in place, from the last: printf took most
  // of the time of a finding's dates.
  std::string text = "0000-00-00";
  const auto put = [&text](std::size_t last, unsigned value, int count) {
    for (int k = 0; k < count; ++k, value /= 10)
      text[last - k] = static_cast<char>('0' + value % 10);
  };
  put(3, static_cast<unsigned>(y), 4);
  put(6, m, 2);
  put(9, day, 2);
  return text;
}

std::string PartialDate::text() const {
  const std::string day = FormatDay(first);
  if (first == last) return day;
  const year_month_day start{first};
  return year_month_day{last}.month() == start.month() ? day.substr(0, 7) : day.substr(0, 4);
}

std::optional<Days> ParseDay(std::string_view text) {
  // Read in place: every checker reads each article's date and each time
  // expression's this way, and reading its parts as a year and a month
  // first took five times as long.
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int digits[8];
  for (int i = 0, at = 0; at < 10; ++at) {
    if (at == 4 || at == 7) continue;
    if (text[at] < '0' || text[at] > '9') return std::nullopt;
    digits[i++] = text[at] - '0';
  }
  const year_month_day ymd{year{digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]},
                           month{static_cast<unsigned>(digits[4] * 10 + digits[5])},
                           day{static_cast<unsigned>(digits[6] * 10 + digits[7])}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

}  // namespace factcheck
