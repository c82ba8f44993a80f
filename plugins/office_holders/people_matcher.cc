#include "office_holders/people_matcher.h"

#include <algorithm>
#include <string_view>

#include "common/word_set.h"
#include "reference/name_forms.h"

namespace factcheck::office_holders {
namespace {

using text::IsPunct;
using text::Token;

bool IsWord(const Token& token) { return token.kind == Token::Kind::kWord; }

}  // namespace

// Capitalized words that may follow a name without being part of it:
// "President Reagan Tuesday said", "Mr Blair In a speech".
bool IsCalendarWord(const Token& token) {
  // A word set, as for particles: asked of every capitalized word after a
  // name, it rules nearly all out by their first letter and length.
  static const auto* const kWords = new text::WordSet(
      {"monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
       "january", "february",  "march",     "april",    "may",      "june",     "july",
       "august",  "september", "october",   "november", "december", "jan",      "feb",
       "aug",     "sept",      "oct",       "nov",      "dec"});
  return kWords->Contains(token.folded, token.hash);
}

namespace internal {

bool IsParticleWord(std::string_view folded, std::uint64_t hash) {
  static constexpr std::string_view kParticles[] = {
      "von", "van", "de",  "der", "den", "del", "della", "da", "di",  "du",
      "la",  "le",  "dos", "das", "bin", "ibn", "al",    "el", "ter", "zu"};
  static_assert(std::all_of(std::begin(kParticles), std::end(kParticles), [](auto particle) {
    return particle.size() >= kShortestParticle && particle.size() <= kLongestParticle;
  }));
  // A word set: it rules nearly all words out by their hash (0: not known).
  static const auto* const kSet = [] {
    auto* set = new text::WordSet();
    for (const std::string_view particle : kParticles) set->Add(std::string(particle));
    return set;
  }();
  return kSet->Contains(folded, hash);
}

}  // namespace internal

bool IsHonorific(const Token& token) {
  // Asked of every capitalized word a name may start at: a word set.
  static const auto* const kWords =
      new text::WordSet({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady",
                         "baroness", "prof", "professor"});
  return IsWord(token) && token.capitalized && kWords->Contains(token.folded, token.hash);
}

PeopleMatcher::Found PeopleMatcher::FullName(std::size_t j) const {
  const text::PhraseIndex& names = reference_.names();
  Found found;
  std::uint32_t node = text::PhraseIndex::kRoot;
  std::uint32_t best = text::PhraseIndex::kNoNode;
  for (std::size_t i = j; i < tokens_.size(); ++i) {
    const Token& token = tokens_[i];
    const std::uint32_t next = names.Step(node, token);
    if (next == text::PhraseIndex::kNoNode) {
      // A middle initial the data does not write: "Harry S. Truman".
      const bool initial = token.initial || (IsWord(token) && token.capitalized &&
                                             token.folded.size() == 1 && !token.possessive);
      if (node != text::PhraseIndex::kRoot && initial) continue;
      break;
    }
    node = next;
    if (names.EndsAt(node)) {
      best = node;
      found.length = i - j + 1;
    }
    if (token.possessive) break;
  }
  if (best == text::PhraseIndex::kNoNode) return found;
  found.people = names.ValuesAt(best);
  found.length = Suffix(j + found.length) - j;
  return found;
}

std::size_t PeopleMatcher::Suffix(std::size_t end) const {
  if (end == 0 || tokens_[end - 1].possessive) return end;
  std::size_t k = end;
  if (k + 1 < tokens_.size() && IsPunct(tokens_[k], ",")) ++k;
  if (k >= tokens_.size() || !IsWord(tokens_[k])) return end;
  const std::string_view word = tokens_[k].folded;
  const bool suffix = word == "jr" || word == "sr" ||
                      (tokens_[k].capitalized && reference::IsRomanNumeral(word) && k == end);
  if (!suffix) return end;
  ++k;
  if (k < tokens_.size() && IsPunct(tokens_[k], ".") && k + 1 < tokens_.size()) ++k;
  return k;
}

PeopleMatcher::Found PeopleMatcher::GivenAndBareSurname(std::size_t j) const {
  Found found;
  if (j + 1 >= tokens_.size() || !IsWord(tokens_[j]) || !tokens_[j].capitalized ||
      tokens_[j].possessive || IsHonorific(tokens_[j])) {
    return found;
  }
  auto bare = reference_.bare_surnames().Longest(tokens_, j + 1);
  if (bare.length == 0 || NameGoesOn(j + 1 + bare.length)) return found;
  found.length = 1 + bare.length;
  found.people = std::move(bare.values);
  return found;
}

PeopleMatcher::Found PeopleMatcher::Surname(std::size_t j, bool introduced) const {
  Found found;
  // "in May, foreign minister X": not Theresa May. After a title or an
  // honorific ("Prime Minister May") it is a name.
  if (!introduced && IsCalendarWord(tokens_[j])) return found;
  auto surname = reference_.surnames().Longest(tokens_, j);
  if (surname.length == 0) return found;
  // "von der Leyen" starts in lower case; any other surname is capitalized.
  if (!tokens_[j].capitalized && surname.length == 1) return found;
  if (NameGoesOn(j + surname.length)) return found;  // "President Carter Smith".
  found.length = surname.length;
  found.people = std::move(surname.values);
  return found;
}

bool PeopleMatcher::NameGoesOn(std::size_t end) const {
  if (end == 0 || end >= tokens_.size() || tokens_[end - 1].possessive) return false;
  const Token& next = tokens_[end];
  // "Richard von Weizsaecker", "Miguel de la Madrid".
  if (IsNameParticle(next) && end + 1 < tokens_.size() &&
      (tokens_[end + 1].capitalized || IsNameParticle(tokens_[end + 1]))) {
    return true;
  }
  if (!IsWord(next) || !next.capitalized) return false;
  // "Queen Elizabeth I" is not Elizabeth II.
  if (reference::IsRomanNumeral(next.folded) || next.folded == "i") return true;
  return !IsCalendarWord(next);
}

std::vector<std::uint32_t> PeopleMatcher::Resolve(const std::vector<std::uint32_t>& candidates,
                                                  const std::vector<std::uint32_t>& offices) const {
  std::vector<std::uint32_t> named, holders, both;
  for (std::uint32_t p : candidates) {
    const bool was_named = context_->named_people.count(p) > 0;
    const auto& holdings = reference_.people()[p].holdings;
    const bool held = std::any_of(holdings.begin(), holdings.end(), [&](const auto& h) {
      return std::find(offices.begin(), offices.end(), h.office) != offices.end();
    });
    if (was_named) named.push_back(p);
    if (held) holders.push_back(p);
    if (was_named && held) both.push_back(p);
  }
  if (!both.empty()) return both;
  if (!holders.empty()) return holders;
  return named;
}

PersonMatch PeopleMatcher::At(std::size_t j, const std::vector<std::uint32_t>& offices) const {
  PersonMatch match;
  match.begin = match.name_begin = match.end = j;
  if (j >= tokens_.size()) return match;
  auto take = [&](std::size_t from, Found found, bool full) {
    match.name_begin = from;
    match.end = from + found.length;
    match.people = std::move(found.people);
    if (full) {
      for (auto p : match.people) context_->named_people.insert(p);
    }
    return match;
  };
  if (const Found& full = FullNameAt(j); full.length > 0) return take(j, full, true);
  std::size_t k = j;
  if (IsHonorific(tokens_[j])) {
    match.honorific = true;
    k = j + 1;
    if (k < tokens_.size() && IsPunct(tokens_[k], ".")) ++k;  // "Mr. Blair".
    if (k >= tokens_.size()) return {};
    if (const Found& full = FullNameAt(k); full.length > 0) return take(k, full, true);
  }
  if (const Found& given = GivenAndBareSurnameAt(k); given.length > 0) {
    match.weak = true;
    return take(k, given, true);
  }
  Found surname = Surname(k, match.honorific || !offices.empty());
  if (surname.length == 0) return {};
  match.by_surname = true;
  auto people = Resolve(surname.people, offices);
  match.weak = std::none_of(people.begin(), people.end(),
                            [&](std::uint32_t p) { return context_->named_people.count(p) > 0; });
  // People of that surname who never held the office: known people, but
  // only a few of them can be told apart in a message.
  if (people.empty() && surname.people.size() <= 5) people = surname.people;
  surname.people = std::move(people);
  return take(k, std::move(surname), false);
}

std::size_t PeopleMatcher::NoteFullNameAt(std::size_t j) const {
  const Found* found = &FullNameAt(j);
  if (found->length < 2) found = &GivenAndBareSurnameAt(j);
  if (found->length < 2) return 0;
  for (auto p : found->people) context_->named_people.insert(p);
  return found->length;
}

// Most tokens start no name, and are let go on the first word of the
// index's names, without a match made and kept.
const PeopleMatcher::Found& PeopleMatcher::FullNameAt(std::size_t j) const {
  if (full_name_.at != j) {
    if (reference_.names().StartsAt(tokens_, j)) {
      full_name_.found = FullName(j);
    } else {
      full_name_.found.Clear();
    }
    full_name_.at = j;
  }
  return full_name_.found;
}

const PeopleMatcher::Found& PeopleMatcher::GivenAndBareSurnameAt(std::size_t j) const {
  if (given_and_bare_surname_.at != j) {
    if (reference_.bare_surnames().StartsAt(tokens_, j + 1)) {
      given_and_bare_surname_.found = GivenAndBareSurname(j);
    } else {
      given_and_bare_surname_.found.Clear();
    }
    given_and_bare_surname_.at = j;
  }
  return given_and_bare_surname_.found;
}

}  // namespace factcheck::office_holders
