#include "office_holders/sentence_mood.h"

#include <string_view>

namespace factcheck::office_holders {
namespace {

using text::OneOf;
using text::Token;
using namespace std::chrono;

bool EndsClause(const Token& token) {
  return token.kind == Token::Kind::kPunct &&
         (token.folded == "," || token.folded == ";" || token.folded == ":" ||
          token.folded == "\u2014" || token.folded == "\u2013" || token.folded == "(" ||
          token.folded == ")");
}

// Words that open a condition or a possibility.
bool IsConditional(const Token& token) {
  static constexpr std::string_view kWords[] = {"if", "unless", "supposing"};
  return OneOf(kWords, token);
}

// The base forms that make a title the predicate of a modal or an
// infinitive: "would become prime minister", "hopes to be", "will make".
bool IsPredicateVerb(const Token& token) {
  static constexpr std::string_view kWords[] = {"be", "become", "make"};
  return OneOf(kWords, token);
}

bool IsModal(const Token& token) {
  static constexpr std::string_view kWords[] = {"will",  "would",  "could", "might", "may",
                                                "shall", "should", "can",   "must"};
  return OneOf(kWords, token);
}

// Adverbs between a subject and its verb: "also", "later", "angrily".
bool IsAdverb(const Token& token) {
  static constexpr std::string_view kWords[] = {
      "also", "later", "again",      "still",   "now",     "today",   "yesterday",
      "then", "once",  "reportedly", "himself", "herself", "however", "never",
      "not",  "just",  "recently",   "already", "further", "often"};
  return OneOf(kWords, token) || (token.kind == Token::Kind::kWord && !token.capitalized &&
                                  token.folded.size() > 4 && token.folded.ends_with("ly"));
}

// Verbs of reporting, past and present ("said" in a report of the day), and
// verbs in the present tense or of the present's future.
bool IsPresentVerb(const Token& token) {
  static constexpr std::string_view kWords[] = {
      "said",         "says",         "say",        "told",       "tells",      "added",
      "adds",         "announced",    "announces",  "declared",   "declares",   "stated",
      "warned",       "warns",        "urged",      "urges",      "insisted",   "insists",
      "stressed",     "stresses",     "noted",      "notes",      "argued",     "argues",
      "claimed",      "claims",       "conceded",   "concedes",   "denied",     "denies",
      "declined",     "declines",     "replied",    "replies",    "responded",  "responds",
      "asked",        "asks",         "called",     "calls",      "welcomed",   "welcomes",
      "acknowledged", "acknowledges", "admitted",   "admits",     "predicted",  "predicts",
      "forecast",     "forecasts",    "promised",   "promises",   "pledged",    "pledges",
      "vowed",        "vows",         "suggested",  "suggests",   "indicated",  "indicates",
      "confirmed",    "confirms",     "disclosed",  "revealed",   "reiterated", "repeated",
      "rejected",     "rejects",      "criticised", "criticized", "criticises", "criticizes",
      "denounced",    "defended",     "defends",    "praised",    "accused",    "accuses",
      "demanded",     "demands",      "appealed",   "wrote",      "writes",     "commented",
      "explained",    "cautioned",    "signalled",  "signaled",   "hinted",     "expressed",
      "voiced",       "proposed",     "proposes",   "unveiled",   "quoted",     "according",
      "is",           "are",          "has",        "have",       "does",       "do",
      "remains",      "plans",        "wants",      "hopes",      "expects",    "believes",
      "thinks",       "faces",        "needs",      "seeks",      "intends",    "appears",
      "seems",        "will",         "would",      "can",        "could",      "may",
      "might",        "must",         "should",     "shall",      "telling",    "speaking",
      "spoke",        "speaks"};
  return OneOf(kWords, token);
}

// Verbs whose object is the person spoken to or quoted: "told Prime Minister
// X", "urged President X", "according to Chancellor X".
bool IsAddressVerb(const Token& token) {
  static constexpr std::string_view kWords[] = {
      "said",  "says",   "told",    "tells",   "added",  "asked",    "asks",   "urged",
      "urges", "warned", "warns",   "quoted",  "to",     "thanked",  "called", "assured",
      "met",   "meets",  "meeting", "visited", "visits", "visiting", "with"};
  return OneOf(kWords, token);
}

}  // namespace

SentenceMood::SentenceMood(const std::vector<Token>& tokens, text::TimeList times, Days as_of)
    : tokens_(tokens) {
  for (const v1::TimeExpression* time : times) {
    if (time->impossible()) continue;
    auto first = ParseDay(time->begin());
    auto last = ParseDay(time->end());
    if (!first || !last) continue;
    if (*last < as_of - days{31}) names_past_ = true;
    // "today", "on Tuesday", "this week", "last week": days around as_of.
    if (*last >= as_of - days{8} && *first <= as_of + days{1} && *last - *first <= days{31}) {
      near_present_ = true;
    }
  }
}

bool SentenceMood::Hypothetical(std::size_t first, std::size_t end) const {
  // "If Gordon Brown becomes ...": a condition earlier in the clause.
  for (std::size_t k = first; k-- > 0;) {
    if (EndsClause(tokens_[k])) break;
    if (IsConditional(tokens_[k])) return true;
  }
  // "would become prime minister", "hopes to be the next ...".
  std::size_t k = first;
  while (k > 0 && (tokens_[k - 1].folded == "a" || tokens_[k - 1].folded == "an" ||
                   tokens_[k - 1].folded == "the")) {
    --k;
  }
  if (k > 0 && IsPredicateVerb(tokens_[k - 1])) return true;
  // "... Gordon Brown would become".
  std::size_t v = end;
  if (v < tokens_.size() && IsModal(tokens_[v])) {
    ++v;
    while (v < tokens_.size() && IsAdverb(tokens_[v])) ++v;
    if (v < tokens_.size() && (tokens_[v].folded == "become" || tokens_[v].folded == "becomes")) {
      return true;
    }
  }
  return false;
}

bool SentenceMood::Present(std::size_t first, std::size_t end) const {
  if (near_present_) return true;
  if (names_past_) return false;
  return VerbAfter(end) || VerbBefore(first);
}

std::size_t SentenceMood::SkipAdverbs(std::size_t k) const {
  while (k < tokens_.size() && IsAdverb(tokens_[k])) ++k;
  return k;
}

bool SentenceMood::VerbAfter(std::size_t end) const {
  std::size_t k = end;
  // "Secretary of State X and Foreign Minister Y will meet": past the other
  // subjects, to the verb.
  if (k < tokens_.size() && tokens_[k].folded == "and") {
    std::size_t j = k + 1;
    while (j < tokens_.size() && j < k + 9 && tokens_[j].kind == Token::Kind::kWord &&
           (tokens_[j].capitalized || tokens_[j].folded == "of")) {
      ++j;
    }
    if (j > k + 1) k = j;
  }
  // "X, the prime minister, said"; "the foreign secretary, Dominic Raab,
  // who told ..."; "X, 56, said"; "President X, seeking to salvage his
  // policy, said": past an apposition or a participle between commas.
  for (int clauses = 0; clauses < 3 && k < tokens_.size(); ++clauses) {
    k = SkipAdverbs(k);
    if (k >= tokens_.size()) return false;
    if (tokens_[k].folded == "who" || tokens_[k].folded == "which") k = SkipAdverbs(k + 1);
    if (k < tokens_.size() && IsVerbOfThePresent(k)) return true;
    if (k >= tokens_.size() || tokens_[k].kind != Token::Kind::kPunct || tokens_[k].folded != ",") {
      return false;
    }
    // To the comma that closes what the comma opened.
    std::size_t close = k + 1;
    while (close < tokens_.size() && close < k + 16 && !EndsClause(tokens_[close])) ++close;
    if (close >= tokens_.size() || close >= k + 16 || tokens_[close].folded != ",") {
      k = k + 1;  // "X, 56, said": try the word after the first comma.
      continue;
    }
    if (IsVerbOfThePresent(SkipAdverbs(k + 1))) return true;
    k = close + 1;
  }
  return false;
}

bool SentenceMood::IsVerbOfThePresent(std::size_t k) const {
  if (k >= tokens_.size()) return false;
  const Token& verb = tokens_[k];
  if (IsPresentVerb(verb)) return true;
  // A verb in the third person: "Blair wants", "Brown faces".
  const std::string_view w = verb.folded;
  static constexpr std::string_view kNotVerbs[] = {"was",     "has",  "his",  "its",    "this",
                                                   "us",      "as",   "plus", "thus",   "unless",
                                                   "whereas", "news", "less", "always", "perhaps"};
  return verb.kind == Token::Kind::kWord && !verb.capitalized && w.size() > 3 && w.back() == 's' &&
         !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && !OneOf(kNotVerbs, verb);
}

bool SentenceMood::VerbBefore(std::size_t first) const {
  // "said Prime Minister X", "told visiting Chancellor X", "according to
  // President X", "met with Prime Minister X".
  std::size_t k = first;
  for (int skipped = 0; k > 0 && skipped < 2; ++skipped) {
    const Token& before = tokens_[k - 1];
    if (IsAddressVerb(before) &&
        !(before.folded == "to" && (k < 2 || tokens_[k - 2].folded != "according"))) {
      return before.folded != "with" || (k >= 2 && IsAddressVerb(tokens_[k - 2]));
    }
    // "visiting", "U.S.": a word between the verb and the title.
    if (before.kind != Token::Kind::kWord) return false;
    --k;
  }
  return false;
}

}  // namespace factcheck::office_holders
