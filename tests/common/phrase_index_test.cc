// The vocabulary numbers each word once for every index of a reference set:
// whatever it holds, it must find each word it was given and no other.
#include "common/phrase_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace factcheck::text {
namespace {

// Enough words to grow the table (and its filter) many times over.
constexpr int kWords = 20000;

std::string Known(int i) { return "known" + std::to_string(i); }
std::string Unknown(int i) { return "other" + std::to_string(i); }

void ExpectFindsExactlyTheKnownWords(const Vocabulary& vocabulary,
                                     const std::vector<std::uint32_t>& ids) {
  for (int i = 0; i < kWords; ++i) {
    ASSERT_EQ(vocabulary.Find(Known(i)), ids[i]) << Known(i);
    ASSERT_EQ(vocabulary.Find(Unknown(i)), Token::kUnknownWord) << Unknown(i);
  }
  EXPECT_EQ(vocabulary.Find(""), Token::kUnknownWord);
}

TEST(VocabularyTest, FindsEveryWordInternedAndNoOther) {
  Vocabulary vocabulary;
  std::vector<std::uint32_t> ids;
  for (int i = 0; i < kWords; ++i) ids.push_back(vocabulary.Intern(Known(i)));
  for (int i = 0; i < kWords; ++i) EXPECT_EQ(vocabulary.Intern(Known(i)), ids[i]);
  EXPECT_EQ(vocabulary.size(), static_cast<std::size_t>(kWords));
  ExpectFindsExactlyTheKnownWords(vocabulary, ids);
}

TEST(VocabularyTest, ABorrowedTableFindsTheSameWords) {
  // As a compiled index lends its tables to the model that maps it.
  Vocabulary built;
  std::vector<std::uint32_t> ids;
  for (int i = 0; i < kWords; ++i) ids.push_back(built.Intern(Known(i)));
  Vocabulary borrowing;
  ASSERT_TRUE(borrowing.Borrow(built.parts()));
  ExpectFindsExactlyTheKnownWords(borrowing, ids);
}

}  // namespace
}  // namespace factcheck::text
