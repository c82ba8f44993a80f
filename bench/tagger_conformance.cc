// Conformance of the host's temporal tagger with Duckling's English time
// corpus (a peer's test suite; reference time Tuesday 2013-02-12).
//
//   build/bin/tagger_conformance ../shared/data/dates/duckling_time_en_corpus.hs [-v]
//
// It reads the `datetime` examples of allExamples whose gold grain is a day,
// week, month or year (date-only phrases), keeps those of the kinds the
// tagger claims to support (listed in kClaimedKinds), tags each phrase as a
// sentence, and counts how many it resolves to the gold value at the gold's
// grain. -v lists every phrase it gets wrong.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "base/iso_date.h"
#include "document/time_tagger.h"

namespace factcheck {
namespace {

using namespace std::chrono;

struct Example {
  std::string phrase;
  year_month_day gold;
  std::string grain;  // Day, Week, Month, Year.
  int line;
};

// The kinds of phrase the tagger supports, as patterns over the lower-cased
// phrase. A phrase of none of these kinds is outside the claimed subset.
const std::vector<std::pair<std::string, std::regex>>& ClaimedKinds() {
  static const std::string month =
      "(january|february|march|april|may|june|july|august|september|october|november|"
      "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
  static const std::string weekday = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  static const std::string number =
      "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)";
  static const std::string day =
      "(\\d{1,2}(st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
      "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
      "eighteenth|nineteenth|twentieth|thirtieth)";
  static const std::string ordinal =
      "(\\d{1,2}(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
      "tenth)";
  static const std::string short_weekday = "(mon|tue|tues|thu|thur|thurs|fri)\\.?";
  static const std::vector<std::pair<std::string, std::regex>> kinds = {
      {"month day [year]", std::regex("^" + month + " (the )?" + day + ",? ?(\\d{4})?$")},
      {"day month [year]", std::regex("^(the )?" + day + " (of )?" + month + ",? ?(\\d{4})?$")},
      {"weekday, month day [year]", std::regex("^(" + weekday + "|" + short_weekday + "),? " +
                                               month + " ?" + day + ",? ?(\\d{4})?$")},
      {"month day, weekday",
       std::regex("^" + month + " " + day + ", (" + weekday + "|" + short_weekday + ")$")},
      {"month year", std::regex("^" + month + ",? \\d{4}$")},
      {"ISO date", std::regex("^\\d{4}-\\d{1,2}(-\\d{1,2})?$")},
      {"m/d/yyyy", std::regex("^\\d{1,2}/\\d{1,2}/\\d{4}$")},
      {"weekday", std::regex("^(on |last |next |this )?(" + weekday + "|" + short_weekday + ")$")},
      {"weekday of a week", std::regex("^" + weekday + " (of )?(this|next|last) week$")},
      {"weekday the Nth",
       std::regex("^(" + weekday + "|" + short_weekday + ") (the )?" + ordinal + "$")},
      {"the Nth", std::regex("^(on )?the " + ordinal + "$")},
      {"yesterday/today/tomorrow", std::regex("^(yesterday|today|tomorrow)$")},
      {"the day before/after", std::regex("^the day (before yesterday|after tomorrow)$")},
      {"this/last/next unit",
       std::regex("^(the )?(this|current|last|past|previous|next|coming|upcoming|following) "
                  "(week|month|year|yr)$")},
      {"last/next month name", std::regex("^(last|next|this) " + month + "$")},
      {"in/during month", std::regex("^(in|during) " + month + "$")},
      {"N units ago/hence",
       std::regex("^" + number +
                  " (day|week|month|year|decade)s? (ago|hence|from now|from today)$")},
      {"in N units", std::regex("^in " + number + " (day|week|month|year)s?$")},
      {"in year", std::regex("^in \\d{4}$")},
      {"upcoming N units",
       std::regex("^(upcoming " + number + "|" + number + " upcoming) (day|week|month|year)s?$")},
      {"N weekdays from now/ago",
       std::regex("^" + number + " " + weekday + "s (from now|ago|back)$")},
      {"decade", std::regex("^(the )?\\d{3}0s$")},
  };
  return kinds;
}

std::vector<Example> ReadCorpus(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  static const std::regex kDefinition(R"(^(\w+) ::)");
  static const std::regex kGold(
      R"(examples \(datetime \((-?\d+), (\d+), (\d+), \d+, \d+, \d+\) (\w+)\))");
  static const std::regex kPhrase(R"re("((?:[^"\\]|\\.)*)")re");
  std::vector<Example> examples;
  std::string line, definition;
  std::optional<Example> current;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::smatch m;
    if (std::regex_search(line, m, kDefinition)) definition = m[1];
    // defaultCorpus adds examples with their own context; allExamples is the
    // corpus proper.
    if (definition != "allExamples") continue;
    if (std::regex_search(line, m, kGold)) {
      current =
          Example{{}, year{std::stoi(m[1])} / std::stoi(m[2]) / std::stoi(m[3]), m[4], number};
      continue;
    }
    if (line.find("examples (") != std::string::npos) {
      current.reset();  // Intervals, holidays and the like.
      continue;
    }
    if (!current) continue;
    for (auto it = std::sregex_iterator(line.begin(), line.end(), kPhrase);
         it != std::sregex_iterator(); ++it) {
      Example example = *current;
      example.phrase = (*it)[1];
      example.line = number;
      examples.push_back(example);
    }
  }
  return examples;
}

sys_days Truncate(sys_days day, const std::string& grain) {
  const year_month_day ymd{day};
  if (grain == "Year") return sys_days{ymd.year() / January / 1};
  if (grain == "Month") return sys_days{ymd.year() / ymd.month() / 1};
  if (grain == "Week") return day - (weekday{day} - Monday);
  return day;
}

int Main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: tagger_conformance CORPUS.hs [-v]\n";
    return 2;
  }
  const bool verbose = argc > 2 && std::string(argv[2]) == "-v";
  const year_month_day reference{year{2013}, February, day{12}};
  std::map<std::string, std::pair<int, int>> by_kind;  // kind -> (correct, total)
  int date_only = 0, claimed = 0, correct = 0, outside_recognized = 0;
  for (const Example& example : ReadCorpus(argv[1])) {
    if (example.grain != "Day" && example.grain != "Week" && example.grain != "Month" &&
        example.grain != "Year") {
      continue;
    }
    ++date_only;
    std::string lower;
    for (char c : example.phrase) lower.push_back(static_cast<char>(std::tolower(c)));
    std::string kind;
    for (const auto& [name, pattern] : ClaimedKinds()) {
      if (std::regex_match(lower, pattern)) {
        kind = name;
        break;
      }
    }
    const auto tagged = TagText(example.phrase, reference);
    bool right = false;
    std::string got = "nothing";
    if (tagged.size() == 1 && !tagged[0].begin().empty()) {
      const auto begin = ParseIsoDate(tagged[0].begin());
      right = Truncate(sys_days{*begin}, example.grain) ==
              Truncate(sys_days{example.gold}, example.grain);
      got = tagged[0].text() + " -> " + tagged[0].begin();
    } else if (tagged.size() > 1) {
      got = std::to_string(tagged.size()) + " expressions";
    }
    if (kind.empty()) {
      if (right) ++outside_recognized;
      continue;
    }
    ++claimed;
    auto& counts = by_kind[kind];
    ++counts.second;
    if (right) {
      ++correct;
      ++counts.first;
    } else if (verbose) {
      std::printf("  line %d [%s] \"%s\": gold %s %s, got %s\n", example.line, kind.c_str(),
                  example.phrase.c_str(), FormatIsoDate(example.gold).c_str(),
                  example.grain.c_str(), got.c_str());
    }
  }
  std::printf(
      "Duckling English corpus, reference 2013-02-12: %d date-only examples "
      "(gold grain day, week, month or year)\n",
      date_only);
  std::printf("claimed subset: %d of them (%.0f%%); resolved to the gold value: %d = %.1f%%\n",
              claimed, 100.0 * claimed / date_only, correct, 100.0 * correct / claimed);
  for (const auto& [kind, counts] : by_kind) {
    std::printf("  %-28s %3d / %3d\n", kind.c_str(), counts.first, counts.second);
  }
  std::printf("outside the subset, resolved anyway: %d\n", outside_recognized);
  return 0;
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) { return factcheck::Main(argc, argv); }
