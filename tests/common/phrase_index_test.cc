// The vocabulary numbers each word once for every index of a reference set:
// whatever it holds, it must find each word it was given and no other. A
// phrase index knows the words its phrases start with.
#include "common/phrase_index.h"

#include <gtest/gtest.h>

#include <algorithm>
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

// Every phrase's first word starts a phrase, and no other word does, in a
// built index and in one that borrows its tables; a word numbered past every
// word the index knows starts none.
TEST(PhraseIndexTest, KnowsWhichWordsStartAPhrase) {
  Vocabulary vocabulary;
  PhraseIndex built(&vocabulary);
  constexpr int kPhrases = 3000;
  for (int i = 0; i < kPhrases; ++i)
    built.Add({Known(i), Unknown(i)}, static_cast<std::uint32_t>(i));
  std::vector<std::uint32_t> first, second;
  for (int i = 0; i < kPhrases; ++i) {
    first.push_back(vocabulary.Find(Known(i)));
    second.push_back(vocabulary.Find(Unknown(i)));
  }
  PhraseIndex borrowing(&vocabulary);
  ASSERT_TRUE(borrowing.Borrow(built.parts(), kPhrases));
  for (const PhraseIndex* index : {&built, &borrowing}) {
    for (int i = 0; i < kPhrases; ++i) {
      ASSERT_TRUE(index->StartsWith(first[i])) << Known(i);
      ASSERT_FALSE(index->StartsWith(second[i])) << Unknown(i);
    }
    EXPECT_FALSE(index->StartsWith(static_cast<std::uint32_t>(vocabulary.size()) + 64));
    EXPECT_FALSE(index->StartsWith(Token::kUnknownWord));
    std::vector<std::uint32_t> words = index->FirstWords();
    std::sort(words.begin(), words.end());
    std::vector<std::uint32_t> expected = first;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(words, expected);
  }
}

}  // namespace
}  // namespace factcheck::text
