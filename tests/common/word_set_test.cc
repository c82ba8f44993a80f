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

// "The president spoke. Rain fell.", its two sentences tokenized by the
// host without word lists.
v1::Document TwoSentencesWithHostTokens() {
  v1::Document document;
  document.set_text("The president spoke. Rain fell.");
  for (const auto [begin, end] : {std::pair{0u, 20u}, std::pair{21u, 31u}}) {
    auto* sentence = document.add_sentences();
    sentence->mutable_span()->set_begin(begin);
    sentence->mutable_span()->set_end(end);
    *sentence->add_segments() = sentence->span();
  }
  AddDocumentTokens(&document);
  return document;
}

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

// A token's word given with its hash is found as without it: the filter
// over the hashes turns away only words the set does not have.
TEST(WordSetTest, AWordWithItsHashIsFoundAsWithout) {
  WordSet words;
  for (int i = 0; i < 2000; ++i) words.Add(LetterWord(i));
  for (int i = 0; i < 4000; ++i) {
    const std::string word = LetterWord(i);
    ASSERT_EQ(words.Contains(word, WordHash(word)), i < 2000) << word;
    ASSERT_EQ(words.Contains(word, 0), i < 2000) << word;  // No hash: the table alone.
  }
  const std::string first = LetterWord(0);
  WordSet moved = std::move(words);
  EXPECT_FALSE(words.Contains(first, WordHash(first)));  // NOLINT(bugprone-use-after-move)
  EXPECT_TRUE(moved.Contains(first, WordHash(first)));
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

// A list's key is the sum of its distinct words' hashes, whatever their
// order: the host and the checker compute it apart.
TEST(WordSetTest, ItsKeyIsTheWordListKeyOfItsWords) {
  WordSet words({"president", "minister"});
  words.Add("president");
  EXPECT_EQ(words.key(), WordHash("president") + WordHash("minister"));
  EXPECT_EQ(words.key(), WordListKey(words.Words()));
  EXPECT_EQ(words.key(), WordSet({"minister", "president"}).key());
  EXPECT_EQ(WordSet().key(), 0u);
}

// When the host looked for the set (its key is among Tokens.word_list_keys),
// the sentence's bit is the answer, read without the words; when it did not,
// or sent a bit count that does not match the sentences, the set reads the
// words.
TEST(WordSetTest, ReadsTheHostsAnswerWhenTheHostLookedForTheSet) {
  const WordSet titles({"president"});
  v1::Document document = TwoSentencesWithHostTokens();
  v1::Tokens& tokens = *document.mutable_tokens();
  EXPECT_TRUE(titles.AnyIn(document, 0));
  EXPECT_FALSE(titles.AnyIn(document, 1));
  // Bit 1 is the set's, and the host says (wrongly, to show it is read)
  // that the second sentence has its word and the first has not.
  tokens.add_word_list_keys(WordSet({"rain"}).key());
  tokens.add_word_list_keys(titles.key());
  tokens.add_sentence_word_lists(1);
  tokens.add_sentence_word_lists(2);
  EXPECT_FALSE(titles.AnyIn(document, 0));
  EXPECT_TRUE(titles.AnyIn(document, 1));
  EXPECT_EQ(WordSet::AnyOfEachIn(titles, WordSet({"fell"}), document, 1),
            std::make_pair(true, true));
  // A bit short: the words are read.
  tokens.mutable_sentence_word_lists()->RemoveLast();
  EXPECT_TRUE(titles.AnyIn(document, 0));
  EXPECT_FALSE(titles.AnyIn(document, 1));
  // Not looked for: the same.
  tokens.add_sentence_word_lists(2);
  tokens.set_word_list_keys(1, WordSet({"spoke"}).key());
  EXPECT_TRUE(titles.AnyIn(document, 0));
  EXPECT_FALSE(titles.AnyIn(document, 1));
}

// A checker's scan of a document's sentences finds the host's bit once
// (SentenceFilter) and answers as AnyIn does at each sentence: from the bit
// where the host looked for the set, from the words where it did not.
TEST(WordSetTest, ASentenceFilterAnswersAsAnyInDoes) {
  const WordSet titles({"president"});
  const WordSet weather({"rain"});
  v1::Document document = TwoSentencesWithHostTokens();
  const auto expect_as_any_in = [&](const std::string& state) {
    const SentenceFilter title_filter(titles, document);
    const SentenceFilter weather_filter(weather, document);
    for (int s = 0; s < 2; ++s) {
      EXPECT_EQ(title_filter.AnyIn(s), titles.AnyIn(document, s)) << state << ", sentence " << s;
      EXPECT_EQ(SentenceFilter::AnyOfEachIn(title_filter, weather_filter, s),
                WordSet::AnyOfEachIn(titles, weather, document, s))
          << state << ", sentence " << s;
    }
  };
  expect_as_any_in("no host answers");
  EXPECT_TRUE(SentenceFilter(titles, document).AnyIn(0));
  EXPECT_FALSE(SentenceFilter(titles, document).AnyIn(1));
  // The host's answers, wrong on purpose to show they are read: the titles'
  // word in the second sentence, the weather's in the first.
  v1::Tokens& tokens = *document.mutable_tokens();
  tokens.add_word_list_keys(weather.key());
  tokens.add_word_list_keys(titles.key());
  tokens.add_sentence_word_lists(1);
  tokens.add_sentence_word_lists(2);
  expect_as_any_in("both looked for");
  EXPECT_FALSE(SentenceFilter(titles, document).AnyIn(0));
  EXPECT_TRUE(SentenceFilter(titles, document).AnyIn(1));
  EXPECT_EQ(SentenceFilter::AnyOfEachIn(SentenceFilter(titles, document),
                                        SentenceFilter(weather, document), 0),
            std::make_pair(false, true));
  // One of the two looked for: the other's words are read.
  tokens.set_word_list_keys(0, WordSet({"spoke"}).key());
  expect_as_any_in("one looked for");
  EXPECT_EQ(SentenceFilter::AnyOfEachIn(SentenceFilter(titles, document),
                                        SentenceFilter(weather, document), 1),
            std::make_pair(true, true));
  // The host's answers a sentence short: the words are read.
  tokens.mutable_sentence_word_lists()->RemoveLast();
  expect_as_any_in("answers a sentence short");
  EXPECT_TRUE(SentenceFilter(titles, document).AnyIn(0));
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
