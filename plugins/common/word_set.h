// A set of folded words and a fast test of whether a sentence holds any of
// them: checkers use it to skip most sentences before tokenizing them.
#ifndef FACTCHECK_PLUGINS_COMMON_WORD_SET_H_
#define FACTCHECK_PLUGINS_COMMON_WORD_SET_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/word_hash.h"
#include "factcheck/v1/checker.pb.h"

namespace factcheck::text {

// The length of a word and its first seven bytes in one number: the word
// tables of the checkers and of the time tagger compare words by it, and by
// the rest only when longer.
constexpr std::uint64_t WordKey(std::string_view word) {
  std::uint64_t key = word.size() < 255 ? word.size() : 255;
  for (std::size_t i = 0; i < 7 && i < word.size(); ++i) {
    key |= static_cast<std::uint64_t>(static_cast<unsigned char>(word[i])) << (8 * (i + 1));
  }
  return key;
}

// A word list's key (Tokens.word_list_keys): the sum, modulo 2^64, of the
// WordHash of each of its distinct words, so that the host and a checker
// name a list alike without agreeing on an order.
template <typename Words>
std::uint64_t WordListKey(const Words& distinct_words) {
  std::uint64_t key = 0;
  for (const auto& word : distinct_words) key += WordHash(word);
  return key;
}

class WordSet {
 public:
  WordSet() { RebuildFilter(); }
  // The set of the folded words `words`.
  WordSet(std::initializer_list<std::string_view> words) : WordSet() {
    for (const std::string_view word : words) Add(std::string(word));
  }
  // Adds a folded word (see Fold).
  void Add(const std::string& word);
  // Whether the folded word is in the set; most words fail on their first
  // letter and length before any hashing.
  bool Contains(std::string_view word) const {
    return !word.empty() && !ShapeAbsent(static_cast<unsigned char>(word[0]), word.size()) &&
           Probe(word);
  }
  // The same for a token's word given its WordHash (Token::hash; 0: not
  // known): a word the filter over the set's hashes turns away costs no
  // probe of the table, a cache miss in a large set.
  bool Contains(std::string_view word, std::uint64_t hash) const {
    return (hash == 0 || hashes_.MayHave(hash)) && Contains(word);
  }
  // Its words, in no particular order.
  std::vector<std::string> Words() const;
  // Its WordListKey.
  std::uint64_t key() const { return key_; }
  // Whether a word of the sentence's prose, folded, is in the set. Most
  // words fail on their first letter and length before any hashing.
  bool AnyIn(std::string_view text, const v1::Sentence& sentence) const;
  // The same over the host's tokens of sentence `s`, when the document has
  // them (ANNOTATION_TOKENS), else over its text as above. Over tokens it
  // sees words as the checker will match them ("d'Estaing" is "destaing",
  // not "d" and "estaing"), and with the host's word hashes a word not in
  // the set is turned away by a filter over them, without reading it. When
  // the host looked for the set as it tokenized (a checker names it in
  // ConfigureResponse.word_lists), its answer is one bit.
  bool AnyIn(const v1::Document& document, int s) const;
  // Whether sentence `s` has a word of `a`, and one of `b`: the answers of
  // a.AnyIn and b.AnyIn in one pass over its tokens.
  static std::pair<bool, bool> AnyOfEachIn(const WordSet& a, const WordSet& b,
                                           const v1::Document& document, int s);
  // The bit of the host's answers for this set in `document` (its place in
  // Tokens.word_list_keys), or -1 when the host did not look for it or
  // numbered its sentences' answers wrong.
  int HostBit(const v1::Document& document) const;
  bool empty() const { return count_ == 0; }

 private:
  static constexpr std::size_t kMaxLength = 32;
  // The words in an open-addressing table keyed by a word's length and its
  // first seven bytes, which decide for words of up to seven bytes; longer
  // ones are compared in full. A multiply-shift hash of the key: the sets
  // are small and looked up for most words of most sentences.
  struct Slot {
    std::uint64_t key = 0;  // 0: empty (no word is empty).
    std::string word;
  };
  std::size_t SlotOf(std::uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> shift_; }
  bool Probe(std::string_view word) const;  // The table alone.
  // The reading of sentence `s`'s words that AnyIn falls back on where the
  // host did not look for the set: its tokens, else its text.
  bool WordsIn(const v1::Document& document, int s) const;
  // The same for two sets, in one pass over the tokens.
  static std::pair<bool, bool> WordsOfEachIn(const WordSet& a, const WordSet& b,
                                             const v1::Document& document, int s);
  friend class SentenceFilter;
  void Insert(Slot slot);
  // Sizes `hashes_` for the table and fills it from the words.
  void RebuildFilter();

  std::vector<Slot> slots_ = std::vector<Slot>(8);
  int shift_ = 61;  // 64 - log2(slots_.size()).
  std::size_t count_ = 0;
  std::uint64_t key_ = 0;  // WordListKey of the words.
  // Whether no word of the set has this first letter and length, so a word
  // of a text that has them is not in it: most words fail here, before any
  // hashing. Words not starting with a-z, or as long as kMaxLength, are
  // never ruled out.
  bool ShapeAbsent(unsigned char first, std::size_t length) const {
    return first >= 'a' && first <= 'z' && length < kMaxLength &&
           !(shapes_[first - 'a'] & (1u << length));
  }
  std::uint32_t shapes_[26] = {};  // Per first letter a-z, a bit per length.
  // The words' WordHash, at sixteen bits a word or more: for tokens that
  // come hashed.
  HashFilter hashes_;
};

// A word set's test of every sentence of one document, for a checker's scan
// of its sentences in turn: the host's bit for the set found once, and the
// words read where the host did not look for the set. WordSet::AnyIn and
// AnyOfEachIn are one sentence's answers of it. Valid while the set and the
// document are.
class SentenceFilter {
 public:
  SentenceFilter(const WordSet& set, const v1::Document& document)
      : set_(set), document_(document), bit_(set.HostBit(document)) {}
  // Held by reference: never of a temporary.
  SentenceFilter(WordSet&&, const v1::Document&) = delete;
  SentenceFilter(const WordSet&, v1::Document&&) = delete;

  // Whether sentence `s` has a word of the set: set.AnyIn(document, s).
  bool AnyIn(int s) const { return answered() ? Bit(s) : set_.WordsIn(document_, s); }
  // Whether sentence `s` has a word of `a`'s set, and one of `b`'s (two
  // filters of the same document): WordSet::AnyOfEachIn's answers.
  static std::pair<bool, bool> AnyOfEachIn(const SentenceFilter& a, const SentenceFilter& b,
                                           int s) {
    // One pass over the tokens for both where the host answered neither.
    if (!a.answered() && !b.answered())
      return WordSet::WordsOfEachIn(a.set_, b.set_, a.document_, s);
    return {a.AnyIn(s), b.AnyIn(s)};
  }

 private:
  bool answered() const { return bit_ >= 0; }
  bool Bit(int s) const { return (document_.tokens().sentence_word_lists(s) >> bit_ & 1) != 0; }

  const WordSet& set_;
  const v1::Document& document_;
  int bit_;
};

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_WORD_SET_H_
