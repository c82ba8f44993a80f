// The word hash the host sends with its tokens: it depends on every byte of
// a word and on its length, and on nothing outside the word.
#include "common/word_hash.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace factcheck::text {
namespace {

TEST(WordHashTest, EveryByteAndTheLengthChangeTheHash) {
  // Words of every length to forty, and each of them with one byte changed
  // at each place: no two hash alike.
  std::set<std::uint64_t> seen;
  std::size_t words = 0;
  for (std::size_t length = 0; length <= 40; ++length) {
    const std::string word(length, 'a');
    seen.insert(WordHash(word));
    ++words;
    for (std::size_t at = 0; at < length; ++at) {
      std::string changed = word;
      changed[at] = 'b';
      seen.insert(WordHash(changed));
      ++words;
    }
  }
  EXPECT_EQ(seen.size(), words);
  EXPECT_NE(WordHash("ab"), WordHash("ba"));
  EXPECT_NE(WordHash(std::string_view("a\0", 2)), WordHash("a"));
}

TEST(WordHashTest, OnlyTheWordsBytesCount) {
  // The same word amid other bytes, at every alignment, hashes alike.
  for (const std::string word : {"a", "the", "minister", "secretary-general", "unprecedentedly"}) {
    for (std::size_t at = 0; at < 8; ++at) {
      const std::string text = std::string(at, 'x') + word + "yyyyyyyyyyyyyyyy";
      EXPECT_EQ(WordHash(std::string_view(text).substr(at, word.size())), WordHash(word)) << word;
    }
  }
}

}  // namespace
}  // namespace factcheck::text
