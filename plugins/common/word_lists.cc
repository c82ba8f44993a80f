#include "common/word_lists.h"

#include <algorithm>
#include <map>
#include <set>

#include "common/text_tokens.h"
#include "common/word_set.h"

namespace factcheck::text {
namespace {

using Words = std::set<std::string_view>;

}  // namespace

SentenceWordLists::SentenceWordLists(const std::vector<v1::WordList>& lists,
                                     const std::vector<std::string>& host_words) {
  // Each distinct set of words once, by key, in the order first given.
  std::vector<std::uint64_t> order;
  std::map<std::uint64_t, Words> by_key;
  std::set<std::uint64_t> clashing;
  for (const v1::WordList& list : lists) {
    Words words;
    for (const std::string& word : list.words()) {
      if (!word.empty()) words.insert(word);
    }
    if (words.empty()) continue;
    const std::uint64_t key = WordListKey(words);
    auto [it, inserted] = by_key.try_emplace(key, words);
    if (inserted) {
      order.push_back(key);
    } else if (it->second != words) {
      clashing.insert(key);
    }
  }
  std::size_t word_count = 0;
  for (const std::uint64_t key : order) {
    if (clashing.count(key) || keys_.size() == kMostLists) continue;
    keys_.push_back(key);
    word_count += by_key[key].size();
  }
  Words host;
  for (const std::string& word : host_words) {
    if (!word.empty()) host.insert(word);
  }
  if (!host.empty() && keys_.size() < kMostLists) {
    host_bit_ = std::uint64_t{1} << keys_.size();
    word_count += host.size();
  }
  std::size_t size = 16;
  while (size < 2 * word_count) size <<= 1;
  slots_.resize(size);
  words_.resize(size);
  std::size_t bits = 64;
  while (bits < 16 * word_count) bits <<= 1;
  filter_.assign(bits / 64, 0);
  filter_mask_ = bits - 1;
  const auto add_all = [this](const Words& words, std::uint64_t bit) {
    for (const std::string_view word : words) {
      const std::uint64_t hash = WordHash(word);
      const std::uint64_t at = (hash >> 20) & filter_mask_;
      filter_[at >> 6] |= std::uint64_t{1} << (at & 63);
      Add(word, hash, bit);
    }
  };
  for (std::size_t bit = 0; bit < keys_.size(); ++bit) {
    add_all(by_key[keys_[bit]], std::uint64_t{1} << bit);
  }
  if (host_bit_ != 0) add_all(host, host_bit_);
}

bool SentenceWordLists::Matchable(std::string_view word) {
  const TokenList tokens = TokenizePhrase(word);
  return tokens.size() == 1 && tokens[0].kind == Token::Kind::kWord && tokens[0].folded == word;
}

void SentenceWordLists::Add(std::string_view word, std::uint64_t hash, std::uint64_t bit) {
  const std::size_t at = SlotOf(word, hash);
  if (slots_[at].lists == 0) {
    slots_[at].hash = hash;
    words_[at] = word;
  }
  slots_[at].lists |= bit;
}

}  // namespace factcheck::text
