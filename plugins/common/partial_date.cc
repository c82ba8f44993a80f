#include "common/partial_date.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace factcheck {
namespace {

using namespace std::chrono;

bool AllDigits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

}  // namespace

std::optional<PartialDate> ParsePartialDate(std::string_view text) {
  PartialDate date;
  date.text = std::string(text);
  if (text.size() < 4 || !AllDigits(text.substr(0, 4))) return std::nullopt;
  const year y{std::stoi(std::string(text.substr(0, 4)))};
  if (text.size() == 4) {
    date.first = sys_days{y / January / 1};
    date.last = sys_days{y / December / 31};
    return date;
  }
  if (text.size() < 7 || text[4] != '-' || !AllDigits(text.substr(5, 2))) return std::nullopt;
  const month m{static_cast<unsigned>(std::stoi(std::string(text.substr(5, 2))))};
  if (!m.ok()) return std::nullopt;
  if (text.size() == 7) {
    date.first = sys_days{y / m / 1};
    date.last = sys_days{y / m / last};
    return date;
  }
  if (text.size() != 10 || text[7] != '-' || !AllDigits(text.substr(8, 2))) return std::nullopt;
  const year_month_day ymd{y, m,
                           day{static_cast<unsigned>(std::stoi(std::string(text.substr(8, 2))))}};
  if (!ymd.ok()) return std::nullopt;
  date.first = date.last = sys_days{ymd};
  return date;
}

std::string FormatDay(Days d) {
  const year_month_day ymd{d};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

std::optional<Days> ParseDay(std::string_view text) {
  if (text.size() != 10) return std::nullopt;
  const auto date = ParsePartialDate(text);
  if (!date) return std::nullopt;
  return date->first;
}

}  // namespace factcheck
