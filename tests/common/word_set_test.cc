// The cheap test that spares sentences their tokenizing: it must see the
// words however the text was pasted.
#include "common/word_set.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "common/host_tokens.h"

namespace factcheck::text {
namespace {

bool AnyIn(const WordSet& words, const std::string& text) {
  v1::Sentence sentence;
  auto* segment = sentence.add_segments();
  segment->set_begin(0);
  segment->set_end(static_cast<std::uint32_t>(text.size()));
  return words.AnyIn(text, sentence);
}

TEST(WordSetTest, FindsWordsBetweenAnySpacesAndThroughInvisibleCharacters) {
  WordSet words;
  words.Add("secretary");
  words.Add("schroder");
  EXPECT_TRUE(AnyIn(words, "Treasury Secretary Henry Paulson"));
  EXPECT_TRUE(AnyIn(words, "Treasury\u00a0Secretary\u00a0Henry Paulson"));
  EXPECT_TRUE(AnyIn(words, "Treasury\u202fSecre\u00adtary"));
  EXPECT_TRUE(AnyIn(words, "\u201cSecretary\u201d"));
  EXPECT_TRUE(AnyIn(words, "Chancellor Schr\u00f6der"));
  EXPECT_FALSE(AnyIn(words, "Treasury\u00a0Secretaries"));
  EXPECT_FALSE(AnyIn(words, "Nothing to see here\u00a0today"));
}

// A word of letters alone for each number ("wbaa"), as the text is cut at digits.
std::string LetterWord(int i) {
  return std::string{'w', static_cast<char>('a' + i % 26), static_cast<char>('a' + i / 26 % 26),
                     static_cast<char>('a' + i / 676)};
}

TEST(WordSetTest, FindsEveryWordAddedAndNoOther) {
  // Words that share their first seven letters differ only further on; the
  // set grows many times over.
  WordSet words;
  EXPECT_TRUE(words.empty());
  words.Add("secretary");
  words.Add("secretariat");
  words.Add("secret");
  words.Add("secretary");  // Again: kept once.
  for (int i = 0; i < 500; ++i) words.Add(LetterWord(i));
  EXPECT_FALSE(words.empty());
  for (const std::string& found : std::vector<std::string>{
           "secretary", "secretariat", "secret", "SECRETARY", LetterWord(0), LetterWord(499)}) {
    EXPECT_TRUE(AnyIn(words, found)) << found;
  }
  for (const std::string& missing : std::vector<std::string>{"secretar", "secretaries", "secrets",
                                                             "secre", LetterWord(500), "w"}) {
    EXPECT_FALSE(AnyIn(words, missing)) << missing;
  }
}

TEST(WordSetTest, OverTheHostsHashedTokensFindsEveryWordAddedAndNoOther) {
  // The same through the filter over the host's word hashes, which the set
  // rebuilds as it grows.
  WordSet words;
  for (int i = 0; i < 500; ++i) words.Add(LetterWord(i));
  words.Add("secretary");
  const std::vector<std::string> found = {"Secretary", LetterWord(0), LetterWord(255),
                                          LetterWord(499)};
  const std::vector<std::string> missing = {"secretaries", "secretar", LetterWord(500), "w"};
  v1::Document document;
  std::string text;
  for (const auto& lines : {found, missing}) {
    for (const std::string& line : lines) {
      auto* sentence = document.add_sentences();
      sentence->mutable_span()->set_begin(static_cast<std::uint32_t>(text.size()));
      sentence->mutable_span()->set_end(static_cast<std::uint32_t>(text.size() + line.size()));
      *sentence->add_segments() = sentence->span();
      text += line + "\n";
    }
  }
  document.set_text(text);
  AddDocumentTokens(&document);
  ASSERT_EQ(document.tokens().hashes_size(), document.tokens().begin_size());
  for (int s = 0; s < document.sentences_size(); ++s) {
    EXPECT_EQ(words.AnyIn(document, s), s < static_cast<int>(found.size()))
        << (s < static_cast<int>(found.size()) ? found[s] : missing[s - found.size()]);
  }
}

TEST(WordSetTest, AMovedFromSetFindsNothingAndTakesWordsAgain) {
  WordSet words;
  words.Add("minister");
  WordSet moved = std::move(words);
  EXPECT_TRUE(AnyIn(moved, "The minister"));
  EXPECT_FALSE(AnyIn(words, "The minister"));  // NOLINT(bugprone-use-after-move): on purpose.
  words.Add("secretary");
  EXPECT_TRUE(AnyIn(words, "The secretary"));
  EXPECT_FALSE(AnyIn(words, "The minister"));
}

}  // namespace
}  // namespace factcheck::text
