#include "dates/check_dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <string>

#include "common/checker.h"
#include "common/partial_date.h"
#include "common/text_tokens.h"
#include "common/word_set.h"

namespace factcheck::dates {
namespace {

using namespace std::chrono;
using text::IsWord;
using text::Token;

constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// Whole years from `born` to `on`.
int YearsBetween(year_month_day born, year_month_day on) {
  int years_old = static_cast<int>(on.year()) - static_cast<int>(born.year());
  if (on.month() < born.month() || (on.month() == born.month() && on.day() < born.day())) {
    --years_old;
  }
  return years_old;
}

// Whether the sentence reports an event as done on the date that starts at
// byte `date_begin`: a past-tense event verb shortly before "on <date>" or
// "in <date>" ("was held in Brussels on March 3, 2025"), and no word of the
// future, of forecasts or of hedging in the sentence. Reporting verbs
// ("said") are left out on purpose: news reports forecasts in the past tense.
bool ReportsAPastEventOn(const std::vector<Token>& tokens, std::uint32_t date_begin) {
  static constexpr std::array<std::string_view, 36> kPast = {
      "held",     "signed",   "took",     "met",       "died",      "won",
      "lost",     "began",    "opened",   "closed",    "ended",     "started",
      "launched", "attacked", "arrived",  "elected",   "resigned",  "declared",
      "approved", "rejected", "released", "decided",   "passed",    "voted",
      "killed",   "struck",   "occurred", "happened",  "visited",   "ratified",
      "invaded",  "founded",  "married",  "appointed", "announced", "collapsed"};
  static constexpr std::array<std::string_view, 27> kNotPast = {
      "will",      "would",     "shall",   "could",   "may",      "might",    "should",
      "can",       "plans",     "planned", "expects", "expected", "forecast", "forecasts",
      "projected", "scheduled", "due",     "target",  "aims",     "intends",  "hopes",
      "until",     "by",        "fiscal",  "be",      "matures",  "mature"};
  std::size_t date = 0;
  while (date < tokens.size() && tokens[date].begin < date_begin) ++date;
  if (date == 0 || date >= tokens.size()) return false;
  if (!IsWord(tokens[date - 1], "on") && !IsWord(tokens[date - 1], "in")) return false;
  bool past = false;
  for (std::size_t k = date >= 7 ? date - 7 : 0; k + 1 < date; ++k) {
    for (auto word : kPast) past = past || IsWord(tokens[k], word);
  }
  if (!past) return false;
  for (const Token& token : tokens) {
    for (auto word : kNotPast) {
      if (IsWord(token, word)) return false;
    }
  }
  return true;
}

const text::WordSet& AgeWords() {
  static const text::WordSet* words = [] {
    auto* set = new text::WordSet();
    set->Add("old");  // "the 73-year-old Netanyahu"
    return set;
  }();
  return *words;
}

class Checker {
 public:
  Checker(const reference::Events& events, const reference::OfficeHolders& people,
          const v1::Document& document, sys_days as_of, v1::CheckResponse* response)
      : events_(events), people_(people), document_(document), as_of_(as_of), out_(response) {}

  void Run() {
    const std::string& text = document_.text();
    kit::ForEachSentence(
        document_,
        // Most sentences hold no date, event or age: skip them untokenized.
        [&](const v1::Sentence& sentence, const auto& times) {
          return !times.empty() || events_.name_words().AnyIn(text, sentence) ||
                 AgeWords().AnyIn(text, sentence);
        },
        [&](int, const v1::Sentence& sentence, const auto& times) {
          auto tokens = text::Tokenize(text, sentence);
          for (const v1::TimeExpression* time : times) CheckTime(*time, tokens);
          CheckEvents(tokens, times);
          CheckAges(tokens);
        });
  }

 private:
  v1::Finding* Add(const char* rule, std::uint32_t begin, std::uint32_t end, v1::Verdict verdict,
                   std::string claim, std::string message) {
    return kit::AddFinding(out_, rule, begin, end, verdict, std::move(claim), std::move(message));
  }

  static void Calendar(v1::Finding* finding) {
    kit::AddEvidence(finding, "calendar", "the Gregorian calendar");
  }

  // The weekday as the text writes it ("Fri", "friday", "Friday"), replaced
  // by the date's real one in the same style: the fix for a mismatch.
  static void SuggestWeekday(const v1::TimeExpression& time, unsigned actual,
                             v1::Finding* finding) {
    const std::string_view stated = kWeekdayNames[time.stated_weekday() - 1];
    const std::string_view text = time.text();
    for (std::size_t at = 0; at + 3 <= text.size(); ++at) {
      std::size_t length = 0;  // How much of the weekday's name the word spells.
      while (at + length < text.size() && length < stated.size() &&
             std::tolower(static_cast<unsigned char>(text[at + length])) ==
                 std::tolower(static_cast<unsigned char>(stated[length]))) {
        ++length;
      }
      const bool word_ends = at + length == text.size() ||
                             !std::isalpha(static_cast<unsigned char>(text[at + length]));
      const bool word_starts = at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]));
      if (length < 3 || !word_ends || !word_starts) continue;
      std::string real(kWeekdayNames[actual - 1]);
      if (length < stated.size()) real = real.substr(0, length == 4 ? 4 : 3);  // "Tues", "Fri".
      if (std::islower(static_cast<unsigned char>(text[at]))) real[0] = std::tolower(real[0]);
      auto* suggestion = finding->mutable_suggestion();
      suggestion->mutable_span()->set_begin(time.span().begin() + static_cast<std::uint32_t>(at));
      suggestion->mutable_span()->set_end(time.span().begin() +
                                          static_cast<std::uint32_t>(at + length));
      suggestion->set_replacement(real);
      suggestion->set_description("The date's weekday");
      return;
    }
  }

  // "3/4/2005" with no date_order: both readings, never a guess.
  void FlagAmbiguousOrder(const v1::TimeExpression& time) {
    const auto& span = time.span();
    std::vector<unsigned> numbers;
    for (std::size_t i = 0; i < time.text().size();) {
      if (!std::isdigit(static_cast<unsigned char>(time.text()[i]))) {
        ++i;
        continue;
      }
      char* end = nullptr;
      numbers.push_back(std::strtoul(time.text().c_str() + i, &end, 10));
      i = static_cast<std::size_t>(end - time.text().c_str());
    }
    std::string readings;
    if (numbers.size() >= 2 && numbers[0] >= 1 && numbers[0] <= 12 && numbers[1] >= 1 &&
        numbers[1] <= 12) {
      const auto name = [](unsigned day, unsigned month) {
        return std::to_string(day) + " " + std::string(MonthName(month));
      };
      readings = " (" + name(numbers[1], numbers[0]) + " or " + name(numbers[0], numbers[1]) + ")";
    }
    Add(kAmbiguousOrderRule, span.begin(), span.end(), v1::VERDICT_NEEDS_VERIFICATION,
        "the date '" + time.text() + "'",
        "'" + time.text() + "' can be read month first or day first" + readings +
            "; check it, and set date_order (mdy, dmy or ymd) in the front matter or the "
            "configuration");
  }

  std::string Tense(sys_days day) const {
    return day < as_of_ ? "was" : day == as_of_ ? "is" : "will be";
  }

  void CheckTime(const v1::TimeExpression& time, const std::vector<Token>& tokens) {
    const auto& span = time.span();
    if (time.impossible()) {
      Calendar(Add(kImpossibleRule, span.begin(), span.end(), v1::VERDICT_CONTRADICTED,
                   "the date '" + time.text() + "'",
                   "'" + time.text() + "' is not a date: that month has no such day"));
      return;
    }
    if (time.ambiguous()) {
      // Without a year, "4/1" and "3/4" are as often odds or fractions.
      if (std::count(time.text().begin(), time.text().end(), '/') +
              std::count(time.text().begin(), time.text().end(), '.') +
              std::count(time.text().begin(), time.text().end(), '-') >=
          2) {
        FlagAmbiguousOrder(time);
      }
      return;
    }
    if (document_.as_of_source() == "today" && time.relative()) {
      Add(kUndatedRule, span.begin(), span.end(), v1::VERDICT_NEEDS_VERIFICATION,
          "'" + time.text() + "' relative to an undated article",
          "The article has no date, so '" + time.text() + "' was read as counted from today, " +
              document_.as_of() + "; give the article the date it speaks from");
    }
    const auto day = ParseDay(time.begin());
    if (time.stated_weekday() != 0 && time.grain() == v1::TimeExpression::GRAIN_DAY && day) {
      const unsigned actual = weekday{*day}.iso_encoding();
      if (actual != time.stated_weekday()) {
        const std::string stated(kWeekdayNames[time.stated_weekday() - 1]);
        const std::string real(kWeekdayNames[actual - 1]);
        v1::Finding* finding =
            Add(kWeekdayRule, span.begin(), span.end(), v1::VERDICT_CONTRADICTED,
                DayInWords(*day) + " is a " + stated,
                DayInWords(*day) + " " + Tense(*day) + " a " + real + ", not a " + stated +
                    (time.year_inferred() ? " (the year taken from the article's date)" : ""));
        Calendar(finding);
        SuggestWeekday(time, actual, finding);
      }
    }
    // A past-tense sentence dated after the article.
    const auto first = ParseDay(time.begin());
    if (!time.relative() && first && *first > as_of_ &&
        (time.grain() == v1::TimeExpression::GRAIN_DAY ||
         time.grain() == v1::TimeExpression::GRAIN_MONTH) &&
        ReportsAPastEventOn(tokens, span.begin())) {
      Add(kFutureInPastRule, span.begin(), span.end(), v1::VERDICT_NEEDS_VERIFICATION,
          "an event in the past on " + time.begin(),
          "The sentence speaks in the past tense of " + time.text() +
              ", which is after the "
              "article's date " +
              document_.as_of() + "; check the date or the tense");
    }
  }

  // "the 2007 Copenhagen climate summit", "the Iran nuclear deal of 2015",
  // "the deal, signed eight years ago".
  void CheckEvents(std::vector<Token>& tokens,
                   const std::vector<const v1::TimeExpression*>& times) {
    if (events_.events().empty()) return;
    events_.Number(&tokens);
    for (std::size_t i = 0; i < tokens.size();) {
      auto match = events_.names().Longest(tokens, i);
      if (match.length == 0) {
        ++i;
        continue;
      }
      const reference::Event& event = events_.events()[match.values.front()];
      const std::uint32_t name_begin = tokens[i].begin;
      const std::uint32_t name_end = tokens[i + match.length - 1].end;
      YearsAfter(tokens, i, event, name_end);
      i += match.length;
      // A time right before the name, or "in"/"of" and a time right after it.
      const v1::TimeExpression* claimed = nullptr;
      for (const v1::TimeExpression* time : times) {
        const bool before = time->span().end() <= name_begin &&
                            std::string_view(document_.text())
                                    .substr(time->span().end(), name_begin - time->span().end())
                                    .find_first_not_of(" \n") == std::string_view::npos;
        const bool after = i + 1 < tokens.size() &&
                           (IsWord(tokens[i], "in") || IsWord(tokens[i], "of")) &&
                           time->span().begin() == tokens[i + 1].begin;
        if (before || after) claimed = time;
      }
      if (claimed && !claimed->impossible() && !claimed->begin().empty() && !claimed->relative()) {
        JudgeYear(event, *claimed, std::min(name_begin, claimed->span().begin()),
                  std::max(name_end, claimed->span().end()));
        continue;
      }
      // "N years ago" later in the sentence.
      for (const v1::TimeExpression* time : times) {
        if (time->span().begin() >= name_end && time->relative() && time->text().ends_with("ago") &&
            time->text().find("year") != std::string::npos) {
          JudgeYearsAgo(event, *time, name_begin, time->span().end());
          break;
        }
      }
    }
  }

  // "ten years after the 2015 deal", "two decades since the Oslo Accords":
  // the article's date is that long after the event.
  void YearsAfter(const std::vector<Token>& tokens, std::size_t name, const reference::Event& event,
                  std::uint32_t name_end) {
    std::size_t j = name;
    if (j > 0 && tokens[j - 1].kind == Token::Kind::kNumber && tokens[j - 1].folded.size() == 4)
      --j;
    if (j > 0 && IsWord(tokens[j - 1], "the")) --j;
    if (j < 3 || !(IsWord(tokens[j - 1], "after") || IsWord(tokens[j - 1], "since"))) return;
    const Token& unit = tokens[j - 2];
    int per = 0;
    if (IsWord(unit, "year") || IsWord(unit, "years")) per = 1;
    if (IsWord(unit, "decade") || IsWord(unit, "decades")) per = 10;
    if (per == 0) return;
    const int n = text::CountOf(tokens[j - 3]);
    if (n <= 0) return;
    const int claimed = n * per;
    const int actual = YearsBetween(year_month_day{event.date.first}, year_month_day{as_of_});
    const sys_days claimed_day{year_month_day{as_of_} - years{claimed}};
    const bool fits =
        claimed == actual || (std::abs(claimed - actual) == 1 &&
                              std::abs((event.date.first - claimed_day).count()) < 365);
    v1::Finding* finding =
        Add(kEventDateRule, tokens[j - 3].begin, name_end,
            fits ? v1::VERDICT_SUPPORTED : v1::VERDICT_CONTRADICTED,
            "the article's date is " + std::to_string(claimed) + " years after the " + event.name,
            "The " + event.name + " took place " + When(event) + ", " + std::to_string(actual) +
                " years before the article's date " + document_.as_of() +
                (fits ? "" : ", not " + std::to_string(claimed)));
    Cite(finding, event);
  }

  void Cite(v1::Finding* finding, const reference::Event& event) const {
    kit::AddEvidence(
        finding, events_.Cite(event.source),
        event.name + ": " + event.date.text + (event.end ? " to " + event.end->text : ""),
        events_.Citation(event.source));
  }

  std::string When(const reference::Event& event) const {
    return event.end ? "from " + event.date.text + " to " + event.end->text
                     : "on " + event.date.text;
  }

  void JudgeYear(const reference::Event& event, const v1::TimeExpression& time, std::uint32_t begin,
                 std::uint32_t end) {
    const auto first = ParsePartialDate(time.begin());
    const auto last = ParsePartialDate(time.end());
    if (!first || !last) return;
    const sys_days event_first = event.date.first;
    const sys_days event_last = event.end ? event.end->last : event.date.last;
    const bool overlaps = first->first <= event_last && event_first <= last->last;
    v1::Finding* finding = Add(
        kEventDateRule, begin, end, overlaps ? v1::VERDICT_SUPPORTED : v1::VERDICT_CONTRADICTED,
        "the " + event.name + " took place in " + time.text(),
        overlaps ? "The " + event.name + " took place " + When(event)
                 : "The " + event.name + " took place " + When(event) + ", not in " + time.text());
    Cite(finding, event);
  }

  void JudgeYearsAgo(const reference::Event& event, const v1::TimeExpression& time,
                     std::uint32_t begin, std::uint32_t end) {
    const auto day = ParseDay(time.begin());
    if (!day) return;
    const int claimed = YearsBetween(year_month_day{*day}, year_month_day{as_of_});
    const int actual = YearsBetween(year_month_day{event.date.first}, year_month_day{as_of_});
    const bool fits =
        std::abs(claimed - actual) <= 0 ||
        // "eight years ago" of an event 7 years and 11 months back.
        (std::abs(claimed - actual) == 1 && std::abs((event.date.first - *day).count()) < 365);
    v1::Finding* finding =
        Add(kEventDateRule, begin, end, fits ? v1::VERDICT_SUPPORTED : v1::VERDICT_CONTRADICTED,
            "the " + event.name + " was " + time.text(),
            "The " + event.name + " took place " + When(event) + ", " + std::to_string(actual) +
                " years before the article's date " + document_.as_of() +
                (fits ? "" : ", not " + std::to_string(claimed)));
    Cite(finding, event);
  }

  // "the 73-year-old Netanyahu".
  void CheckAges(const std::vector<Token>& sentence_tokens) {
    // Only a sentence with "N-year-old" needs numbering for names.
    if (people_.people().empty() || std::none_of(sentence_tokens.begin(), sentence_tokens.end(),
                                                 [](const Token& t) { return IsWord(t, "old"); })) {
      return;
    }
    std::vector<Token> tokens = sentence_tokens;
    people_.Number(&tokens);
    for (std::size_t i = 0; i + 3 < tokens.size(); ++i) {
      if (tokens[i].kind != Token::Kind::kNumber || !tokens[i].hyphen_after ||
          !IsWord(tokens[i + 1], "year") || !IsWord(tokens[i + 2], "old")) {
        continue;
      }
      auto match = people_.names().Longest(tokens, i + 3);
      if (match.length == 0) continue;
      const auto& person = people_.people()[match.values.front()];
      if (!person.born) continue;
      const int claimed = std::atoi(tokens[i].folded.c_str());
      const int actual = YearsBetween(*person.born, year_month_day{as_of_});
      const std::uint32_t end = tokens[i + 3 + match.length - 1].end;
      v1::Finding* finding =
          Add(kAgeRule, tokens[i].begin, end,
              claimed == actual ? v1::VERDICT_SUPPORTED : v1::VERDICT_CONTRADICTED,
              person.name + " is " + std::to_string(claimed) + " years old",
              person.name + ", born " + FormatDay(sys_days{*person.born}) + ", was " +
                  std::to_string(actual) + " on " + document_.as_of() +
                  (claimed == actual ? "" : ", not " + std::to_string(claimed)));
      kit::AddEvidence(finding, people_.Cite(person.source),
                       person.name + " born " + FormatDay(sys_days{*person.born}),
                       people_.Citation(person.source));
      i += 2 + match.length;
    }
  }

  const reference::Events& events_;
  const reference::OfficeHolders& people_;
  const v1::Document& document_;
  sys_days as_of_;
  v1::CheckResponse* out_;
};

}  // namespace

bool CheckDates(const reference::Events& events, const reference::OfficeHolders& people,
                const v1::Document& document, v1::CheckResponse* response) {
  const auto as_of = kit::AsOf(document);
  if (!as_of) return false;
  Checker(events, people, document, *as_of, response).Run();
  return true;
}

}  // namespace factcheck::dates
