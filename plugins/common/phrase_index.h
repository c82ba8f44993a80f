// Finds the longest known phrase (a sequence of folded words) starting at a
// token, in time proportional to the phrase's length, however many phrases
// are known: a trie whose edges live in one hash table keyed by
// (node, word), with words interned once.
#ifndef FACTCHECK_PLUGINS_COMMON_PHRASE_INDEX_H_
#define FACTCHECK_PLUGINS_COMMON_PHRASE_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text_tokens.h"

namespace factcheck::text {

class PhraseIndex {
 public:
  // Adds `value` under the phrase `words` (already folded). Adding the same
  // value twice under one phrase keeps one.
  void Add(const std::vector<std::string>& words, std::uint32_t value);

  struct Match {
    std::size_t length = 0;              // Tokens matched; 0 when none.
    std::vector<std::uint32_t> values;  // The values of the longest phrase.
  };
  // The longest phrase starting at tokens[start] made of word tokens;
  // punctuation and a possessive word ("Israel's") end a phrase.
  Match Longest(const std::vector<Token>& tokens, std::size_t start) const;

  // The values of exactly this phrase.
  std::vector<std::uint32_t> Exact(const std::vector<std::string>& words) const;

  std::size_t phrase_count() const { return phrases_; }

 private:
  struct EdgeKey {
    std::uint32_t node;
    std::string_view word;
    bool operator==(const EdgeKey& other) const {
      return node == other.node && word == other.word;
    }
  };
  struct EdgeHash {
    std::size_t operator()(const EdgeKey& key) const {
      return std::hash<std::string_view>()(key.word) * 31 + key.node;
    }
  };
  static constexpr std::uint32_t kNone = UINT32_MAX;

  std::uint32_t Child(std::uint32_t node, std::string_view word) const;
  void Values(std::uint32_t node, std::vector<std::uint32_t>* out) const;

  std::unordered_set<std::string> words_;  // Interned; edges view into it.
  std::unordered_map<EdgeKey, std::uint32_t, EdgeHash> edges_;
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
