#include "reference/name_forms.h"

#include <algorithm>
#include <string_view>

#include "common/text_tokens.h"

namespace factcheck::reference {
namespace {

using text::OneOf;

// Titles of peers and knights that the data may put before a name.
bool IsPeerageTitle(const std::string& word) {
  static constexpr std::string_view kWords[] = {"lord", "lady",     "baroness", "baron", "viscount",
                                                "earl", "marquess", "countess", "duke"};
  return OneOf(kWords, word);
}

bool IsKnighthood(const std::string& word) { return word == "sir" || word == "dame"; }

bool IsSuffix(const std::string& word) {
  return word == "jr" || word == "sr" || IsRomanNumeral(word);
}

// Particles that belong to the surname: "von der Leyen", "de Villepin",
// "da Silva"; written capitalized in some countries ("Van Rompuy", "Le
// Drian").
bool IsParticleWord(const text::Token& token) {
  static constexpr std::string_view kWords[] = {"von", "van", "der", "den",   "de",  "du",
                                                "da",  "di",  "del", "della", "dos", "das",
                                                "la",  "le",  "ter", "zu"};
  return OneOf(kWords, token.folded);
}

// A lower-case particle: never a given or middle name.
bool IsParticle(const text::Token& token) { return !token.capitalized && IsParticleWord(token); }

struct Word {
  std::string folded;
  bool initial;        // "W." or a single letter.
  bool particle;       // "von", "de".
  bool particle_word;  // The same in any case: "Van", "Le".
  bool capitalized;    // As the data writes it.
};

std::vector<Word> WordsOf(const std::string& name, bool transliterate) {
  std::vector<Word> words;
  for (const text::Token& token : text::TokenizePhrase(name)) {
    if (token.kind == text::Token::Kind::kPunct) continue;
    std::string folded(transliterate && !token.transliterated.empty() ? token.transliterated
                                                                      : token.folded);
    const bool initial = token.initial || (token.kind == text::Token::Kind::kWord &&
                                           folded.size() == 1 && token.capitalized);
    words.push_back(
        {std::move(folded), initial, IsParticle(token), IsParticleWord(token), token.capitalized});
  }
  return words;
}

Phrase Folded(const std::vector<Word>& words, std::size_t from, std::size_t to) {
  Phrase phrase;
  for (std::size_t i = from; i < to; ++i) phrase.push_back(words[i].folded);
  return phrase;
}

void AddUnique(std::vector<Phrase>* phrases, Phrase phrase) {
  if (phrase.empty()) return;
  if (std::find(phrases->begin(), phrases->end(), phrase) == phrases->end()) {
    phrases->push_back(std::move(phrase));
  }
}

class FormBuilder {
 public:
  explicit FormBuilder(NameForms* forms) : forms_(*forms) {}

  // One written name (the name or an alias).
  void Add(const std::string& name, bool is_alias, const Phrase& full_name) {
    for (bool transliterate : {false, true}) {
      if (transliterate && text::FoldTransliterated(name).empty()) continue;
      const auto words = WordsOf(name, transliterate);
      if (!words.empty()) AddWords(words, is_alias, full_name);
    }
  }

  // A surname the data states.
  void AddSurname(const std::string& surname) {
    for (bool transliterate : {false, true}) {
      if (transliterate && text::FoldTransliterated(surname).empty()) continue;
      const auto words = WordsOf(surname, transliterate);
      AddUnique(&forms_.surnames, Folded(words, 0, words.size()));
    }
  }

 private:
  void AddWords(std::vector<Word> words, bool is_alias, const Phrase& full_name) {
    const Phrase whole = Folded(words, 0, words.size());
    AddUnique(&forms_.full, whole);
    // An alias that ends the full name is a surname: "Duncan Smith" of
    // "Iain Duncan Smith", "Netanyahu" of "Benjamin Netanyahu".
    if (is_alias && whole.size() < full_name.size() &&
        std::equal(whole.rbegin(), whole.rend(), full_name.rbegin())) {
      AddUnique(&forms_.surnames, whole);
    }
    if (words.size() == 1) {  // "Thatcher", "Lula": a surname alone.
      AddUnique(&forms_.surnames, whole);
      if (!is_alias) AddUnique(&forms_.bare, whole);
      return;
    }
    if (IsPeerageTitle(words[0].folded)) return AddPeer(words, is_alias);
    if (IsKnighthood(words[0].folded)) {  // "Sir Keir Starmer" is also "Keir Starmer".
      words.erase(words.begin());
      return AddWords(words, is_alias, full_name);
    }
    if (words.size() == 2 && IsRomanNumeral(words[1].folded)) {
      // "Elizabeth II": "Queen Elizabeth".
      AddUnique(&forms_.surnames, {words[0].folded});
      return;
    }
    if (words.size() >= 3 && IsSuffix(words.back().folded)) {  // "... King Jr."
      words.pop_back();
      AddUnique(&forms_.full, Folded(words, 0, words.size()));
    }
    AddWithoutInitials(words);
    AddWithoutMiddleName(words);
    AddSurnames(words);
  }

  // "George W. Bush" -> "George Bush"; "George H. W. Bush" -> "George H.W.
  // Bush" (read as "hw") and "George Bush". The first word stays ("G.
  // William Miller").
  void AddWithoutInitials(const std::vector<Word>& words) {
    Phrase without, joined;
    bool any = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const bool middle = i > 0 && i + 1 < words.size() && words[i].initial;
      if (!middle) {
        without.push_back(words[i].folded);
        joined.push_back(words[i].folded);
        continue;
      }
      any = true;
      if (i > 1 && words[i - 1].initial && !joined.empty()) {
        joined.back() += words[i].folded;
      } else {
        joined.push_back(words[i].folded);
      }
    }
    if (!any) return;
    AddUnique(&forms_.full, without);
    AddUnique(&forms_.full, joined);
  }

  // "Richard Edmund Lyng" is "Richard Lyng": a capitalized middle name the
  // press leaves out.
  void AddWithoutMiddleName(const std::vector<Word>& words) {
    if (words.size() != 3 || words[1].particle || words[1].initial || !words[1].capitalized) {
      return;
    }
    AddUnique(&forms_.full, {words[0].folded, words[2].folded});
  }

  // The last word, with the particles before it ("von der Leyen", "Van
  // Rompuy", which the press also writes "van Rompuy"), and the last word
  // alone.
  void AddSurnames(const std::vector<Word>& words) {
    std::size_t first = words.size() - 1;
    while (first > 1 && words[first - 1].particle_word) --first;
    AddUnique(&forms_.surnames, Folded(words, first, words.size()));
    AddUnique(&forms_.surnames, {words.back().folded});
  }

  // "Lord Cameron of Chipping Norton": also "Lord Cameron"; the surname is
  // "Cameron", and the peer may be named by a given name and the surname
  // ("David Cameron", the name before the peerage).
  void AddPeer(const std::vector<Word>& words, bool is_alias) {
    std::size_t end = 1;
    while (end < words.size() && words[end].folded != "of") ++end;
    if (end == 1) return;
    AddUnique(&forms_.full, Folded(words, 0, end));
    const Phrase surname = Folded(words, 1, end);
    AddUnique(&forms_.surnames, surname);
    if (!is_alias) AddUnique(&forms_.bare, surname);
  }

  NameForms& forms_;
};

}  // namespace

bool IsRomanNumeral(std::string_view word) {
  static constexpr std::string_view kNumerals[] = {"ii",  "iii",  "iv", "v", "vi",
                                                   "vii", "viii", "ix", "x"};
  return OneOf(kNumerals, word);
}

NameForms FormsOf(const std::string& name, const std::vector<std::string>& aliases,
                  const std::vector<std::string>& surnames) {
  NameForms forms;
  FormBuilder builder(&forms);
  const Phrase full_name = text::FoldedWords(name);
  builder.Add(name, false, full_name);
  for (const auto& alias : aliases) builder.Add(alias, true, full_name);
  for (const auto& surname : surnames) builder.AddSurname(surname);
  return forms;
}

}  // namespace factcheck::reference
