// Host side: which of the plugins' word lists (ConfigureResponse.word_lists)
// each sentence has a word of, worked out once for every plugin as the
// host's tokens are made (AddDocumentTokens; Tokens.sentence_word_lists): a
// plugin's sentence filter is then one bit, where it looked up each word of
// each sentence.
#ifndef FACTCHECK_PLUGINS_COMMON_WORD_LISTS_H_
#define FACTCHECK_PLUGINS_COMMON_WORD_LISTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/word_hash.h"
#include "factcheck/v1/checker.pb.h"

namespace factcheck::text {

class SentenceWordLists {
 public:
  // At most this many lists are looked for: a sentence's answer is one
  // 64-bit number.
  static constexpr std::size_t kMostLists = 64;

  // The lists in the order given, each known by its key (text::WordListKey);
  // lists equal as sets share a bit. Left out, so that their plugins read
  // the words themselves: lists past the 64th, and lists that share a key
  // but not their words. `host_words`, a list of the host's own, takes the
  // bit after theirs (host_bit) where there is one: its answers are the
  // host's, never sent.
  explicit SentenceWordLists(const std::vector<v1::WordList>& lists,
                             const std::vector<std::string>& host_words = {});

  // Whether a word of a list can ever match a token: it is one word as the
  // host folds it ("president", not "President", "vice president" or
  // "2008", a number).
  static bool Matchable(std::string_view word);

  bool empty() const { return keys_.empty() && host_bit_ == 0; }
  // The keys of the plugins' lists looked for, in bit order.
  const std::vector<std::uint64_t>& keys() const { return keys_; }
  // The bit of the host's own list, or 0 when it is not looked for.
  std::uint64_t host_bit() const { return host_bit_; }

  // The bits of the lists `word` (folded; `hash` its WordHash) is in: most
  // words are turned away by one load.
  std::uint64_t ListsOf(std::string_view word, std::uint64_t hash) const {
    return MayHave(hash) ? ListsInTable(word, hash) : 0;
  }

 private:
  // A word of some list by its WordHash, and the bits of the lists it is
  // in: an open addressing table behind a filter that turns away nearly
  // every word of a text without a probe. Sixteen bytes a slot, the words
  // apart (words_, compared only where the hash is the word's): a probe
  // reads a third of the bytes that slots holding their strings took.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint64_t lists = 0;  // None: a free slot.
  };
  // The word's slot, or the free one where it would go: inline, as the
  // tokenizer probes for most words that pass the filter.
  std::size_t SlotOf(std::string_view word, std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t h = hash & mask;; h = (h + 1) & mask) {
      const Slot& slot = slots_[h];
      if (slot.lists == 0 || (slot.hash == hash && words_[h] == word)) return h;
    }
  }
  void Add(std::string_view word, std::uint64_t hash, std::uint64_t bit);
  std::uint64_t ListsInTable(std::string_view word, std::uint64_t hash) const {
    return slots_[SlotOf(word, hash)].lists;
  }
  // One bit a hash (its bits 20 and up), sixteen bits a word: one load turns
  // away all but a few words in a hundred.
  bool MayHave(std::uint64_t hash) const {
    const std::uint64_t bit = (hash >> 20) & filter_mask_;
    return (filter_[bit >> 6] >> (bit & 63) & 1) != 0;
  }

  std::vector<std::uint64_t> keys_;
  std::uint64_t host_bit_ = 0;
  std::vector<Slot> slots_;
  std::vector<std::string> words_;  // Each slot's word.
  std::vector<std::uint64_t> filter_;
  std::uint64_t filter_mask_ = 0;
};

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_WORD_LISTS_H_
