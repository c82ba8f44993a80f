#include "office_holders/titles.h"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>

#include "common/word_set.h"

namespace factcheck::office_holders {
namespace {

using text::IsPunct;
using text::IsWord;
using text::OneOf;
using text::Token;

// Words that make a title a different, lesser office ("Deputy Secretary
// General" is not "Secretary General", "shadow home secretary" is not the
// Home Secretary).
constexpr std::string_view kRankWords[] = {"deputy", "vice",      "assistant",
                                           "shadow", "associate", "junior"};
bool IsRankWord(const Token& token) { return OneOf(kRankWords, token); }

// Words before a title that leave its time as it is: "the new foreign
// secretary", "the current president".
constexpr std::string_view kNeutralWords[] = {"new",     "current", "incumbent",
                                              "sitting", "serving", "present"};
bool IsNeutralWord(const Token& token) { return !token.capitalized && OneOf(kNeutralWords, token); }

// Words that put a title in the future or in a possibility: "future prime
// minister", "would-be president", "the next chancellor".
constexpr std::string_view kFutureWords[] = {"future",   "next",        "prospective", "potential",
                                             "possible", "presumptive", "likely",      "aspiring"};
bool IsFutureWord(const std::vector<Token>& tokens, std::size_t i) {
  const Token& token = tokens[i];
  if (token.capitalized && i > 0) return false;
  if (IsWord(token, "would") && token.hyphen_after && i + 1 < tokens.size() &&
      IsWord(tokens[i + 1], "be")) {
    return true;
  }
  return OneOf(kFutureWords, token);
}

// The words that set a title's modifier: "ousted Prime Minister Timoci
// Bavadra" is no longer in office. "ex" counts only before a hyphen
// ("ex-minister").
struct ModifierWord {
  std::string_view word;
  Modifier modifier;
};
constexpr ModifierWord kModifierWords[] = {
    {"former", Modifier::kFormer},     {"ousted", Modifier::kFormer},
    {"deposed", Modifier::kFormer},    {"toppled", Modifier::kFormer},
    {"overthrown", Modifier::kFormer}, {"ex", Modifier::kFormer},
    {"then", Modifier::kThen},         {"late", Modifier::kLate},
    {"incoming", Modifier::kIncoming}, {"outgoing", Modifier::kOutgoing},
    {"acting", Modifier::kActing},     {"interim", Modifier::kActing}};

std::optional<Modifier> ModifierAt(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  // Cheap rejection first: every modifier word starts with one of these letters.
  if (t.kind != Token::Kind::kWord || t.folded.empty() ||
      std::string_view("feltioad").find(t.folded[0]) == std::string_view::npos) {
    return std::nullopt;
  }
  for (const ModifierWord& entry : kModifierWords) {
    if (t.folded != entry.word) continue;
    if (entry.word == "ex" && !t.hyphen_after) return std::nullopt;
    return entry.modifier;
  }
  return std::nullopt;
}

// Every word that ModifierAt, IsRankWord, IsNeutralWord or IsFutureWord
// can hold true of, in one set: most tokens a title may open at are none of
// them, and one test turns them away before the four lists.
const text::WordSet& OpenerWords() {
  static const text::WordSet* const words = [] {
    auto* set = new text::WordSet();
    const std::span<const std::string_view> lists[] = {kRankWords, kNeutralWords, kFutureWords};
    for (const auto& list : lists) {
      for (const std::string_view word : list) set->Add(std::string(word));
    }
    for (const ModifierWord& entry : kModifierWords) set->Add(std::string(entry.word));
    set->Add("would");  // "would-be".
    return set;
  }();
  return *words;
}

// Skips the hyphen token after "ex-" or "then-".
std::size_t SkipHyphen(const std::vector<Token>& tokens, std::size_t i) {
  if (i < tokens.size() && IsPunct(tokens[i], "-")) return i + 1;
  return i;
}

bool IsMonarchTitle(const Token& token) {
  static constexpr std::string_view kWords[] = {"king",    "queen",   "monarch", "emperor",
                                                "empress", "sultan",  "emir",    "pope",
                                                "prince",  "princess"};
  return OneOf(kWords, token);
}

// Lower-case words between a company's name and its officer's title:
// "ATT senior vice president".
bool IsQualifier(const Token& token) {
  static constexpr std::string_view kWords[] = {"senior", "executive", "first",
                                                "group",  "regional",  "general"};
  return !token.capitalized && OneOf(kWords, token);
}

}  // namespace

bool IsOrganisationWord(const Token& token) {
  static constexpr std::string_view kWords[] = {
      "league", "cup", "division", "club", "party", "group", "council", "association", "union",
      "federation", "bank", "fund", "foods", "oil", "inn", "hotel", "hotels", "airlines", "airways",
      "motors", "insurance", "holdings", "industries", "international", "inc", "corp",
      "corporation", "ltd", "limited", "plc", "company", "co", "committee", "commission",
      "foundation", "institute", "university", "college", "school", "court", "office", "ministry",
      "department", "agency", "board", "house", "hall", "street", "road", "square", "centre",
      "center", "stadium", "park", "series", "awards", "award", "prize", "festival", "records",
      "pictures", "studios", "games", "championship", "tour", "open", "trophy", "forever", "brands",
      "group", "media", "systems",
      // Sports and the media: "Premier Rugby", "Premier Radio".
      "rugby", "football", "soccer", "hockey", "cricket", "golf", "tennis", "racing", "basketball",
      "baseball", "netball", "athletics", "boxing", "snooker", "darts", "sevens", "sport", "sports",
      "radio", "television", "tv", "channel", "network", "cinema", "theatre", "theater", "magazine",
      "lottery",
      // Places named after people: "the President Ford Museum".
      "museum", "library", "memorial", "airport", "bridge", "building", "highway", "avenue",
      "boulevard", "hospital", "station", "dam"};
  return OneOf(kWords, token);
}

std::size_t TitleParser::PlaceAt(std::size_t k, Title* title, bool* adjective) const {
  if (k >= tokens_.size()) return 0;
  const auto& reference = knowledge_.reference;
  auto jurisdiction = reference.jurisdiction_names().Longest(tokens_, k);
  auto place = knowledge_.places.At(tokens_, k);
  if (jurisdiction.length > 0 && jurisdiction.length >= place.length) {
    title->jurisdiction = reference::OfficeHolders::JurisdictionOf(jurisdiction.values.front());
    if (adjective) {
      *adjective = std::all_of(jurisdiction.values.begin(), jurisdiction.values.end(),
                               reference::OfficeHolders::IsAdjective);
    }
    return jurisdiction.length;
  }
  if (place.length == 0) return 0;
  if (adjective) *adjective = place.adjective;
  if (place.jurisdiction) {
    title->jurisdiction = place.jurisdiction;
  } else {
    title->place = place.name;
  }
  return place.length;
}

bool TitleParser::MayOpenAt(std::size_t i) const {
  // The tests of Parse's loop at its first token, and the rank word after
  // it: a title, a modifier, a neutral or future word, a rank word, or a
  // capitalized word that starts a jurisdiction's or a place's name
  // ("British Foreign Secretary"). Most capitalized words of a text (names,
  // companies) start none of them, and are let go on lookups of their word.
  if (i >= tokens_.size()) return false;
  const Token& first = tokens_[i];
  return knowledge_.reference.titles().StartsAt(tokens_, i) ||
         (OpenerWords().Contains(first.folded, first.hash) &&
          (ModifierAt(tokens_, i) || IsRankWord(first) || IsNeutralWord(first) ||
           IsFutureWord(tokens_, i))) ||
         (first.capitalized && (knowledge_.reference.jurisdiction_names().StartsAt(tokens_, i) ||
                                knowledge_.places.MayStartAt(tokens_, i)));
}

std::optional<Title> TitleParser::ParseOpened(std::size_t i) const {
  const auto& titles = knowledge_.reference.titles();
  Title title;
  title.begin = title.time_word_at = i;
  std::size_t j = i;
  // The longest title at token `matched_at`, looked up once.
  text::PhraseIndex::Match match;
  std::size_t matched_at = tokens_.size();
  for (int k = 0; k < 4 && j < tokens_.size(); ++k) {
    // A title that starts here wins over a jurisdiction word that starts
    // it ("European Council President").
    match = titles.Longest(tokens_, j);  // Let go inline where no title starts.
    matched_at = j;
    if (match.length > 0) break;
    if (auto modifier = ModifierAt(tokens_, j)) {
      title.modifier = *modifier;
      j = SkipHyphen(tokens_, j + 1);
      continue;
    }
    if (IsNeutralWord(tokens_[j])) {
      ++j;
      continue;
    }
    if (IsFutureWord(tokens_, j)) {
      title.hypothetical = true;
      title.modifier = Modifier::kFuture;
      j = SkipHyphen(tokens_, j + (IsWord(tokens_[j], "would") ? 2 : 1));
      continue;
    }
    if (!title.jurisdiction && title.place.empty() && tokens_[j].capitalized) {
      if (const std::size_t length = PlaceAt(j, &title)) {
        j += length;
        // "Britain's former home secretary": a time word goes after it.
        if (tokens_[j - 1].possessive) title.time_word_at = j;
        continue;
      }
    }
    break;
  }
  if (j >= tokens_.size()) return std::nullopt;
  title.rank_begin = j;
  if (matched_at != j) match = titles.Longest(tokens_, j);
  if (match.length == 0 && IsRankWord(tokens_[j])) {
    // "Deputy Foreign Minister" when the data only has the minister.
    title.unknown_office = true;
    j = SkipHyphen(tokens_, j + 1);
    if (j >= tokens_.size()) return std::nullopt;
    match = titles.Longest(tokens_, j);
  }
  if (match.length == 0) return std::nullopt;
  title.title_begin = j;
  title.capitalized = tokens_[title.rank_begin].capitalized || tokens_[j].capitalized;
  title.monarch = match.length == 1 && IsMonarchTitle(tokens_[j]);
  title.offices = std::move(match.values);
  j += match.length;
  // "President-elect", "Prime Minister-designate".
  if (tokens_[j - 1].hyphen_after && j < tokens_.size() &&
      (IsWord(tokens_[j], "elect") || IsWord(tokens_[j], "designate"))) {
    title.modifier = Modifier::kIncoming;
    ++j;
  }
  if (!tokens_[j - 1].possessive && j + 1 < tokens_.size() && IsWord(tokens_[j], "of")) {
    std::size_t k = j + 1;
    if (IsWord(tokens_[k], "the") && k + 1 < tokens_.size()) ++k;
    Title of = title;
    of.jurisdiction.reset();
    of.place.clear();
    bool adjective = false;
    if (const std::size_t length = PlaceAt(k, &of, &adjective)) {
      const std::size_t after = k + length;
      // "president of the U.S. beet sugar association", "President of the
      // Japan Federation of Employers": an adjective followed by a word, or
      // a country followed by a company's word, names something of that
      // country, not the country.
      if (after < tokens_.size() && tokens_[after].kind == Token::Kind::kWord &&
          (adjective || IsOrganisationWord(tokens_[after]))) {
        title.owned_by_organisation = true;
      }
      title.jurisdiction = of.jurisdiction;
      title.place = of.place;
      j = after;
    }
  }
  title.end = j;
  // A rank word right before where we started: "Deputy" before "Secretary
  // General", and before a country's adjective ("Deputy British Prime
  // Minister" is the deputy's post, not the Prime Minister's).
  const bool only_places_before = title.modifier == Modifier::kNone && !title.hypothetical;
  if (i > 0 && IsRankWord(tokens_[i - 1]) &&
      (title.begin == title.title_begin || only_places_before)) {
    title.unknown_office = true;
    title.begin = title.rank_begin = title.time_word_at = i - 1;
  }
  return title;
}

bool TitleParser::IsOwnerName(std::size_t k) const {
  const Token& token = tokens_[k];
  if (token.kind != Token::Kind::kWord || !token.capitalized) return false;
  static constexpr std::string_view kNot[] = {"the", "a", "an", "and", "by", "with"};
  if (OneOf(kNot, token) || ModifierAt(tokens_, k)) return false;
  // A country's adjective makes it a state's title: "Australian Prime
  // Minister".
  return knowledge_.places.At(tokens_, k).length == 0;
}

bool TitleParser::OwnedByOrganisation(const Title& title) const {
  if (title.owned_by_organisation) return true;
  if (!title.jurisdiction && title.place.empty()) {
    std::size_t k = title.begin;
    int qualifiers = 0;
    while (k > 0 && qualifiers < 2 && tokens_[k - 1].kind == Token::Kind::kWord &&
           IsQualifier(tokens_[k - 1])) {
      --k;
      ++qualifiers;
    }
    // The sentence's first word is capitalized anyway, unless it is an
    // acronym: "SAS President Jan Carlzon".
    if (k > 1 && IsOwnerName(k - 1)) return true;
    if (k == 1 && IsOwnerName(0) && tokens_[0].acronym) return true;
  }
  const std::size_t after = title.end;
  if (!title.jurisdiction && title.place.empty() && after + 1 < tokens_.size() &&
      IsWord(tokens_[after], "of")) {
    std::size_t k = after + 1;
    if (IsWord(tokens_[k], "the") && k + 1 < tokens_.size()) ++k;
    if (tokens_[k].capitalized) return true;
  }
  return false;
}

}  // namespace factcheck::office_holders
