// Words of a sentence for checkers: folded for matching (case, diacritics,
// possessives, abbreviation periods), with byte offsets into the document.
// Text as editors paste it reads the same as typed text: non-breaking and
// other Unicode spaces separate words, soft hyphens and zero-width
// characters inside a word are ignored, typographic apostrophes and hyphens
// count as their ASCII forms.
#ifndef FACTCHECK_PLUGINS_COMMON_TEXT_TOKENS_H_
#define FACTCHECK_PLUGINS_COMMON_TEXT_TOKENS_H_

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/v1/checker.pb.h"

namespace factcheck::text {

struct Token {
  enum class Kind { kWord, kNumber, kPunct };
  static constexpr std::uint32_t kUnknownWord = UINT32_MAX;
  // A word to be numbered when an index first asks for it (Vocabulary::WordOf).
  static constexpr std::uint32_t kUnnumbered = UINT32_MAX - 1;
  Kind kind;
  std::uint32_t begin;  // Byte offsets into the document text.
  std::uint32_t end;
  // Words: case- and diacritic-folded, no periods, apostrophes or possessive
  // ending. Punctuation: the character. A view of the host's arrays
  // (SentenceTokensInto) or of the TokenList the token is in.
  std::string_view folded;
  bool capitalized = false;   // Starts with an upper-case letter.
  bool acronym = false;       // Two or more letters, all upper-case: "SAS".
  bool possessive = false;    // Ended in 's or ’s (removed from `folded`).
  bool hyphen_after = false;  // Directly followed by a hyphen ("ex-", "then-").
  bool initial = false;       // One capital letter and a period before another
                              // capitalized word: "W." in "George W. Bush".
  // Only for words with ä, ö or ü: the German spelling folded ("Schröder"
  // -> "schroeder"); a view like `folded`.
  std::string_view transliterated;
  // Number in a Vocabulary, once numbered; set by an index's lookup when
  // kUnnumbered, so that a checker numbers only the words it looks up
  // (through a const Token: a sentence's tokens are one thread's).
  mutable std::uint32_t word = kUnknownWord;
  std::uint64_t hash = 0;  // WordHash(folded), or 0: not computed yet.
};

// Tokens and the bytes of the folded forms they view, where no host's
// arrays hold them (a phrase of reference data, a sentence tokenized by a
// checker); or tokens that view the host's arrays (SentenceTokensInto),
// valid while the document is. Read as the vector of its tokens, and only
// while it lives: its parts are not to be had from a temporary. A copy's
// tokens view the copy's bytes (or the document, as the original's did); a
// move keeps the bytes where they are. A list filled for a sentence is
// refilled for the next: its tokens are valid until then.
class TokenList {
 public:
  TokenList() = default;
  TokenList(const TokenList& other) { *this = other; }
  TokenList& operator=(const TokenList& other);
  TokenList(TokenList&&) noexcept = default;
  TokenList& operator=(TokenList&&) noexcept = default;

  // Read as a vector only while it lives: a temporary list's views would
  // outlast its bytes.
  operator const std::vector<Token>&() const& { return tokens_; }  // NOLINT: implicit.
  operator const std::vector<Token>&() const&& = delete;

  std::size_t size() const { return tokens_.size(); }
  bool empty() const { return tokens_.empty(); }
  const Token& operator[](std::size_t i) const& { return tokens_[i]; }
  const Token& operator[](std::size_t i) const&& = delete;
  const Token& front() const& { return tokens_.front(); }
  const Token& front() const&& = delete;
  // A range-for over a temporary list holds it for the loop.
  std::vector<Token>::const_iterator begin() const& { return tokens_.begin(); }
  std::vector<Token>::const_iterator end() const& { return tokens_.end(); }

  // Empty, its memory kept for the next sentence.
  void Clear();
  // Its memory let go after a very long sentence, not held by the thread;
  // whether it was.
  bool ReleaseIfLarge() {
    if (tokens_.capacity() <= (1u << 12)) return false;
    *this = TokenList();
    return true;
  }

  // For the tokenizer (text_tokens.cc) and the host's arrays' reader
  // (host_tokens.cc): the tokens, and the bytes their views may point into.
  std::vector<Token>& mutable_tokens() { return tokens_; }
  std::vector<char>& bytes() { return bytes_; }
  const std::vector<char>& bytes() const { return bytes_; }

 private:
  std::vector<Token> tokens_;
  // A vector, not a string: moving it keeps its bytes where the views are.
  std::vector<char> bytes_;
};

// Whether `token` is the word `word` (folded: "the", "said").
// Sizes first: most tokens differ there, without a call to memcmp.
inline bool IsWord(const Token& token, std::string_view word) {
  return token.kind == Token::Kind::kWord && token.folded.size() == word.size() &&
         token.folded == word;
}

// Whether `token` is the punctuation `punct` (",", ".", "-").
inline bool IsPunct(const Token& token, std::string_view punct) {
  return token.kind == Token::Kind::kPunct && token.folded.size() == punct.size() &&
         token.folded == punct;
}

// Whether a folded word is one of `words`, a checker's word list.
template <std::size_t N>
bool OneOf(const std::string_view (&words)[N], std::string_view word) {
  // Length and first byte first: most words differ there, and a memcmp
  // call per listed word was a few percent of a run.
  if (word.empty()) return std::find(std::begin(words), std::end(words), word) != std::end(words);
  for (const std::string_view w : words) {
    if (w.size() == word.size() && w[0] == word[0] && w == word) return true;
  }
  return false;
}

// Whether `token` is a word of `words`.
template <std::size_t N>
bool OneOf(const std::string_view (&words)[N], const Token& token) {
  return token.kind == Token::Kind::kWord && OneOf(words, std::string_view(token.folded));
}

// Folds a word or phrase the way tokens are folded: NFD, marks, format
// characters (soft hyphens, zero-width characters), periods and apostrophes
// removed, letters without a decomposition spelled in ASCII (ø -> o, æ -> ae,
// ł -> l, ß -> ss), case-folded; ASCII text takes a fast path.
// "Geoană" -> "geoana", "O’Neill" -> "oneill".
std::string Fold(std::string_view text);

// The German transliteration of ä, ö and ü, folded ("Schröder" ->
// "schroeder"); empty when `text` has none of them.
std::string FoldTransliterated(std::string_view text);

// The tokens of a phrase written outside any document (a name or title in
// reference data).
TokenList TokenizePhrase(std::string_view phrase);

// The folded words of a phrase ("Secretary-General of NATO" ->
// {"secretary", "general", "of", "nato"}).
std::vector<std::string> FoldedWords(std::string_view phrase);
// The same with ä, ö and ü transliterated; empty when the phrase has none.
std::vector<std::string> TransliteratedWords(std::string_view phrase);

// A count written as a number or a word: "3", "a", "one" .. "twenty",
// "thirty", "forty", "fifty"; -1 for anything else.
int CountOf(const Token& token);

// `text` with every run of white space (line breaks of wrapped text,
// non-breaking spaces) folded to one space and invisible format characters
// (soft hyphens, zero-width characters) removed.
std::string CollapseSpaces(std::string_view text);

// Whether a code point is an invisible format character that pasted text
// carries inside words (soft hyphen, zero-width space and joiners, word
// joiner, byte order mark).
bool IsInvisible(std::int32_t code_point);

// Whether no byte of `text` is over 0x7F: the fast paths of folding and of
// sentence splitting. A loop the compiler vectorizes.
bool IsAscii(std::string_view text);

// Tokenizes the checkable segments of `sentence`. A hyphen inside a compound
// splits it into words and marks the first (`hyphen_after`); periods of
// abbreviations ("U.S.") and initials ("W.") are dropped; apostrophes inside
// a word keep it whole ("O'Neill"); other punctuation becomes kPunct tokens.
TokenList Tokenize(std::string_view text, const v1::Sentence& sentence);
// The same into `tokens`, whose memory is reused from sentence to sentence.
void TokenizeInto(std::string_view text, const v1::Sentence& sentence, TokenList* tokens);

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_TEXT_TOKENS_H_
