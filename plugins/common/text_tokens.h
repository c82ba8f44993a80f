// Words of a sentence for checkers: folded for matching (case, diacritics,
// possessives, abbreviation periods), with byte offsets into the document.
#ifndef FACTCHECK_PLUGINS_COMMON_TEXT_TOKENS_H_
#define FACTCHECK_PLUGINS_COMMON_TEXT_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/v1/checker.pb.h"

namespace factcheck::text {

struct Token {
  enum class Kind { kWord, kNumber, kPunct };
  static constexpr std::uint32_t kUnknownWord = UINT32_MAX;
  Kind kind;
  std::uint32_t begin;  // Byte offsets into the document text.
  std::uint32_t end;
  std::string folded;                 // Words: case- and diacritic-folded, no periods, no
                                      // possessive ending. Punctuation: the character.
  bool capitalized = false;           // Starts with an upper-case letter.
  bool possessive = false;            // Ended in 's or ’s (removed from `folded`).
  bool hyphen_after = false;          // Directly followed by '-' ("ex-", "then-").
  std::uint32_t word = kUnknownWord;  // Number in a Vocabulary, once numbered.
};

// Folds a word or phrase the way tokens are folded: NFD, marks removed,
// case-folded; ASCII text takes a fast path. "Geoană" -> "geoana".
std::string Fold(std::string_view text);

// The folded words of a phrase ("Secretary-General of NATO" ->
// {"secretary", "general", "of", "nato"}).
std::vector<std::string> FoldedWords(std::string_view phrase);

// A count written as a number or a word: "3", "a", "one" .. "twenty",
// "thirty", "forty", "fifty"; -1 for anything else.
int CountOf(const Token& token);

// `text` with every run of white space (line breaks of wrapped text) folded
// to one space.
std::string CollapseSpaces(std::string_view text);

// Tokenizes the checkable segments of `sentence`. A hyphen inside a compound
// splits it into words and marks the first (`hyphen_after`); periods of
// abbreviations ("U.S.") are dropped; other punctuation becomes kPunct tokens.
std::vector<Token> Tokenize(std::string_view text, const v1::Sentence& sentence);

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_TEXT_TOKENS_H_
