// Finds the longest known phrase (a sequence of folded words) starting at a
// token, in time proportional to the phrase's length, however many phrases
// are known. Words are numbered once in a Vocabulary shared by several
// indexes; a sentence's tokens are numbered once (one hash lookup per token),
// and the trie's edges are keyed by (node, word number).
#ifndef FACTCHECK_PLUGINS_COMMON_PHRASE_INDEX_H_
#define FACTCHECK_PLUGINS_COMMON_PHRASE_INDEX_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/text_tokens.h"

namespace factcheck::text {

class Vocabulary {
 public:
  std::uint32_t Intern(const std::string& word);
  // The word's number, or Token::kUnknownWord.
  std::uint32_t Find(const std::string& word) const;
  // Sets every word token's `word` number.
  void Number(std::vector<Token>* tokens) const;
  std::size_t size() const { return count_; }

 private:
  // Open addressing with the words' hashes kept: numbering every token of a
  // sentence was a tenth of the office-holders check with std::unordered_map.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t id = Token::kUnknownWord;
    std::string word;
  };
  static std::uint64_t Hash(std::string_view word);
  void Grow();

  std::vector<Slot> slots_ = std::vector<Slot>(64);
  std::size_t count_ = 0;
};

class PhraseIndex {
 public:
  explicit PhraseIndex(Vocabulary* vocabulary) : vocabulary_(vocabulary) {}

  // Adds `value` under the phrase `words` (already folded). Adding the same
  // value twice under one phrase keeps one.
  void Add(const std::vector<std::string>& words, std::uint32_t value);

  struct Match {
    std::size_t length = 0;             // Tokens matched; 0 when none.
    std::vector<std::uint32_t> values;  // The values of the longest phrase.
  };
  // The longest phrase starting at tokens[start], whose words must have been
  // numbered by this index's vocabulary; punctuation and a possessive word
  // ("Israel's") end a phrase, except a comma the phrase itself has.
  Match Longest(const std::vector<Token>& tokens, std::size_t start) const;
  // Whether any phrase starts at tokens[start] (cheaper than Longest).
  bool StartsAt(const std::vector<Token>& tokens, std::size_t start) const;

  // A walk through the phrases word by word, for matchers that skip words
  // (a name's middle initial): the node after `token` from `node` (kRoot to
  // start), or kNoNode; and the values of the phrase that ends at a node.
  static constexpr std::uint32_t kRoot = 0;
  static constexpr std::uint32_t kNoNode = UINT32_MAX;
  std::uint32_t Step(std::uint32_t node, const Token& token) const;
  std::vector<std::uint32_t> ValuesAt(std::uint32_t node) const;
  bool EndsAt(std::uint32_t node) const { return first_value_[node] != kNone; }

  std::size_t phrase_count() const { return phrases_; }

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  static std::uint64_t Key(std::uint32_t node, std::uint32_t word) {
    return (static_cast<std::uint64_t>(node) << 32) | word;
  }
  std::uint32_t Child(std::uint32_t node, std::uint32_t word) const;

  Vocabulary* vocabulary_;
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;
  std::vector<std::uint32_t> first_value_{kNone};  // Per node; node 0 is the root.
  struct ValueLink {
    std::uint32_t value;
    std::uint32_t next;
  };
  std::vector<ValueLink> values_;
  std::size_t phrases_ = 0;
};

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_PHRASE_INDEX_H_
