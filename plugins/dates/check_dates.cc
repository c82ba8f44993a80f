#include "dates/check_dates.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "common/checker.h"
#include "common/host_tokens.h"
#include "common/partial_date.h"
#include "common/text_tokens.h"
#include "common/time_placement.h"
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
  static const auto* const words = new text::WordSet({"old"});  // "the 73-year-old Netanyahu"
  return *words;
}

class Checker {
 public:
  Checker(const reference::Events& events, const reference::OfficeHolders& people,
          const v1::Document& document, sys_days as_of, v1::CheckResponse* response)
      : events_(events), people_(people), document_(document), as_of_(as_of), out_(response) {}

  void Run() {
    const std::string& text = document_.text();
    bool event_words = false, age_words = false;
    // Kept by the thread from document to document: grown once. A very long
    // sentence's are let go at the end.
    thread_local text::TokenList tokens;
    const text::SentenceFilter events(events_.name_words(), document_);
    const text::SentenceFilter ages(AgeWords(), document_);
    kit::ForEachSentence(
        document_,
        // Most sentences hold no date, event or age: skip them untokenized.
        [&](int s, const auto& times) {
          std::tie(event_words, age_words) = text::SentenceFilter::AnyOfEachIn(events, ages, s);
          return !times.empty() || event_words || age_words;
        },
        [&](int s, const v1::Sentence&, const auto& times) {
          // Tokens only for the checks that read them: most dates need none.
          bool tokenized = false;
          auto sentence_tokens = [&]() -> std::vector<Token>& {
            if (!tokenized) text::SentenceTokensInto(document_, s, &tokens);
            tokenized = true;
            return tokens.mutable_tokens();
          };
          for (const v1::TimeExpression* time : times) CheckTime(*time, sentence_tokens);
          if (event_words) CheckEvents(sentence_tokens(), times);
          if (age_words) CheckAges(sentence_tokens());
        });
    tokens.ReleaseIfLarge();
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

  // The numbers of a numeric date ("3/4/2005": 3, 4, 2005) and how many
  // digits each has.
  static std::vector<std::pair<unsigned, std::size_t>> NumbersOf(const std::string& text) {
    std::vector<std::pair<unsigned, std::size_t>> numbers;
    for (std::size_t i = 0; i < text.size();) {
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
        ++i;
        continue;
      }
      char* end = nullptr;
      const unsigned value = std::strtoul(text.c_str() + i, &end, 10);
      const auto next = static_cast<std::size_t>(end - text.c_str());
      numbers.emplace_back(value, next - i);
      i = next;
    }
    return numbers;
  }

  // The day `d` of month `m` in `year_written` ("2005", "05"), or without
  // one in the year nearest the article's date, as the tagger places "March
  // 4"; a two-digit year is the one from 80 years before the article's date
  // to 19 after, as the tagger reads it. Empty when the calendar lacks it.
  std::optional<sys_days> ReadingDay(
      unsigned d, unsigned m, std::optional<std::pair<unsigned, std::size_t>> year_written) const {
    const int now = static_cast<int>(year_month_day{as_of_}.year());
    std::vector<int> years = {now - 1, now, now + 1};
    if (year_written) {
      int y = static_cast<int>(year_written->first);
      if (year_written->second <= 2) {
        y += now / 100 * 100;
        if (y > now + 19) y -= 100;
        if (y < now - 80) y += 100;
      }
      years = {y};
    }
    std::optional<sys_days> best;
    for (int y : years) {
      const year_month_day ymd{year{y}, month{m}, day{d}};
      if (!ymd.ok()) continue;
      if (!best ||
          std::abs((sys_days{ymd} - as_of_).count()) < std::abs((*best - as_of_).count())) {
        best = sys_days{ymd};
      }
    }
    return best;
  }

  // "3/4/2005" with no date_order: both readings, never a guess. A weekday
  // written with it is compared with both: the message says which one it
  // fits. Without a year, a weekday that fits one reading only settles the
  // date, and nothing is reported.
  void FlagAmbiguousOrder(const v1::TimeExpression& time, bool has_year) {
    const auto numbers = NumbersOf(time.text());
    const bool two_months = numbers.size() >= 2 && numbers[0].first >= 1 &&
                            numbers[0].first <= 12 && numbers[1].first >= 1 &&
                            numbers[1].first <= 12;
    std::string readings, weekday_note;
    if (two_months) {
      const auto name = [](unsigned day, unsigned month) {
        return std::to_string(day) + " " + std::string(MonthName(month));
      };
      readings = " (" + name(numbers[1].first, numbers[0].first) + " or " +
                 name(numbers[0].first, numbers[1].first) + ")";
      if (time.stated_weekday() != 0) {
        std::optional<std::pair<unsigned, std::size_t>> year_written;
        if (has_year && numbers.size() >= 3) year_written = numbers[2];
        const auto month_first = ReadingDay(numbers[1].first, numbers[0].first, year_written);
        const auto day_first = ReadingDay(numbers[0].first, numbers[1].first, year_written);
        bool settled = false;
        weekday_note = WeekdayOfReadings(time.stated_weekday(), month_first, day_first, &settled);
        if (settled && !has_year) return;
      }
    }
    const auto& span = time.span();
    Add(kAmbiguousOrderRule, span.begin(), span.end(), v1::VERDICT_NEEDS_VERIFICATION,
        "the date '" + time.text() + "'",
        "'" + time.text() + "' can be read month first or day first" + readings + weekday_note +
            "; check it, and set date_order (mdy, dmy or ymd) in the front matter or the "
            "configuration");
  }

  // What a weekday written with an ambiguous date says of its two readings:
  // "; the Tuesday fits 7 April 1987 only", or that it fits neither.
  // `settled` when exactly one reading is that weekday.
  std::string WeekdayOfReadings(unsigned stated, std::optional<sys_days> month_first,
                                std::optional<sys_days> day_first, bool* settled) const {
    const auto is_stated = [stated](std::optional<sys_days> d) {
      return d && weekday{*d}.iso_encoding() == stated;
    };
    const std::string name(kWeekdayNames[stated - 1]);
    if (is_stated(month_first) != is_stated(day_first)) {
      *settled = true;
      return "; the " + name + " fits " +
             DayInWords(is_stated(month_first) ? *month_first : *day_first) + " only";
    }
    if (is_stated(month_first)) return "; both readings are a " + name;
    std::string days;
    for (auto d : {month_first, day_first}) {
      if (!d) continue;
      days += (days.empty() ? "" : ", ") + DayInWords(*d) + (days.empty() ? " " + Tense(*d) : "") +
              " a " + std::string(kWeekdayNames[weekday{*d}.iso_encoding() - 1]);
    }
    return "; neither reading is a " + name + (days.empty() ? "" : " (" + days + ")");
  }

  std::string Tense(sys_days day) const {
    return day < as_of_ ? "was" : day == as_of_ ? "is" : "will be";
  }

  // `tokens()` gives the sentence's tokens, made when first asked for.
  template <typename SentenceTokens>
  void CheckTime(const v1::TimeExpression& time, SentenceTokens&& tokens) {
    const auto& span = time.span();
    if (time.impossible()) {
      Calendar(Add(kImpossibleRule, span.begin(), span.end(), v1::VERDICT_CONTRADICTED,
                   "the date '" + time.text() + "'",
                   "'" + time.text() + "' is not a date: that month has no such day"));
      return;
    }
    if (time.ambiguous()) {
      // Without a year or a weekday, "4/1" and "3/4" are as often odds or
      // fractions.
      const bool has_year = std::count(time.text().begin(), time.text().end(), '/') +
                                std::count(time.text().begin(), time.text().end(), '.') +
                                std::count(time.text().begin(), time.text().end(), '-') >=
                            2;
      if (has_year || time.stated_weekday() != 0) FlagAmbiguousOrder(time, has_year);
      return;
    }
    if (document_.as_of_source() == "today" && time.relative()) CheckUndated(time);
    const auto day = ParseDay(time.begin());
    if (time.stated_weekday() != 0 && time.grain() == v1::TimeExpression::GRAIN_DAY && day) {
      CheckWeekday(time, *day);
    }
    // A past-tense sentence dated after the article.
    if (!time.relative() && day && *day > as_of_ &&
        (time.grain() == v1::TimeExpression::GRAIN_DAY ||
         time.grain() == v1::TimeExpression::GRAIN_MONTH) &&
        ReportsAPastEventOn(tokens(), span.begin())) {
      // Not relative, yet placed: counted from a date the text gives.
      const std::string how = kit::HowPlaced(document_, time);
      Add(kFutureInPastRule, span.begin(), span.end(), v1::VERDICT_NEEDS_VERIFICATION,
          "an event in the past on " + time.begin(),
          "The sentence speaks in the past tense of " + time.text() +
              (how.empty() ? "" : " (" + DayInWords(*day) + ", " + how + ")") +
              ", which is after the article's date " + document_.as_of() +
              "; check the date or the tense");
    }
  }

  // A relative date in an article without a date was read against today.
  void CheckUndated(const v1::TimeExpression& time) {
    const std::string how = kit::HowPlaced(document_, time);
    Add(kUndatedRule, time.span().begin(), time.span().end(), v1::VERDICT_NEEDS_VERIFICATION,
        "'" + time.text() + "' relative to an undated article",
        how.empty()
            ? "The article has no date, so '" + time.text() + "' was read as counted from today, " +
                  document_.as_of() + "; give the article the date it speaks from"
            : "The article has no date, so today, " + document_.as_of() +
                  ", stood in for it where '" + time.text() + "' was placed (" + how +
                  "); give the article the date it speaks from");
  }

  // A weekday written next to a date. When the year is not written it is the
  // tagger's choice, the one nearest the article's date: if the weekday fits
  // the same day a year before or after, the year may be what is wrong, not
  // the weekday, and the finding asks to check it rather than contradicting.
  void CheckWeekday(const v1::TimeExpression& time, sys_days day) {
    const unsigned actual = weekday{day}.iso_encoding();
    if (actual == time.stated_weekday()) return;
    const std::string stated(kWeekdayNames[time.stated_weekday() - 1]);
    const std::string real(kWeekdayNames[actual - 1]);
    std::string message = DayInWords(day) + " " + Tense(day) + " a " + real + ", not a " + stated;
    v1::Verdict verdict = v1::VERDICT_CONTRADICTED;
    if (time.year_inferred()) {
      std::optional<sys_days> fits;
      for (int shift : {-1, 1}) {
        const year_month_day moved = year_month_day{day} + years{shift};
        if (moved.ok() && weekday{sys_days{moved}}.iso_encoding() == time.stated_weekday()) {
          fits = sys_days{moved};
        }
      }
      if (fits) {
        verdict = v1::VERDICT_NEEDS_VERIFICATION;
        message += "; the year is not written, and " + DayInWords(*fits) + " " + Tense(*fits) +
                   " a " + stated + ": check the year";
      } else {
        const int y = static_cast<int>(year_month_day{day}.year());
        message += " (" + kit::HowPlaced(document_, time) + "; it is no " + stated + " in " +
                   std::to_string(y - 1) + " or " + std::to_string(y + 1) + " either)";
      }
    }
    const auto& span = time.span();
    v1::Finding* finding = Add(kWeekdayRule, span.begin(), span.end(), verdict,
                               DayInWords(day) + " is a " + stated, std::move(message));
    Calendar(finding);
    if (verdict == v1::VERDICT_CONTRADICTED) SuggestWeekday(time, actual, finding);
  }

  // "the 2007 Copenhagen climate summit", "the Iran nuclear deal of 2015",
  // "the deal, signed eight years ago".
  void CheckEvents(std::vector<Token>& tokens, text::TimeList times) {
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
        event.name + ": " + event.date.text() + (event.end ? " to " + event.end->text() : ""),
        events_.Citation(event.source));
  }

  std::string When(const reference::Event& event) const {
    return event.end ? "from " + event.date.text() + " to " + event.end->text()
                     : "on " + event.date.text();
  }

  // A time counted from an earlier one ("that year", "a year earlier") is
  // only as good as the date it counts from: it supports, but where it
  // disagrees with the event the finding asks to check instead of
  // contradicting.
  void JudgeYear(const reference::Event& event, const v1::TimeExpression& time, std::uint32_t begin,
                 std::uint32_t end) {
    const auto first = ParsePartialDate(time.begin());
    const auto last = ParsePartialDate(time.end());
    if (!first || !last) return;
    const sys_days event_first = event.date.first;
    const sys_days event_last = event.end ? event.end->last : event.date.last;
    const bool overlaps = first->first <= event_last && event_first <= last->last;
    const std::string how = kit::HowPlaced(document_, time);
    const std::string placed = how.empty() ? "" : " (" + how + ")";
    v1::Verdict verdict = overlaps ? v1::VERDICT_SUPPORTED : v1::VERDICT_CONTRADICTED;
    std::string message = "The " + event.name + " took place " + When(event);
    if (!overlaps && how.empty()) message += ", not in " + time.text();
    if (!overlaps && !how.empty()) {
      verdict = v1::VERDICT_NEEDS_VERIFICATION;
      message += ", not in " + time.text() + placed + "; check which date the text means";
    }
    if (overlaps && !how.empty()) message += ", in " + time.text() + placed;
    v1::Finding* finding = Add(kEventDateRule, begin, end, verdict,
                               "the " + event.name + " took place in " + time.text(), message);
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
      const auto person = people_.people()[match.values.front()];
      if (!person.born) continue;
      const std::string name(person.name);
      const int claimed = std::atoi(std::string(tokens[i].folded).c_str());
      const int actual = YearsBetween(*person.born, year_month_day{as_of_});
      const std::uint32_t end = tokens[i + 3 + match.length - 1].end;
      v1::Finding* finding =
          Add(kAgeRule, tokens[i].begin, end,
              claimed == actual ? v1::VERDICT_SUPPORTED : v1::VERDICT_CONTRADICTED,
              name + " is " + std::to_string(claimed) + " years old",
              name + ", born " + FormatDay(sys_days{*person.born}) + ", was " +
                  std::to_string(actual) + " on " + document_.as_of() +
                  (claimed == actual ? "" : ", not " + std::to_string(claimed)));
      kit::AddEvidence(finding, people_.Cite(person.source),
                       name + " born " + FormatDay(sys_days{*person.born}),
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

std::vector<const text::WordSet*> DatesSentenceFilters(const reference::Events& events) {
  return {&events.name_words(), &AgeWords()};
}

}  // namespace factcheck::dates
