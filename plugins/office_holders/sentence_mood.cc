#include "office_holders/sentence_mood.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace factcheck::office_holders {
namespace {

using text::Token;
using namespace std::chrono;

template <std::size_t N>
bool OneOf(const std::string_view (&words)[N], const Token& token) {
  return token.kind == Token::Kind::kWord &&
         std::find(std::begin(words), std::end(words), token.folded) != std::end(words);
}

bool IsPunct(const Token& token, std::string_view punct) {
  return token.kind == Token::Kind::kPunct && token.folded == punct;
}

bool EndsClause(const Token& token) {
  return token.kind == Token::Kind::kPunct &&
         (token.folded == "," || token.folded == ";" || token.folded == ":" ||
          token.folded == "\u2014" || token.folded == "\u2013" || token.folded == "(" ||
          token.folded == ")");
}

// Words that open a condition or a possibility.
bool IsConditional(const Token& token) {
  static constexpr std::string_view kWords[] = {"if", "unless", "whether", "supposing"};
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

// Adverbs between a subject and its verb.
bool IsAdverb(const Token& token) {
  static constexpr std::string_view kWords[] = {
      "also", "later", "again",      "still",   "now",     "today",   "yesterday",
      "then", "once",  "reportedly", "himself", "herself", "however", "never"};
  return OneOf(kWords, token);
}

// Verbs of reporting, past and present ("said" in a report of the day), and
// common verbs in the present tense.
bool IsPresentVerb(const Token& token) {
  static constexpr std::string_view kWords[] = {
      "said",      "says",       "say",        "told",         "tells",        "added",
      "adds",      "announced",  "announces",  "warned",       "warns",        "urged",
      "urges",     "insisted",   "insists",    "stressed",     "stresses",     "noted",
      "notes",     "argued",     "argues",     "claimed",      "claims",       "conceded",
      "concedes",  "denied",     "denies",     "declined",     "declines",     "replied",
      "replies",   "responded",  "responds",   "asked",        "asks",         "called",
      "calls",     "welcomed",   "welcomes",   "acknowledged", "acknowledges", "admitted",
      "admits",    "predicted",  "predicts",   "promised",     "promises",     "pledged",
      "pledges",   "vowed",      "vows",       "suggested",    "suggests",     "indicated",
      "indicates", "confirmed",  "confirms",   "disclosed",    "revealed",     "reiterated",
      "rejected",  "criticised", "criticized", "praised",      "wrote",        "commented",
      "explained", "cautioned",  "signalled",  "signaled",     "proposed",     "unveiled",
      "is",        "are",        "has",        "have",         "does",         "do",
      "remains",   "plans",      "wants",      "hopes",        "expects",      "believes",
      "thinks",    "faces",      "needs",      "seeks",        "intends",      "appears",
      "seems",     "will",       "would",      "can",          "could",        "may",
      "might",     "must",       "should",     "shall",        "told",         "telling",
      "speaking",  "quoted",     "according",  "spoke"};
  return OneOf(kWords, token);
}

}  // namespace

SentenceMood::SentenceMood(const std::vector<Token>& tokens,
                           const std::vector<const v1::TimeExpression*>& times, Days as_of)
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
  // "Gordon Brown will make ...", "... would become".
  std::size_t v = end;
  if (v < tokens_.size() && IsModal(tokens_[v])) {
    ++v;
    while (v < tokens_.size() && (IsAdverb(tokens_[v]) || tokens_[v].folded == "not")) ++v;
    if (v < tokens_.size() && IsPredicateVerb(tokens_[v])) return true;
  }
  return false;
}

bool SentenceMood::Present(std::size_t first, std::size_t end) const {
  if (near_present_) return true;
  if (names_past_) return false;
  return VerbAfter(end) || VerbBefore(first);
}

bool SentenceMood::VerbAfter(std::size_t end) const {
  std::size_t k = end;
  // "X, the prime minister, said"; "the foreign secretary, Dominic Raab,
  // who told ..."; "X, 56, said".
  for (int commas = 0; k < tokens_.size() && commas < 3; ++commas) {
    if (IsPunct(tokens_[k], ",")) {
      ++k;
    } else if (tokens_[k].kind == Token::Kind::kNumber && k + 1 < tokens_.size() &&
               IsPunct(tokens_[k + 1], ",")) {
      k += 2;
    } else {
      break;
    }
  }
  if (k < tokens_.size() && (tokens_[k].folded == "who" || tokens_[k].folded == "which")) ++k;
  while (k < tokens_.size() && IsAdverb(tokens_[k])) ++k;
  if (k >= tokens_.size()) return false;
  const Token& verb = tokens_[k];
  if (IsPresentVerb(verb)) return true;
  // A verb in the third person: "Blair wants", "Brown faces".
  const std::string& w = verb.folded;
  static constexpr std::string_view kNotVerbs[] = {
      "was", "has", "his", "its", "this", "us", "as", "plus", "thus", "unless", "whereas", "news"};
  return verb.kind == Token::Kind::kWord && !verb.capitalized && w.size() > 3 && w.back() == 's' &&
         !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && !OneOf(kNotVerbs, verb);
}

bool SentenceMood::VerbBefore(std::size_t first) const {
  // "said Prime Minister X", "according to Chancellor X".
  if (first == 0) return false;
  const Token& before = tokens_[first - 1];
  if (before.folded == "said" || before.folded == "says" || before.folded == "told" ||
      before.folded == "added") {
    return true;
  }
  return first >= 2 && before.folded == "to" && tokens_[first - 2].folded == "according";
}

}  // namespace factcheck::office_holders
