#include "base/iso_date.h"

#include <cctype>
#include <cstdio>

namespace factcheck {
namespace {

std::optional<int> Digits(std::string_view text, std::size_t pos, std::size_t count) {
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

std::optional<std::chrono::year_month_day> ParseIsoDate(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  // Anything after the date must be a time part.
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  auto year = Digits(text, 0, 4);
  auto month = Digits(text, 5, 2);
  auto day = Digits(text, 8, 2);
  if (!year || !month || !day) return std::nullopt;
  std::chrono::year_month_day date{std::chrono::year{*year},
                                   std::chrono::month{static_cast<unsigned>(*month)},
                                   std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::optional<std::chrono::year_month_day> ParseExactIsoDate(std::string_view text) {
  if (text.size() != 10) return std::nullopt;
  return ParseIsoDate(text);
}

std::string FormatIsoDate(std::chrono::year_month_day date) {
  const int year = static_cast<int>(date.year());
  if (year < 0 || year > 9999) {  // Rare: let printf write the sign and digits.
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year,
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
  }
  // By hand: the tagger formats two dates per expression, and printf was a
  // few percent of building a document.
  const auto month = static_cast<unsigned>(date.month());
  const auto day = static_cast<unsigned>(date.day());
  const char text[10] = {static_cast<char>('0' + year / 1000),
                         static_cast<char>('0' + year / 100 % 10),
                         static_cast<char>('0' + year / 10 % 10),
                         static_cast<char>('0' + year % 10),
                         '-',
                         static_cast<char>('0' + month / 10 % 10),
                         static_cast<char>('0' + month % 10),
                         '-',
                         static_cast<char>('0' + day / 10 % 10),
                         static_cast<char>('0' + day % 10)};
  return std::string(text, sizeof text);
}

std::chrono::year_month_day TodayUtc() {
  return std::chrono::year_month_day{
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

}  // namespace factcheck
