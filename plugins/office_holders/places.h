// Countries and their adjectives ("Australia", "Australian", "Jordan"),
// whether or not the reference data has offices there: a capitalized word
// before a title that names a country makes it that country's title, not a
// company's ("Australian Prime Minister Anthony Albanese" is not "NAWG
// President Jim Miller"), and "King Abdullah of Jordan" is Jordan's king.
#ifndef FACTCHECK_PLUGINS_OFFICE_HOLDERS_PLACES_H_
#define FACTCHECK_PLUGINS_OFFICE_HOLDERS_PLACES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/text_tokens.h"
#include "common/word_set.h"
#include "reference/office_holders.h"

namespace factcheck::office_holders {

class Places {
 public:
  // Links each place to the reference's jurisdiction of the same name or
  // adjective, when it has one.
  explicit Places(const reference::OfficeHolders& reference);

  struct Match {
    std::size_t length = 0;                     // Tokens; 0: no place.
    std::string name;                           // "Australia".
    std::optional<std::uint32_t> jurisdiction;  // The reference's, if any.
    bool adjective = false;                     // "Australian", not "Australia".
  };
  // The longest place name or adjective starting at tokens[start]
  // (capitalized, at most three words; a possessive ends it).
  Match At(const std::vector<text::Token>& tokens, std::size_t start) const;
  // False when At finds nothing at tokens[start]: its word starts no place.
  bool MayStartAt(const std::vector<text::Token>& tokens, std::size_t start) const {
    return by_phrase_.StartsAt(tokens, start);
  }

  // The same, or a seat of government or capital that points to a country
  // ("White House", "Downing Street", "Ottawa"): what an article is about,
  // never a title's place.
  Match CueAt(const std::vector<text::Token>& tokens, std::size_t start) const;
  // False when no capitalized word of sentence `s` starts a place's name or
  // a seat's, read from the host's tokens: CueAt finds nothing at any of
  // its tokens. True without host tokens.
  bool MayCueIn(const v1::Document& document, int s) const;

  // The reference jurisdiction a name or adjective means ("United
  // Kingdom", "British"), if any: for the home_jurisdiction option.
  std::optional<std::uint32_t> Jurisdiction(const std::string& name) const;

 private:
  struct Place {
    std::string name;
    std::optional<std::uint32_t> jurisdiction;
  };
  struct Entry {
    std::uint32_t place;
    bool adjective;
  };
  // Phrases of folded words joined by ' ', and the first words of them:
  // most capitalized words of a text start none, and are let go on that
  // one lookup without building a phrase to hash.
  struct Phrases {
    void Add(const std::string& phrase, Entry entry);
    // Whether tokens[start]'s word starts one of them.
    bool StartsAt(const std::vector<text::Token>& tokens, std::size_t start) const {
      return start < tokens.size() &&
             first_words.Contains(tokens[start].folded, tokens[start].hash);
    }
    std::unordered_map<std::string, Entry> entries;
    text::WordSet first_words;
  };
  Match Longest(const Phrases& phrases, const std::vector<text::Token>& tokens,
                std::size_t start) const;

  std::vector<Place> places_;
  Phrases by_phrase_;
  Phrases seats_;                                                 // "white house" -> its country.
  std::unordered_map<std::string, std::uint32_t> jurisdictions_;  // Folded name or adjective.
};

}  // namespace factcheck::office_holders

#endif  // FACTCHECK_PLUGINS_OFFICE_HOLDERS_PLACES_H_
