#include "document/time_tense.h"

#include <algorithm>
#include <array>
#include <bit>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace factcheck::tagger {
namespace {

// What a word says about the tense of its clause.
enum class Verb : std::uint8_t {
  kNone,
  kWill,        // will, shall
  kWould,       // would
  kModal,       // can, could, may, might, must, should
  kBePresent,   // is, are, am
  kBePast,      // was, were
  kBe,          // be, been, being
  kHave,        // has, have
  kHad,         // had
  kDo,          // do, does
  kDid,         // did
  kPast,        // an irregular past form or participle: said, met, taken
  kFutureCue,   // plans, due, scheduled, expected, ...: the future when present
  kGoing,       // going (to)
  kAdverb,      // not, also, already, ...: skipped inside a verb group
  kDeterminer,  // the, a, its, ...: an -ed word after one is an adjective
  kBoundary,    // that, which, who, because, ...: a clause starts here
};

// The words that tell the tense of a clause, looked up only for the words
// around an expression that needs a tense.
const std::unordered_map<std::string, Verb>& VerbWords() {
  static const auto* const kWords = [] {
    auto* words = new std::unordered_map<std::string, Verb>();
    auto add = [words](Verb verb, std::initializer_list<const char*> list) {
      for (const char* word : list) (*words)[word] = verb;
    };
    add(Verb::kWill, {"will", "shall", "ll", "wo"});
    add(Verb::kWould, {"would", "wouldn"});
    add(Verb::kModal, {"can", "could", "may", "might", "must", "should", "couldn", "shouldn"});
    add(Verb::kBePresent, {"is", "are", "am", "isn", "aren"});
    add(Verb::kBePast, {"was", "were", "wasn", "weren"});
    add(Verb::kBe, {"be", "been", "being"});
    add(Verb::kHave, {"has", "have", "hasn", "haven"});
    add(Verb::kHad, {"had", "hadn"});
    add(Verb::kDo, {"do", "does", "doesn", "don"});
    add(Verb::kDid, {"did", "didn"});
    add(Verb::kGoing, {"going"});
    add(Verb::kFutureCue,
        {"plan",     "plans",     "planning", "planned",   "intend",   "intends", "intended",
         "aim",      "aims",      "expect",   "expects",   "expected", "hope",    "hopes",
         "due",      "scheduled", "slated",   "poised",    "set",      "seeks",   "wants",
         "prepares", "preparing", "promises", "threatens", "vows",     "pledges"});
    add(Verb::kAdverb,
        {"not",   "also",     "already",    "just",       "still",    "never",  "now",
         "again", "formally", "officially", "reportedly", "probably", "likely", "finally",
         "only",  "first",    "then",       "t",          "jointly",  "briefly"});
    add(Verb::kDeterminer,
        {"the", "a",    "an",    "its",   "their", "his",  "her",  "our",  "your",
         "my",  "this", "these", "those", "no",    "any",  "some", "each", "every",
         "of",  "with", "newly", "so",    "most",  "more", "less", "well"});
    add(Verb::kBoundary,
        {"that",    "which", "who",    "whom",  "whose", "because", "although", "though",
         "whereas", "while", "unless", "if",    "when",  "where",   "but",      "whether",
         "since",   "after", "before", "until", "as",    "what"});
    // Irregular past forms and participles: unambiguous ones only ("set",
    // "cut", "put" are also present tense).
    add(Verb::kPast,
        {"said",       "told",       "met",     "took",     "went",      "came",       "made",
         "held",       "began",      "begun",   "won",      "lost",      "left",       "fell",
         "fallen",     "rose",       "risen",   "saw",      "seen",      "gave",       "given",
         "sold",       "bought",     "paid",    "spoke",    "spoken",    "wrote",      "written",
         "ran",        "became",     "broke",   "broken",   "brought",   "built",      "chose",
         "chosen",     "drove",      "driven",  "fought",   "found",     "flew",       "flown",
         "forgot",     "got",        "gotten",  "grew",     "grown",     "heard",      "kept",
         "knew",       "known",      "led",     "meant",    "sent",      "spent",      "stood",
         "struck",     "taught",     "thought", "threw",    "thrown",    "understood", "woke",
         "wore",       "sank",       "sunk",    "sought",   "shot",      "slept",      "stole",
         "stolen",     "swore",      "sworn",   "swept",    "lent",      "laid",       "felt",
         "fed",        "fled",       "hung",    "hid",      "hidden",    "dealt",      "dug",
         "drew",       "drawn",      "ate",     "eaten",    "froze",     "frozen",     "shook",
         "shaken",     "tore",       "torn",    "withdrew", "withdrawn", "overtook",   "overtaken",
         "undertook",  "undertaken", "upheld",  "withheld", "overcame",  "arose",      "arisen",
         "caught",     "done",       "gone",    "taken",    "shown",     "forgave",    "forgiven",
         "oversaw",    "overseen",   "rode",    "ridden",   "strode",    "swung",      "wept",
         "mistook",    "mistaken",   "rebuilt", "retook",   "foresaw",   "foretold",   "overthrew",
         "overthrown", "beaten",     "bitten",  "blown",    "proven",    "sang",       "sung",
         "rang",       "rung",       "drank",   "stuck",    "spun",      "slid",       "bound"});
    return words;
  }();
  return *kWords;
}

// VerbWords as an open-addressing table keyed by the tokens' own WordKey,
// so that a lookup (tense is asked of every word near an expression) hashes
// no string: the key decides for words of up to seven letters.
class VerbTable {
 public:
  VerbTable() {
    const auto& words = VerbWords();
    while (slots_.size() < 2 * words.size()) slots_.resize(slots_.size() * 2);
    shift_ = 64 - std::countr_zero(slots_.size());
    for (const auto& [word, verb] : words) {
      const std::uint64_t key = WordKey(word);
      std::size_t h = SlotOf(key);
      while (slots_[h].key != 0) h = (h + 1) & (slots_.size() - 1);
      slots_[h] = {key, word, verb};
    }
  }
  Verb Of(const TimeToken& tok) const {
    for (std::size_t h = SlotOf(tok.key);; h = (h + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[h];
      if (slot.key == 0) return Verb::kNone;
      if (slot.key == tok.key && (tok.lower.size() <= 7 || slot.word == tok.lower)) {
        return slot.verb;
      }
    }
  }

 private:
  struct Slot {
    std::uint64_t key = 0;  // 0: empty (no word is empty).
    std::string word;
    Verb verb = Verb::kNone;
  };
  std::size_t SlotOf(std::uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> shift_; }
  std::vector<Slot> slots_ = std::vector<Slot>(8);
  int shift_ = 61;
};

Verb VerbOf(const TimeToken& tok) {
  if (tok.kind != TimeToken::kWord) return Verb::kNone;
  static const VerbTable table;
  return table.Of(tok);
}

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
  const std::string& w = t[k].lower;
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
  const std::string& w = tok.lower;
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
