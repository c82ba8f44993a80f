// The vocabulary numbers each word once for every index of a reference set:
// whatever it holds, it must find each word it was given and no other. A
// phrase index knows the words its phrases start with.
#include "common/phrase_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
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
  }
}

// Tokens of a sentence written as words, hashed as the host hashes them: a
// mark is punctuation, "folded/transliterated" a word with both forms (as
// "Schröder" is "schroder" and "schroeder"), and a word after '#' comes
// without a hash, as from a host that sends none.
// The tokens view their words' bytes, kept for the test's run.
std::vector<Token> WordTokens(const std::vector<std::string>& words) {
  static std::deque<std::string> kept;  // Never moved as it grows.
  std::vector<Token> tokens;
  for (std::string word : words) {
    Token token{};
    const bool unhashed = word[0] == '#';
    if (unhashed) word.erase(0, 1);
    token.kind = word == "," || word == "&" ? Token::Kind::kPunct : Token::Kind::kWord;
    if (const auto slash = word.find('/'); slash != std::string::npos) {
      token.transliterated = kept.emplace_back(word.substr(slash + 1));
      word.resize(slash);
    }
    token.folded = kept.emplace_back(word);
    token.hash = unhashed ? 0 : Vocabulary::Hash(word);
    tokens.push_back(token);
  }
  return tokens;
}

// Tokens left unnumbered (Vocabulary::LeaveUnnumbered) are numbered as an
// index looks them up: StartsAt, Longest and a walk by Step answer as for
// tokens numbered first, with or without the first words' filter (a
// transliteration, an ampersand read as "and", a token without a hash
// included), and a word that starts no phrase and that no phrase goes on
// to is not numbered at all once the filter is there.
TEST(PhraseIndexTest, TokensLeftUnnumberedAnswerAsNumberedOnes) {
  Vocabulary vocabulary;
  PhraseIndex titles(&vocabulary), names(&vocabulary);
  titles.Add({"prime", "minister"}, 1);
  titles.Add({"secretary", "of", "state", "for", "culture", ",", "media"}, 2);
  titles.Add({"trade", "and", "industry", "secretary"}, 3);
  names.Add({"minister", "smith"}, 7);  // "minister" is known, starting no title.
  names.Add({"schroeder"}, 8);
  names.Add({"gerhard", "schroeder"}, 9);
  const std::vector<std::string> sentence = {
      "the",    "prime", "minister", "smith",    "met",       "the",      "secretary",
      "of",     "state", "for",      "culture",  ",",         "media",    "and",
      "others", "trade", "&",        "industry", "secretary", "#gerhard", "schroder/schroeder",
      "prime"};
  for (const bool filtered : {false, true}) {
    if (filtered) PhraseIndex::FilterFirstWords({&titles, &names});
    std::vector<Token> numbered = WordTokens(sentence);
    vocabulary.Number(&numbered);
    for (const PhraseIndex* index : {&titles, &names}) {
      std::vector<Token> lazy = WordTokens(sentence);
      Vocabulary::LeaveUnnumbered(&lazy);
      for (std::size_t i = 0; i < sentence.size(); ++i) {
        EXPECT_EQ(index->StartsAt(lazy, i), index->StartsAt(numbered, i)) << i;
        const PhraseIndex::Match match = index->Longest(lazy, i);
        const PhraseIndex::Match expected = index->Longest(numbered, i);
        EXPECT_EQ(match.length, expected.length) << i;
        EXPECT_EQ(match.values, expected.values) << i;
      }
      // A walk from every token, as the people matcher takes one.
      for (std::size_t i = 0; i < sentence.size(); ++i) {
        std::uint32_t node = PhraseIndex::kRoot, expected = PhraseIndex::kRoot;
        for (std::size_t k = i; k < sentence.size() && expected != PhraseIndex::kNoNode; ++k) {
          node = index->Step(node, lazy[k]);
          expected = index->Step(expected, numbered[k]);
          EXPECT_EQ(node, expected) << i << " " << k;
        }
      }
      for (std::size_t i = 0; i < sentence.size(); ++i) {
        if (lazy[i].word != Token::kUnnumbered) EXPECT_EQ(lazy[i].word, numbered[i].word) << i;
      }
    }
    // Only StartsAt and Longest: no walk from "the" or "others", which start
    // no phrase and follow none (a word of neither index, whose hash the
    // first words' filter turns away: 64 bits, two of them, a word).
    if (filtered) {
      std::vector<Token> lazy = WordTokens(sentence);
      Vocabulary::LeaveUnnumbered(&lazy);
      for (std::size_t i = 0; i < sentence.size(); ++i) {
        titles.Longest(lazy, i);
        names.Longest(lazy, i);
      }
      for (const std::size_t i : {0u, 5u, 14u}) {
        EXPECT_EQ(lazy[i].word, Token::kUnnumbered) << sentence[i];
      }
    }
  }
}

// A phrase added after the first words' filter was built drops the filter,
// so that its first word is not turned away.
TEST(PhraseIndexTest, APhraseAddedAfterTheFilterIsFound) {
  Vocabulary vocabulary;
  PhraseIndex titles(&vocabulary);
  titles.Add({"prime", "minister"}, 1);
  PhraseIndex::FilterFirstWords({&titles});
  titles.Add({"chancellor"}, 2);
  std::vector<Token> tokens = WordTokens({"the", "chancellor"});
  Vocabulary::LeaveUnnumbered(&tokens);
  EXPECT_TRUE(titles.StartsAt(tokens, 1));
  EXPECT_EQ(titles.Longest(tokens, 1).values, std::vector<std::uint32_t>{2});
}

}  // namespace
}  // namespace factcheck::text
