// Conformance of the host's temporal tagger with Duckling's English time
// corpus (a peer's test suite; reference time Tuesday 2013-02-12).
//
//   build/bin/tagger_conformance ../shared/data/dates/duckling_time_en_corpus.hs [-v]
//
// It reads every example of the file (allExamples, the extra ones of
// defaultCorpus, latentCorpus, and diffCorpus with its own reference time)
// whose value is a date: a day, week, month, quarter or year, or an interval
// whose ends are such dates, holidays included. It tags each phrase as a
// sentence, with date_order mdy (Duckling's English is US English), and
// counts it resolved when the tagger finds one expression whose first day
// is in the gold's first unit (day, week, ...), whose last day is in the
// gold's last unit for an interval, and whose grain is not coarser than
// the gold's. It prints the figure by category; -v lists every miss.
// Open intervals ("since 2014") have one end and are left out.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
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
  std::string section;  // allExamples, defaultCorpus, latentCorpus, diffCorpus.
  std::string phrase;
  bool holiday = false;
  bool interval = false;
  year_month_day begin;
  year_month_day end;  // Exclusive, for intervals.
  std::string grain;   // Day, Week, Month, Quarter, Year.
  int line = 0;
};

// "(2013, 2, 12, 4, 30, 0)": year, month, day. Duckling writes 2014 BC as
// -2014; the tagger writes ISO 8601 years, where 2014 BC is -2013.
std::optional<year_month_day> Moment(const std::string& text) {
  static const std::regex kMoment(R"(\(\s*(-?\d+),\s*(\d+),\s*(\d+))");
  std::smatch m;
  if (!std::regex_search(text, m, kMoment)) return std::nullopt;
  int y = std::stoi(m[1]);
  if (y < 0) y += 1;
  return year{y} / std::stoi(m[2]) / std::stoi(m[3]);
}

// The text of a balanced (...) or [...] group that opens at `open`.
std::string Group(const std::string& s, std::size_t open, std::size_t* close) {
  const char o = s[open], c = o == '(' ? ')' : ']';
  int depth = 0;
  bool quoted = false;
  for (std::size_t i = open; i < s.size(); ++i) {
    if (s[i] == '"' && s[i - 1] != '\\') quoted = !quoted;
    if (quoted) continue;
    if (s[i] == o) ++depth;
    if (s[i] == c && --depth == 0) {
      *close = i;
      return s.substr(open + 1, i - open - 1);
    }
  }
  *close = s.size();
  return s.substr(open + 1);
}

std::vector<Example> ReadCorpus(const std::string& path, int* open_intervals) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string s = buffer.str();
  static const std::regex kDefinition(R"(\n(\w+) ::)");
  std::map<std::size_t, std::string> definitions;
  for (auto it = std::sregex_iterator(s.begin(), s.end(), kDefinition);
       it != std::sregex_iterator(); ++it) {
    definitions[it->position()] = (*it)[1];
  }
  static const std::regex kPhrase(R"re("((?:[^"\\]|\\.)*)")re");
  static const std::regex kGrain(R"(\)\s*(\w+)\s*("[^"]*")?\s*$)");
  std::vector<Example> examples;
  for (std::size_t at = s.find("examples ("); at != std::string::npos;
       at = s.find("examples (", at + 1)) {
    const std::string section = std::prev(definitions.upper_bound(at))->second;
    if (section == "negativeCorpus") continue;
    std::size_t close, list_close;
    const std::string args = Group(s, at + 9, &close);
    const std::string kind = args.substr(0, args.find_first_of(" \n"));
    const std::size_t open = s.find('[', close);
    const std::string list = Group(s, open, &list_close);
    std::smatch m;
    if (!std::regex_search(args, m, kGrain)) continue;
    const std::string grain = m[1];
    if (grain != "Day" && grain != "Week" && grain != "Month" && grain != "Quarter" &&
        grain != "Year") {
      continue;
    }
    Example example;
    example.section = section;
    example.grain = grain;
    example.holiday = kind.find("Holiday") != std::string::npos;
    example.interval = kind.find("Interval") != std::string::npos;
    std::size_t first_paren = args.find('(');
    if (kind == "datetimeOpenInterval") {
      for (auto it = std::sregex_iterator(list.begin(), list.end(), kPhrase);
           it != std::sregex_iterator(); ++it) {
        ++*open_intervals;
      }
      continue;
    }
    example.begin = *Moment(args.substr(first_paren + (example.interval ? 1 : 0)));
    if (example.interval) {
      example.end = *Moment(args.substr(args.find(')', first_paren) + 1));
    }
    for (auto it = std::sregex_iterator(list.begin(), list.end(), kPhrase);
         it != std::sregex_iterator(); ++it) {
      example.phrase = (*it)[1];
      const std::size_t where = open + it->position();
      example.line = 1 + static_cast<int>(std::count(s.begin(), s.begin() + where, '\n'));
      examples.push_back(example);
    }
  }
  return examples;
}

// The GrainRank of a grain as Duckling names it.
int Rank(const std::string& grain) {
  static const std::map<std::string, int> kRanks = {
      {"Day", 1}, {"Week", 2}, {"Month", 3}, {"Quarter", 4}, {"Year", 5}};
  return kRanks.at(grain);
}

// The first day of the unit of `grain` that holds `day`.
sys_days Truncate(sys_days day, const std::string& grain) {
  const year_month_day ymd{day};
  if (grain == "Year") return sys_days{ymd.year() / January / 1};
  if (grain == "Quarter") {
    const unsigned q = (static_cast<unsigned>(ymd.month()) - 1) / 3;
    return sys_days{ymd.year() / month{3 * q + 1} / 1};
  }
  if (grain == "Month") return sys_days{ymd.year() / ymd.month() / 1};
  if (grain == "Week") return day - (weekday{day} - Monday);
  return day;
}

// The last unit of an interval whose end is exclusive.
sys_days LastUnit(const Example& example) {
  const sys_days end{example.end};
  return Truncate(end - days{1}, example.grain);
}

std::optional<sys_days> ParseDay(const std::string& iso) {
  if (iso.size() < 10) return std::nullopt;
  const bool negative = iso[0] == '-';
  const std::string rest = negative ? iso.substr(1) : iso;
  const int y = std::stoi(rest.substr(0, rest.size() - 6));
  const std::string tail = rest.substr(rest.size() - 5);
  return sys_days{year{negative ? -y : y} / std::stoi(tail.substr(0, 2)) /
                  std::stoi(tail.substr(3, 2))};
}

std::string Category(const Example& example) {
  std::string lower;
  for (char c : example.phrase) lower.push_back(static_cast<char>(std::tolower(c)));
  auto has = [&lower](const char* pattern) {
    return std::regex_search(lower, std::regex(pattern));
  };
  if (example.holiday || has("christmas|xmas|easter|thanksgiving")) return "holiday";
  if (example.grain == "Quarter" || has(R"(quarter|qtr|\dq\d|\bq\d)")) return "quarter";
  if (example.interval) return "range";
  if (has(R"(\d\s*[/.-]\s*(\d|[a-z]{3}[/.-]))")) return "numeric";
  if (has(R"(\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|rsday|urday)?s?\b)")) {
    return "weekday";
  }
  if (has(R"(\b(today|tomorrow|yesterday|ago|hence|now|next|last|this|current|coming|upcoming|)"
          R"(following|past|previous|back|day|week|month|year|yr)s?\b)")) {
    return "relative";
  }
  return "absolute";
}

struct Outcome {
  bool right = false;
  std::string got = "nothing";  // What the tagger found, for -v.
};

// Tags an example's phrase and compares with its gold value.
Outcome Score(const Example& example, const TagOptions& options) {
  const year_month_day reference = example.section == "diffCorpus"
                                       ? year_month_day{year{2013}, February, day{15}}
                                       : year_month_day{year{2013}, February, day{12}};
  const auto tagged = TagText(example.phrase, reference, options);
  Outcome outcome;
  if (tagged.size() > 1) outcome.got = std::to_string(tagged.size()) + " expressions";
  if (tagged.size() != 1) return outcome;
  const v1::TimeExpression& e = tagged[0];
  if (e.begin().empty()) {
    outcome.got = "\"" + e.text() + "\" unresolved" + (e.ambiguous() ? " (ambiguous)" : "");
    return outcome;
  }
  const sys_days begin = *ParseDay(e.begin()), end = *ParseDay(e.end());
  outcome.right = Truncate(begin, example.grain) == sys_days{example.begin} &&
                  GrainRank(e.grain()) <= Rank(example.grain) &&
                  (!example.interval || Truncate(end, example.grain) == LastUnit(example));
  outcome.got = "\"" + e.text() + "\" -> " + e.begin() +
                (e.end() != e.begin() ? ".." + e.end() : "") + " " +
                v1::TimeExpression::Resolution_Name(e.resolution()).substr(11);
  return outcome;
}

std::string MissLine(const Example& example, const std::string& category, const std::string& got) {
  std::string gold = FormatIsoDate(example.begin);
  if (example.interval)
    gold += ".." + FormatIsoDate(year_month_day{sys_days{example.end} - days{1}});
  char line[512];
  std::snprintf(line, sizeof line, "  line %4d %-9s \"%s\": gold %s %s%s, got %s", example.line,
                category.c_str(), example.phrase.c_str(), gold.c_str(), example.grain.c_str(),
                example.interval ? " interval" : "", got.c_str());
  return line;
}

int Main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: tagger_conformance CORPUS.hs [-v]\n";
    return 2;
  }
  const bool verbose = argc > 2 && std::string(argv[2]) == "-v";
  TagOptions options;
  options.date_order = DateOrder::kMonthDayYear;
  int open_intervals = 0;
  const std::vector<Example> examples = ReadCorpus(argv[1], &open_intervals);
  std::map<std::string, std::pair<int, int>> by_category, by_section;  // (resolved, all)
  std::vector<std::string> misses;
  int correct = 0;
  for (const Example& example : examples) {
    const Outcome outcome = Score(example, options);
    const std::string category = Category(example);
    for (auto* counts : {&by_category[category], &by_section[example.section]}) {
      counts->first += outcome.right;
      ++counts->second;
    }
    correct += outcome.right;
    if (!outcome.right) misses.push_back(MissLine(example, category, outcome.got));
  }
  const int total = static_cast<int>(examples.size());
  std::printf(
      "Duckling English corpus, reference Tuesday 2013-02-12, date_order mdy: %d examples whose "
      "value is a date\n(grain day, week, month, quarter or year, intervals of them, holidays "
      "included)\n",
      total);
  std::printf("resolved to the gold value: %d = %.1f%%\n\n", correct, 100.0 * correct / total);
  std::printf("  %-10s %8s %9s %7s\n", "category", "resolved", "examples", "share");
  for (const char* name :
       {"absolute", "relative", "weekday", "quarter", "range", "holiday", "numeric"}) {
    const auto& [right, all] = by_category[name];
    std::printf("  %-10s %8d %9d %6.1f%%\n", name, right, all, all ? 100.0 * right / all : 0.0);
  }
  std::printf("\n  by section:");
  for (const auto& [name, counts] : by_section) {
    std::printf(" %s %d/%d;", name.c_str(), counts.first, counts.second);
  }
  std::printf("\n  left out: %d open intervals (\"since 2014\", \"through 2014\"): one end only\n",
              open_intervals);
  if (verbose) {
    std::printf("\nmisses (%zu):\n", misses.size());
    for (const std::string& miss : misses) std::printf("%s\n", miss.c_str());
  }
  return 0;
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) { return factcheck::Main(argc, argv); }
