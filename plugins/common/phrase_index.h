// Finds the longest known phrase (a sequence of folded words) starting at a
// token, in time proportional to the phrase's length, however many phrases
// are known. Words are numbered once in a Vocabulary shared by several
// indexes; a sentence's token is numbered at most once (one hash lookup),
// when a lookup first reaches it, and the trie's edges are keyed by (node,
// word number).
#ifndef FACTCHECK_PLUGINS_COMMON_PHRASE_INDEX_H_
#define FACTCHECK_PLUGINS_COMMON_PHRASE_INDEX_H_

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "common/text_tokens.h"
#include "common/word_hash.h"

namespace factcheck::text {

// An array an index is built in, or borrows read-only from a compiled index
// mapped into memory, so that loading a compiled index copies nothing. Only
// plain integer records: any bytes are a valid value.
template <typename T>
class FlatColumn {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  std::vector<T>& owned() { return owned_; }
  void Borrow(std::span<const T> items) {
    owned_ = {};
    borrowed_ = items;
    is_borrowed_ = true;
  }
  std::span<const T> items() const { return is_borrowed_ ? borrowed_ : std::span<const T>(owned_); }

 private:
  std::vector<T> owned_;
  std::span<const T> borrowed_;
  bool is_borrowed_ = false;
};

class Vocabulary {
 public:
  Vocabulary() {
    slots_.owned().resize(64);
    BuildBloom();
  }

  std::uint32_t Intern(std::string_view word);
  // The word's number, or Token::kUnknownWord.
  std::uint32_t Find(std::string_view word) const { return Find(word, Hash(word)); }
  // The same given the word's Hash, as the host sends it with a token.
  std::uint32_t Find(std::string_view word, std::uint64_t hash) const;
  // Sets every word token's `word` number.
  void Number(std::vector<Token>* tokens) const;
  // Leaves every token to be numbered when one of this vocabulary's indexes
  // first asks for it (WordOf): most words of a sentence are never asked
  // for, as most start no phrase (PhraseIndex::StartsAt).
  static void LeaveUnnumbered(std::vector<Token>* tokens) {
    for (Token& token : *tokens) token.word = Token::kUnnumbered;
  }
  // The token's number, as Number sets it: looked up now and kept when the
  // token was left unnumbered.
  std::uint32_t WordOf(const Token& token) const {
    if (token.word == Token::kUnnumbered) token.word = NumberOfToken(token);
    return token.word;
  }
  // The number of a word token given its folded form, that form's Hash and
  // its transliteration (see Token), as Number sets it.
  std::uint32_t NumberOf(std::string_view folded, std::uint64_t hash,
                         std::string_view transliterated) const;
  std::size_t size() const { return count_; }
  // The hash a word is kept under (WordHash), for a HashFilter of some of
  // the words.
  static std::uint64_t Hash(std::string_view word) { return WordHash(word); }

  // Open addressing with the words' hashes kept: numbering every token of a
  // sentence was a tenth of the office-holders check with std::unordered_map.
  // The words' bytes are in one array, a slot naming its range.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t id = Token::kUnknownWord;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    std::uint32_t unused = 0;
  };
  // The tables, to write into a compiled index and to borrow from one.
  struct Parts {
    std::span<const Slot> slots;
    std::span<const char> chars;
    std::uint64_t count = 0;
  };
  Parts parts() const { return {slots_.items(), chars_.items(), count_}; }
  // False when `parts` cannot be a vocabulary (the slot count is no power of 2).
  bool Borrow(const Parts& parts);

 private:
  std::string_view TextOf(const Slot& slot, std::span<const char> chars) const;
  std::uint32_t NumberOfToken(const Token& token) const;
  void Grow();
  // Most words of a text are in no vocabulary: a filter over the words'
  // hashes (four bits a slot, so a sixteenth of the slots' size) turns
  // nearly all of them away before a probe of the slots, a cache miss in a
  // vocabulary of names.
  void BuildBloom();

  FlatColumn<Slot> slots_;
  FlatColumn<char> chars_;
  std::size_t count_ = 0;
  HashFilter bloom_;
};

class PhraseIndex {
 public:
  explicit PhraseIndex(Vocabulary* vocabulary) : vocabulary_(vocabulary) {
    edges_.owned().resize(16);
    first_value_.owned().push_back(kNone);  // The root.
  }

  // Adds `value` under the phrase `words` (already folded). Adding the same
  // value twice under one phrase keeps one.
  void Add(const std::vector<std::string>& words, std::uint32_t value);

  struct Match {
    std::size_t length = 0;             // Tokens matched; 0 when none.
    std::vector<std::uint32_t> values;  // The values of the longest phrase.
  };
  // The longest phrase starting at tokens[start], whose words must have been
  // numbered by this index's vocabulary or left unnumbered
  // (LeaveUnnumbered); punctuation and a possessive word ("Israel's") end a
  // phrase, except a comma the phrase itself has. Most words start no
  // phrase: they are let go here, inlined, without a call.
  Match Longest(const std::vector<Token>& tokens, std::size_t start) const {
    if (!StartsAt(tokens, start)) return {};
    return LongestFrom(tokens, start);
  }
  // Whether any phrase starts at tokens[start] (cheaper than Longest). A
  // token left unnumbered is numbered only if its hash may be a first
  // word's (FilterFirstWords).
  bool StartsAt(const std::vector<Token>& tokens, std::size_t start) const {
    if (start >= tokens.size()) return false;
    const Token& token = tokens[start];
    if (token.word == Token::kUnnumbered && !MayStartWith(token)) return false;
    return StartsWith(vocabulary_->WordOf(token));
  }
  // Whether any phrase starts with the word numbered `word`.
  bool StartsWith(std::uint32_t word) const {
    return word != Token::kUnknownWord && IsFirstWord(word);
  }
  // Whether a phrase may start with the word whose hash (Vocabulary::Hash)
  // is `hash`: never false for one that does once FilterFirstWords ran,
  // always true before.
  bool MayStartWithHash(std::uint64_t hash) const { return first_word_hashes_.MayHave(hash); }

  // A walk through the phrases word by word, for matchers that skip words
  // (a name's middle initial): the node after `token` from `node` (kRoot to
  // start), or kNoNode; and the values of the phrase that ends at a node.
  static constexpr std::uint32_t kRoot = 0;
  static constexpr std::uint32_t kNoNode = UINT32_MAX;
  std::uint32_t Step(std::uint32_t node, const Token& token) const;
  std::vector<std::uint32_t> ValuesAt(std::uint32_t node) const;
  bool EndsAt(std::uint32_t node) const { return first_value_.items()[node] != kNone; }

  std::size_t phrase_count() const { return phrases_; }

  // The trie's edges, keyed by (node, word number) in an open-addressing
  // table; per node the first of its values, linked.
  struct Edge {
    std::uint64_t key = kNoEdge;
    std::uint32_t child = 0;
    std::uint32_t unused = 0;
  };
  struct ValueLink {
    std::uint32_t value;
    std::uint32_t next;
  };
  struct Parts {
    std::span<const Edge> edges;
    std::span<const std::uint32_t> first_value;
    std::span<const ValueLink> values;
    std::span<const std::uint64_t> first_words;  // One bit a word number.
    std::uint64_t phrases = 0;
  };
  Parts parts() const {
    return {edges_.items(), first_value_.items(), values_.items(), first_words_.items(), phrases_};
  }
  // Reads the tables from a compiled index; values of `value_limit` or more
  // are never returned (they index nothing). False when `parts` cannot be
  // an index (no root, or an edge count that is no power of 2).
  bool Borrow(const Parts& parts, std::uint32_t value_limit);

  // Keeps, for each of `indexes` (all of one vocabulary), a
  // filter over the hashes of the words its phrases start with, so that
  // StartsAt turns away most tokens left unnumbered without numbering them.
  // One pass over the vocabulary for them all; call once they are built or
  // borrowed (a phrase added after drops the index's filter: every word
  // then passes).
  static void FilterFirstWords(std::initializer_list<PhraseIndex*> indexes);

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  static constexpr std::uint64_t kNoEdge = UINT64_MAX;
  static std::uint64_t Key(std::uint32_t node, std::uint32_t word) {
    return (static_cast<std::uint64_t>(node) << 32) | word;
  }
  // Longest, once a phrase starts at tokens[start].
  Match LongestFrom(const std::vector<Token>& tokens, std::size_t start) const;
  // Whether a phrase starts with `word`: one bit a word of the vocabulary,
  // so that the commonest question, at a word that starts no phrase of this
  // index, costs no probe of the edges (a cache miss in an index of names).
  bool IsFirstWord(std::uint32_t word) const {
    const std::span<const std::uint64_t> bits = first_words_.items();
    return word / 64 < bits.size() && (bits[word / 64] >> (word % 64) & 1) != 0;
  }
  // Whether an unnumbered token's number may be a first word: its folded
  // form's hash passes the filter (always, without one), or it has another
  // form that may be numbered instead.
  bool MayStartWith(const Token& token) const {
    if (token.kind == Token::Kind::kPunct || !token.transliterated.empty()) return true;
    return MayStartWithHash(token.hash != 0 ? token.hash : Vocabulary::Hash(token.folded));
  }
  std::uint32_t Child(std::uint32_t node, std::uint32_t word) const;
  std::uint32_t AddChild(std::uint32_t node, std::uint32_t word);
  void GrowEdges();

  Vocabulary* vocabulary_;
  FlatColumn<Edge> edges_;
  std::size_t edge_count_ = 0;
  FlatColumn<std::uint32_t> first_value_;  // Per node; node 0 is the root.
  FlatColumn<ValueLink> values_;
  FlatColumn<std::uint64_t> first_words_;  // By word number: a root edge's.
  HashFilter first_word_hashes_;           // Their hashes (FilterFirstWords).
  std::size_t phrases_ = 0;
  std::uint32_t value_limit_ = UINT32_MAX;
};

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_PHRASE_INDEX_H_
