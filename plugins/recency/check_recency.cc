#include "recency/check_recency.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <set>
#include <string>

#include "common/checker.h"
#include "common/host_tokens.h"
#include "common/partial_date.h"
#include "common/text_tokens.h"
#include "common/time_placement.h"
#include "common/word_set.h"

namespace factcheck::recency {
namespace {

using namespace std::chrono;
using text::IsWord;
using text::Token;

bool IsSuperlative(const Token& token) {
  static constexpr std::array<std::string_view, 22> kWords = {
      "largest",  "biggest",  "worst",    "lowest",  "highest", "best",    "smallest", "strongest",
      "weakest",  "deepest",  "sharpest", "fastest", "slowest", "longest", "shortest", "heaviest",
      "greatest", "steepest", "hottest",  "coldest", "wettest", "driest"};
  return token.kind == Token::Kind::kWord &&
         std::find(kWords.begin(), kWords.end(), token.folded) != kWords.end();
}

// Words after "a record" that make it a history ("a record of"), a track
// record ("a record that I stand on"), a disc or a date, not a record high.
bool IsNotARecord(const Token& token) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "of", "that", "which", "who",  "they", "we",      "i",     "you",
      "he", "she",  "it",    "home", "date", "company", "label", "player"};
  return std::find(kWords.begin(), kWords.end(), token.folded) != kWords.end();
}

bool IsOrdinalPeriod(const Token& token) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "quarter", "half",  "year", "day",  "week", "month",  "round",
      "stage",   "phase", "step", "part", "leg",  "season", "term"};
  return token.kind == Token::Kind::kWord &&
         std::find(kWords.begin(), kWords.end(), token.folded) != kWords.end();
}

// Every word a recency or superlative claim is anchored on.
const text::WordSet& Anchors() {
  static const auto* const words = new text::WordSet(
      {"first",    "record",   "never",   "unprecedented", "ever",      "most",
       "longest",  "youngest", "oldest",  "largest",       "biggest",   "worst",
       "lowest",   "highest",  "best",    "smallest",      "strongest", "weakest",
       "deepest",  "sharpest", "fastest", "slowest",       "shortest",  "heaviest",
       "greatest", "steepest", "hottest", "coldest",       "wettest",   "driest"});
  return *words;
}

struct Window {
  bool unbounded = false;  // "ever", "never before", "on record".
  sys_days first{};
  bool at_least = false;  // "over a decade", "more than ten years".
  std::string words;      // As written: "in over a decade", "since 2010".
  std::size_t end = 0;    // Token after the window phrase.
  // The start as the tagger placed it, where the text does not give it whole
  // ("since March", "since that year"): " (from 'March': the year is not
  // written; ...)"; empty otherwise.
  std::string placed;
  bool anchored = false;  // Counted from an earlier date of the article.
};

class Checker {
 public:
  Checker(const reference::Events& events, const reference::OfficeHolders& places,
          const v1::Document& document, sys_days as_of, v1::CheckResponse* out)
      : events_(events), places_(places), document_(document), as_of_(as_of), out_(out) {}

  void Run() {
    const text::SentenceFilter anchors(Anchors(), document_);
    kit::ForEachSentence(
        document_,
        // Most sentences have no anchor word: skip them untokenized.
        [&](int s, const auto&) { return anchors.AnyIn(s); },
        [&](int s, const v1::Sentence&, const auto& times) {
          text::SentenceTokensInto(document_, s, &tokens_);
          events_numbered_ = false;
          times_ = times;
          Sentence();
        });
    // A very long sentence's tokens are let go, not held by the thread.
    if (tokens_.ReleaseIfLarge()) ThreadTokens().event_tokens = std::vector<Token>();
  }

 private:
  // A window phrase at tokens_[i]: "in (over|more than) a decade", "in 20
  // years", "since 2010", "since the Cold War", "ever", "on record".
  std::optional<Window> WindowAt(std::size_t i) const {
    if (i >= tokens_.size()) return std::nullopt;
    Window window;
    if (IsWord(tokens_[i], "ever")) {
      window.unbounded = true;
      window.words = "ever";
      window.end = i + 1;
      return window;
    }
    if (IsWord(tokens_[i], "on") && i + 1 < tokens_.size() && IsWord(tokens_[i + 1], "record")) {
      window.unbounded = true;
      window.words = "on record";
      window.end = i + 2;
      return window;
    }
    if (IsWord(tokens_[i], "in")) {
      std::size_t k = i + 1;
      if (k < tokens_.size() && (IsWord(tokens_[k], "over") || IsWord(tokens_[k], "nearly") ||
                                 IsWord(tokens_[k], "almost"))) {
        window.at_least = IsWord(tokens_[k], "over");
        ++k;
      } else if (k + 1 < tokens_.size() && IsWord(tokens_[k], "more") &&
                 IsWord(tokens_[k + 1], "than")) {
        window.at_least = true;
        k += 2;
      } else if (k + 1 < tokens_.size() && IsWord(tokens_[k], "at") &&
                 IsWord(tokens_[k + 1], "least")) {
        window.at_least = true;
        k += 2;
      }
      if (k + 1 >= tokens_.size()) return std::nullopt;
      const int n = text::CountOf(tokens_[k]);
      if (n <= 0) return std::nullopt;
      int years_back = 0;
      if (IsWord(tokens_[k + 1], "decade") || IsWord(tokens_[k + 1], "decades")) {
        years_back = 10 * n;
      }
      if (IsWord(tokens_[k + 1], "year") || IsWord(tokens_[k + 1], "years")) years_back = n;
      if (IsWord(tokens_[k + 1], "generation")) years_back = 25 * n;
      if (years_back == 0) return std::nullopt;
      const year_month_day today{as_of_};
      year_month_day start = today - years{years_back};
      if (!start.ok()) start = start.year() / start.month() / last;
      window.first = sys_days{start};
      window.end = k + 2;
    } else if (IsWord(tokens_[i], "since") && i + 1 < tokens_.size()) {
      // "since 2010", "since the 1990s": the host's time expression.
      for (const v1::TimeExpression* time : times_) {
        std::size_t k = i + 1;
        if (time->span().begin() != tokens_[k].begin &&
            !(IsWord(tokens_[k], "the") && k + 1 < tokens_.size() &&
              time->span().begin() == tokens_[k + 1].begin)) {
          continue;
        }
        auto first = ParsePartialDate(time->begin());
        if (!first) return std::nullopt;
        window.first = first->first;
        if (kit::IsPlaced(*time)) {
          window.placed =
              " (from '" + time->text() + "': " + kit::HowPlaced(document_, *time) + ")";
          window.anchored = time->resolution() == v1::TimeExpression::RESOLUTION_ANCHOR;
        }
        std::size_t end = k;
        while (end < tokens_.size() && tokens_[end].begin < time->span().end()) ++end;
        window.end = end;
        break;
      }
      // "since the Cold War": a named event's end.
      if (window.end == 0 && !events_.events().empty()) {
        std::size_t k = i + 1;
        const std::vector<Token>& event_tokens = EventTokens();
        if (IsWord(event_tokens[k], "the") && k + 1 < event_tokens.size()) ++k;
        auto match = events_.names().Longest(event_tokens, k);
        if (match.length == 0) return std::nullopt;
        const reference::Event& event = events_.events()[match.values.front()];
        window.first = event.end ? event.end->last : event.date.last;
        window.end = k + match.length;
      }
      if (window.end == 0) return std::nullopt;  // "since then".
    } else {
      return std::nullopt;
    }
    window.words = Slice(i, window.end);
    return window;
  }

  std::string Slice(std::size_t first, std::size_t end) const {
    const auto b = tokens_[first].begin;
    const auto e = tokens_[end - 1].end;
    return text::CollapseSpaces(std::string_view(document_.text()).substr(b, e - b));
  }

  // The first window phrase after token `from`, close enough to belong to
  // the same claim.
  std::optional<Window> WindowAfter(std::size_t from) const {
    constexpr std::size_t kReach = 16;
    for (std::size_t k = from; k < tokens_.size() && k < from + kReach; ++k) {
      if (tokens_[k].kind == Token::Kind::kPunct && tokens_[k].folded == ";") break;
      if (auto window = WindowAt(k)) return window;
    }
    return std::nullopt;
  }

  void Sentence() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const Token& t = tokens_[i];
      // "never before", "unprecedented", "longest-serving", "a record".
      if ((IsWord(t, "never") && i + 1 < tokens_.size() && IsWord(tokens_[i + 1], "before")) ||
          IsWord(t, "unprecedented") ||
          (IsWord(t, "longest") && t.hyphen_after && i + 1 < tokens_.size() &&
           IsWord(tokens_[i + 1], "serving"))) {
        const std::size_t end = IsWord(t, "unprecedented") ? i + 1 : i + 2;
        Unbounded(i, end);
        i = end - 1;
        continue;
      }
      if (IsWord(t, "record") && i > 0 && IsWord(tokens_[i - 1], "a") && i + 1 < tokens_.size() &&
          tokens_[i + 1].kind == Token::Kind::kWord && !IsNotARecord(tokens_[i + 1])) {
        Unbounded(i - 1, i + 2);
        continue;
      }
      // "the first ...", "for the first time ...".
      if (IsWord(t, "first") && i > 0 &&
          (IsWord(tokens_[i - 1], "the") || IsWord(tokens_[i - 1], "its") ||
           IsWord(tokens_[i - 1], "their"))) {
        // "the first of three".
        if (i + 1 < tokens_.size() && IsWord(tokens_[i + 1], "of")) continue;
        // "the first quarter", "the first half": an ordinal, not a recency.
        if (i + 1 < tokens_.size() && IsOrdinalPeriod(tokens_[i + 1])) continue;
        if (i + 1 < tokens_.size() && IsWord(tokens_[i + 1], "ever")) {
          Unbounded(i - 1, i + 2);
          continue;
        }
        if (auto window = WindowAfter(i + 1)) {
          const std::size_t start = i >= 2 && IsWord(tokens_[i - 2], "for") ? i - 2 : i - 1;
          Windowed(kFirstRule, start, i + 1, *window);
          i = window->end - 1;
        }
        continue;
      }
      // "the highest-ranking ... in over a decade", "the largest ... since 2010",
      // "the youngest ever".
      if (IsSuperlative(t) || IsWord(t, "youngest") || IsWord(t, "oldest") ||
          (IsWord(t, "most") && i + 1 < tokens_.size() &&
           tokens_[i + 1].kind == Token::Kind::kWord)) {
        if (i == 0 || !(IsWord(tokens_[i - 1], "the") || IsWord(tokens_[i - 1], "its") ||
                        IsWord(tokens_[i - 1], "their"))) {
          continue;
        }
        auto window = WindowAfter(i + 1);
        if (!window) continue;
        Windowed(kSuperlativeRule, i - 1, i + 1, *window);
        i = window->end - 1;
      }
    }
  }

  v1::Finding* Add(const char* rule, std::size_t first, std::size_t end, std::string claim,
                   std::string message, v1::Verdict verdict = v1::VERDICT_NEEDS_VERIFICATION) {
    // Messages write days as editors do ("15 June 2013"), like every checker's.
    return kit::AddFinding(out_, rule, tokens_[first].begin, tokens_[end - 1].end, verdict,
                           std::move(claim), SpelledDates(message));
  }

  // A claim of `rule` with the window after it. A window of all of history
  // ("ever", "on record": "the first time ever", "the largest on record")
  // has no start: the claim is about all of history, as "the first ever" is.
  void Windowed(const char* rule, std::size_t first, std::size_t what_end, const Window& window) {
    if (window.unbounded) {
      Unbounded(first, window.end);
    } else {
      Bounded(rule, first, what_end, window);
    }
  }

  void Unbounded(std::size_t first, std::size_t end) {
    const std::string phrase = Slice(first, end);
    Add(kUnboundedRule, first, end,
        "nothing comparable to \"" + phrase + "\" at any time before " + document_.as_of(),
        "\"" + phrase +
            "\" claims there was never anything like it; check it against the "
            "whole record");
  }

  // `what` ends at token `what_end` (exclusive); the window follows. A window
  // whose start the tagger placed ("since March": the last March) is read
  // as the latest start the text allows, so an event inside it contradicts
  // every reading; but it supports no claim, as an earlier start could hold
  // an event, and a start counted from another date ("since that year")
  // decides nothing.
  void Bounded(const char* rule, std::size_t first, std::size_t what_end, const Window& window) {
    const std::string start = FormatDay(window.first);
    const bool superlative = rule == std::string_view(kSuperlativeRule);
    const std::string subject = Subject(first, what_end, window);
    // A claim with no subject of its own names what it compares before it
    // ("the talks were the first in a decade"): it is quoted as written.
    const std::string quoted = "\"" + Slice(first, window.end) + "\"";
    const std::string between = " between " + start + " and " + document_.as_of();
    const std::string claim =
        (subject.empty() ? "nothing comparable to " + quoted
         : superlative   ? "nothing to match \"" + subject + "\""
                         : "no comparable " + subject) +
        between +
        (window.at_least ? " (the text says " + window.words + ": at least that long)" : "");
    if (window.first >= as_of_) {
      Add(rule, first, window.end, claim,
          "The window would start on " + start + window.placed +
              ", not before the article's date " + document_.as_of() + "; check the date");
      return;
    }
    // Which events could contradict or support it.
    const std::string kind = KindInSentence();
    const std::set<std::string> named = ParticipantsInSentence();
    if (const reference::Event* inside = EventInside(window, kind, named)) {
      v1::Finding* finding =
          Add(rule, first, window.end, claim,
              "The events reference has " + Article(kind) + " " + kind + " of " +
                  Join(inside->participants) + " on " + inside->date.text() + " (" + inside->name +
                  "), inside the window from " + start + window.placed +
                  (window.anchored         ? "; check which date the text counts from"
                   : window.placed.empty() ? ""
                                           : "; an earlier start would only widen the window"),
              window.anchored ? v1::VERDICT_NEEDS_VERIFICATION : v1::VERDICT_CONTRADICTED);
      kit::AddEvidence(
          finding, events_.Cite(inside->source),
          SpelledDates(inside->name + ", " + inside->kind + ", " + inside->date.text()),
          events_.Citation(inside->source));
      return;
    }
    if (const reference::Series* series = CompleteSeries(window, kind, named)) {
      v1::Finding* finding =
          Add(rule, first, window.end, claim,
              "The events reference lists every " + kind + " of " + Join(series->participants) +
                  " since " + series->complete_from.text() + " and has none" + between +
                  (window.placed.empty() ? ""
                                         : "; the window's start is the tagger's reading" +
                                               window.placed + ": check which date the text means"),
              window.placed.empty() ? v1::VERDICT_SUPPORTED : v1::VERDICT_NEEDS_VERIFICATION);
      kit::AddEvidence(
          finding, events_.Cite(series->source),
          SpelledDates("complete series " + series->id + " from " + series->complete_from.text()),
          events_.Citation(series->source));
      return;
    }
    Add(rule, first, window.end, claim,
        (subject.empty() ? "Check that there was nothing comparable to " + quoted
         : superlative   ? "Check that nothing matched \"" + subject + "\""
                         : "Check that there was no comparable " + subject) +
            between +
            (window.at_least ? " (\"" + window.words + "\" means at least that long)" : "") +
            window.placed);
  }

  // The first event of `kind` with every participant `named` that falls in
  // the window, if any.
  const reference::Event* EventInside(const Window& window, const std::string& kind,
                                      const std::set<std::string>& named) const {
    if (kind.empty() || named.empty()) return nullptr;
    for (const reference::Event& event : events_.events()) {
      if (event.kind == kind && event.date.first >= window.first && event.date.first < as_of_ &&
          Covers(event.participants, named)) {
        return &event;
      }
    }
    return nullptr;
  }

  // A series that lists every event of `kind` among the participants named
  // since before the window starts, if any.
  const reference::Series* CompleteSeries(const Window& window, const std::string& kind,
                                          const std::set<std::string>& named) const {
    for (const reference::Series& series : events_.series()) {
      if (series.kind != kind || series.complete_from.first > window.first) continue;
      if (std::all_of(series.participants.begin(), series.participants.end(),
                      [&](const std::string& p) { return named.count(text::Fold(p)) > 0; })) {
        return &series;
      }
    }
    return nullptr;
  }

  std::size_t FirstWindowToken(std::size_t from, const Window& window) const {
    for (std::size_t k = from; k < window.end; ++k) {
      if (WindowAt(k)) return k;
    }
    return window.end;
  }

  // The words between the anchor and the window: "visit by a NATO official";
  // empty when there are none ("the first in a decade", "for the first time
  // since").
  std::string Subject(std::size_t first, std::size_t what_end, const Window& window) const {
    const std::size_t window_start = FirstWindowToken(what_end, window);
    std::size_t from = what_end;
    if (from < window_start && IsWord(tokens_[from], "time")) ++from;  // "the first time in ..."
    if (from >= window_start) return {};
    std::size_t end = std::min(window_start, from + 14);
    while (end > from && tokens_[end - 1].kind == Token::Kind::kPunct) --end;
    if (IsSuperlative(tokens_[what_end - 1]) || IsWord(tokens_[what_end - 1], "most") ||
        IsWord(tokens_[what_end - 1], "youngest") || IsWord(tokens_[what_end - 1], "oldest")) {
      return Slice(what_end - 1, end);  // "highest-ranking NATO representative ..."
    }
    return end > from ? Slice(from, end) : std::string();
  }

  std::string KindInSentence() const {
    const auto& kinds = events_.kinds();
    for (const Token& token : tokens_) {
      if (token.kind != Token::Kind::kWord) continue;
      const std::string_view word = token.folded;
      if (kinds.count(word)) return std::string(word);
      if (word.size() > 3 && word.back() == 's' && kinds.count(word.substr(0, word.size() - 1))) {
        return std::string(word.substr(0, word.size() - 1));
      }
    }
    return {};
  }

  // Participants named in the sentence, folded: by name ("NATO"), or by a
  // jurisdiction's name or adjective from the office-holder data ("Israeli").
  std::set<std::string> ParticipantsInSentence() const {
    std::set<std::string> named;
    std::vector<Token> numbered = tokens_;
    places_.Number(&numbered);
    for (std::size_t k = 0; k < numbered.size(); ++k) {
      auto match = places_.jurisdiction_names().Longest(numbered, k);
      if (match.length == 0) continue;
      for (auto value : match.values) {
        named.insert(
            text::Fold(places_.jurisdictions()[reference::OfficeHolders::JurisdictionOf(value)]));
      }
    }
    const std::vector<Token>& event_tokens = EventTokens();
    for (std::size_t k = 0; k < event_tokens.size(); ++k) {
      for (auto value : events_.participants().Longest(event_tokens, k).values) {
        named.insert(events_.participant_names()[value]);
      }
    }
    return named;
  }

  // An event speaks to the claim when it has every participant the sentence
  // names, and the sentence names at least two ("NATO" and "Israeli"): one
  // country alone matches too much.
  static bool Covers(const std::vector<std::string>& participants,
                     const std::set<std::string>& named) {
    if (named.size() < 2) return false;
    std::set<std::string> theirs;
    for (const auto& p : participants) theirs.insert(text::Fold(p));
    return std::all_of(named.begin(), named.end(),
                       [&](const std::string& n) { return theirs.count(n) > 0; });
  }

  static std::string Article(const std::string& word) {
    return !word.empty() && std::string_view("aeiou").find(word[0]) != std::string_view::npos ? "an"
                                                                                              : "a";
  }

  static std::string Join(const std::vector<std::string>& words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i > 0) out += i + 1 == words.size() ? " and " : ", ";
      out += words[i];
    }
    return out;
  }

  // The sentence's tokens numbered in the events' vocabulary, made the first
  // time an event's name or participants are looked for: most sentences
  // with an anchor word name no window that needs them. They view what
  // tokens_ views: made again for each sentence (events_numbered_ is
  // cleared as tokens_ is filled).
  const std::vector<Token>& EventTokens() const {
    if (!events_numbered_) {
      event_tokens_ = tokens_;
      events_.Number(&event_tokens_);
      events_numbered_ = true;
    }
    return event_tokens_;
  }

  const reference::Events& events_;
  const reference::OfficeHolders& places_;
  const v1::Document& document_;
  sys_days as_of_;
  v1::CheckResponse* out_;
  // A sentence's tokens, as given and numbered in the events' vocabulary:
  // kept by the thread from document to document, so that their vectors
  // are grown once.
  struct Tokens {
    text::TokenList tokens;
    std::vector<Token> event_tokens;
  };
  static Tokens& ThreadTokens() {
    thread_local Tokens tokens;
    return tokens;
  }
  text::TokenList& tokens_ = ThreadTokens().tokens;
  std::vector<Token>& event_tokens_ = ThreadTokens().event_tokens;  // EventTokens().
  mutable bool events_numbered_ = false;
  text::TimeList times_;
};

}  // namespace

bool CheckRecency(const reference::Events& events, const reference::OfficeHolders& places,
                  const v1::Document& document, v1::CheckResponse* response) {
  const auto as_of = kit::AsOf(document);
  if (!as_of) return false;
  Checker(events, places, document, *as_of, response).Run();
  return true;
}

std::vector<const text::WordSet*> RecencySentenceFilters() { return {&Anchors()}; }

}  // namespace factcheck::recency
