#include "document/time_tense.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace factcheck::tagger {
namespace {

// What the word table says of the token's tense (WordFacts::verb); none for
// numbers and punctuation, which it does not look up.
Verb VerbOf(const TimeToken& tok) { return tok.verb; }

// How far from the expression a verb may be and still be its clause's.
constexpr std::size_t kReach = 12;

bool Is(const std::vector<TimeToken>& t, std::size_t k, Word word) {
  return k < t.size() && t[k].kind == TimeToken::kWord && IsWord(t[k], word);
}

// Punctuation and words that end a clause: a verb beyond them is another
// clause's ("said on Monday that it will ...").
bool IsBoundary(const TimeToken& tok) {
  if (tok.kind == TimeToken::kPunct) {
    return std::string_view(";:()[]\"|!?,").find(tok.lower[0]) != std::string_view::npos;
  }
  return VerbOf(tok) == Verb::kBoundary;
}

// A regular past form or participle: "opened", "was signed". Not nouns and
// adjectives that end in -ed ("hundred", "Tokyo-based", "United").
bool RegularPast(const std::vector<TimeToken>& t, std::size_t k) {
  const std::string_view w = t[k].lower;
  if (t[k].kind != TimeToken::kWord || w.size() < 4 || !w.ends_with("ed")) return false;
  if (t[k].capitalized && k > 0) return false;
  if (k > 0 && !t[k].space_before && IsWord(t[k - 1], "-")) return false;
  static constexpr std::array<std::string_view, 24> kNotVerbs = {
      "need",    "speed",  "feed",   "seed",  "shed",   "hundred", "indeed", "proceed",
      "succeed", "exceed", "breed",  "bleed", "greed",  "weed",    "heed",   "deed",
      "steed",   "creed",  "sacred", "naked", "wicked", "kindred", "embed",  "sled"};
  return std::find(kNotVerbs.begin(), kNotVerbs.end(), w) == kNotVerbs.end();
}

bool Ing(const TimeToken& tok) {
  const std::string_view w = tok.lower;
  if (tok.kind != TimeToken::kWord || w.size() < 5 || !w.ends_with("ing")) return false;
  static constexpr std::array<std::string_view, 12> kNotVerbs = {
      "during",     "morning", "evening", "nothing",  "something", "anything",
      "everything", "spring",  "string",  "sterling", "ceiling",   "beijing"};
  return std::find(kNotVerbs.begin(), kNotVerbs.end(), w) == kNotVerbs.end();
}

// The word before k, skipping adverbs ("has not yet", "will also").
std::size_t Before(const std::vector<TimeToken>& t, std::size_t k) {
  while (k > 0 && (VerbOf(t[k - 1]) == Verb::kAdverb || IsWord(t[k - 1], "'"))) --k;
  return k == 0 ? t.size() : k - 1;
}

// The word after k, skipping adverbs.
std::size_t After(const std::vector<TimeToken>& t, std::size_t k) {
  ++k;
  while (k < t.size() && (VerbOf(t[k]) == Verb::kAdverb || IsWord(t[k], "'"))) ++k;
  return k;
}

bool IsAuxiliary(Verb verb) {
  switch (verb) {
    case Verb::kWill:
    case Verb::kWould:
    case Verb::kModal:
    case Verb::kBePresent:
    case Verb::kBePast:
    case Verb::kBe:
    case Verb::kHave:
    case Verb::kHad:
    case Verb::kDo:
    case Verb::kDid:
      return true;
    default:
      return false;
  }
}

// What follows a present "is"/"are" that makes it the future: "is to
// open", "is going to", "is meeting", "is expected to", "is due".
bool FutureAfterBe(const std::vector<TimeToken>& t, std::size_t k) {
  const std::size_t a = After(t, k);
  if (a >= t.size()) return false;
  return Is(t, a, "to") || Is(t, a, "about") || VerbOf(t[a]) == Verb::kGoing ||
         VerbOf(t[a]) == Verb::kFutureCue || Ing(t[a]);
}

// The tense the verb group whose word is at k gives, or nullopt when that
// word does not decide it and the scan goes on. `infinitive`: a "to" stood
// between this word and the expression ("agreed to meet on Monday").
std::optional<Tense> Decide(const std::vector<TimeToken>& t, std::size_t k, bool infinitive) {
  const TimeToken& tok = t[k];
  if (tok.kind != TimeToken::kWord) return std::nullopt;
  if (tok.lower == "won" && k + 2 < t.size() && IsWord(t[k + 1], "'") && Is(t, k + 2, "t")) {
    return Tense::kFuture;  // "won't"
  }
  const std::size_t before = Before(t, k);
  const Verb aux = before < t.size() ? VerbOf(t[before]) : Verb::kNone;
  switch (VerbOf(tok)) {
    case Verb::kWill:
      return Tense::kFuture;
    case Verb::kWould:
    case Verb::kModal:
      if (tok.capitalized && k > 0) return std::nullopt;  // "May", the month.
      return Is(t, After(t, k), "have") ? Tense::kPast : Tense::kFuture;
    case Verb::kBePresent:
      return FutureAfterBe(t, k) ? Tense::kFuture : Tense::kNone;
    case Verb::kBePast:
      return FutureAfterBe(t, k) && !Ing(t[After(t, k)]) ? Tense::kNone : Tense::kPast;
    case Verb::kHad:
    case Verb::kDid:
      return Tense::kPast;
    case Verb::kHave:
      return Is(t, After(t, k), "to") ? Tense::kFuture : Tense::kPast;
    case Verb::kDo:
      return Tense::kNone;
    case Verb::kGoing:
      if (!Is(t, k + 1, "to")) return std::nullopt;
      return aux == Verb::kBePast ? Tense::kNone : Tense::kFuture;
    case Verb::kFutureCue:
      if (tok.lower == "set" && !Is(t, k + 1, "to") && !Is(t, k + 1, "for")) return std::nullopt;
      if (aux == Verb::kBePast || aux == Verb::kHad) return Tense::kNone;
      if (aux == Verb::kBePresent || aux == Verb::kWill) return Tense::kFuture;
      // "He planned to leave on Monday": past planning, either outcome.
      return tok.lower.ends_with("ed") && Is(t, k + 1, "to") ? Tense::kNone : Tense::kFuture;
    default:
      break;
  }
  const bool past_form = VerbOf(tok) == Verb::kPast || RegularPast(t, k);
  if (!past_form) return std::nullopt;
  // "was signed", "has met": the auxiliary decides; "the proposed merger":
  // an adjective.
  if (IsAuxiliary(aux) || aux == Verb::kDeterminer) return std::nullopt;
  return infinitive ? Tense::kNone : Tense::kPast;
}

std::optional<Tense> ScanLeft(const std::vector<TimeToken>& t, std::size_t first) {
  bool infinitive = false;
  for (std::size_t k = first; k-- > 0 && first - k <= kReach;) {
    if (IsBoundary(t[k])) return std::nullopt;
    if (auto tense = Decide(t, k, infinitive)) return tense;
    if (Is(t, k, "to")) infinitive = true;
  }
  return std::nullopt;
}

std::optional<Tense> ScanRight(const std::vector<TimeToken>& t, std::size_t next) {
  std::size_t k = next;
  // "On Monday, the company said"; "Monday's vote was".
  if (k < t.size() && IsWord(t[k], ",")) ++k;
  if (k + 1 < t.size() && IsWord(t[k], "'") && IsWord(t[k + 1], "s")) k += 2;
  for (const std::size_t stop = std::min(t.size(), k + kReach); k < stop; ++k) {
    // "opened on Monday and will close": the next clause's verbs are its own.
    if (IsBoundary(t[k]) || Is(t, k, "and") || Is(t, k, "or")) return std::nullopt;
    if (auto tense = Decide(t, k, false)) return tense;
  }
  return std::nullopt;
}

}  // namespace

Tense ClauseTense(const std::vector<TimeToken>& tokens, std::size_t first, std::size_t next) {
  // "since March", "since mid-September": a time counted from is behind us.
  std::size_t k = first;
  while (k > 0 && first - k < 4 &&
         (IsWord(tokens[k - 1], "-") || Is(tokens, k - 1, "mid") || Is(tokens, k - 1, "early") ||
          Is(tokens, k - 1, "late") || Is(tokens, k - 1, "the") || Is(tokens, k - 1, "of") ||
          Is(tokens, k - 1, "end") || Is(tokens, k - 1, "beginning") ||
          Is(tokens, k - 1, "start"))) {
    --k;
  }
  if ((k > 0 && Is(tokens, k - 1, "since")) || Is(tokens, first, "since")) return Tense::kPast;
  if (auto tense = ScanLeft(tokens, first)) return *tense;
  return ScanRight(tokens, next).value_or(Tense::kNone);
}

}  // namespace factcheck::tagger
