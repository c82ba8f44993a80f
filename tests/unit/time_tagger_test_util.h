// Helpers for the time tagger's tests: each expression found, as one line.
#ifndef FACTCHECK_TESTS_UNIT_TIME_TAGGER_TEST_UTIL_H_
#define FACTCHECK_TESTS_UNIT_TIME_TAGGER_TEST_UTIL_H_

#include <cctype>
#include <chrono>
#include <string>
#include <vector>

#include "document/time_tagger.h"

namespace factcheck::testing {

// The days an expression names: "begin..end", or "begin" for one day.
inline std::string Dates(const v1::TimeExpression& e) {
  return e.begin() + (e.end() != e.begin() ? ".." + e.end() : "");
}

// "text -> begin..end GRAIN [relative] [range] [year-inferred] [weekday=N]
// [ambiguous]" for each expression; "impossible" or "?" stand for the
// dates when there are none.
inline std::vector<std::string> Tag(const std::string& text, std::chrono::year_month_day as_of,
                                    const TagOptions& options = {}) {
  std::vector<std::string> out;
  for (const auto& e : TagText(text, as_of, options)) {
    std::string line = e.text() + " -> ";
    if (e.impossible()) {
      line += "impossible";
    } else if (e.begin().empty()) {
      line += "?";
    } else {
      line += Dates(e);
    }
    line += " " + v1::TimeExpression::Grain_Name(e.grain()).substr(6);
    if (e.relative()) line += " relative";
    if (e.range()) line += " range";
    if (e.year_inferred()) line += " year-inferred";
    if (e.stated_weekday()) line += " weekday=" + std::to_string(e.stated_weekday());
    if (e.ambiguous()) line += " ambiguous";
    out.push_back(line);
  }
  return out;
}

// "text: begin..end" for each expression, and how it was placed: "(nearest)",
// "(tense past)", "(anchor 1)", ...
inline std::vector<std::string> Placed(const std::string& text, std::chrono::year_month_day as_of) {
  std::vector<std::string> out;
  for (const auto& e : TagText(text, as_of)) {
    std::string line = e.text() + ": " + Dates(e);
    std::string how = v1::TimeExpression::Resolution_Name(e.resolution()).substr(11);
    for (char& c : how) c = static_cast<char>(c == '_' ? '-' : std::tolower(c));
    if (e.tense() != v1::TimeExpression::TENSE_UNSPECIFIED) {
      std::string tense = v1::TimeExpression::Tense_Name(e.tense()).substr(6);
      for (char& c : tense) c = static_cast<char>(std::tolower(c));
      how += " " + tense;
    }
    out.push_back(line + " (" + how + ")");
  }
  return out;
}

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_UNIT_TIME_TAGGER_TEST_UTIL_H_
