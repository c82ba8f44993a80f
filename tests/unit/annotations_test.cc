// The host computes what the run's plugins ask for in Describe, and only
// that: tokens for a plugin that reads them, time expressions for one that
// reads them or says nothing (protocol 1), neither for a run that needs
// none.
#include <gtest/gtest.h>

#include <random>

#include "common/word_lists.h"
#include "common/word_set.h"
#include "document/document_loader.h"
#include "document/time_tagger.h"
#include "run/session.h"

namespace factcheck {
namespace {

const char kArticle[] = "---\ndate: 2005-03-10\n---\nThe minister spoke on 3 March 2005.\n";

ActivePlugin PluginReading(std::vector<v1::Annotation> annotations) {
  ActivePlugin plugin;
  for (const v1::Annotation annotation : annotations) {
    plugin.description.add_annotations(annotation);
  }
  return plugin;
}

DocumentOptions OptionsFor(std::vector<ActivePlugin> plugins) {
  DocumentOptions options;
  SetAnnotations(plugins, &options);
  return options;
}

TEST(AnnotationsTest, APluginThatSaysNothingGetsSentencesAndTimeExpressions) {
  std::vector<ActivePlugin> plugins;
  plugins.push_back(PluginReading({}));
  const DocumentOptions options = OptionsFor(std::move(plugins));
  EXPECT_TRUE(options.time_expressions);
  EXPECT_FALSE(options.tokens);
  const LoadedDocument loaded = BuildDocument("a.md", kArticle, options);
  EXPECT_EQ(loaded.document.time_expressions_size(), 1);
  EXPECT_FALSE(loaded.document.has_tokens());
}

TEST(AnnotationsTest, TokensAreComputedOnlyWhenAPluginReadsThem) {
  std::vector<ActivePlugin> plugins;
  plugins.push_back(PluginReading({v1::ANNOTATION_SENTENCES, v1::ANNOTATION_TOKENS}));
  const DocumentOptions options = OptionsFor(std::move(plugins));
  EXPECT_FALSE(options.time_expressions);
  EXPECT_TRUE(options.tokens);
  const LoadedDocument loaded = BuildDocument("a.md", kArticle, options);
  EXPECT_EQ(loaded.document.time_expressions_size(), 0);
  ASSERT_TRUE(loaded.document.has_tokens());
  ASSERT_EQ(loaded.document.sentences_size(), 1);
  // "The minister spoke on 3 March 2005 ." : eight tokens, all of the sentence.
  EXPECT_EQ(loaded.document.sentences(0).first_token(), 0u);
  EXPECT_EQ(loaded.document.sentences(0).token_count(), 8u);
  EXPECT_EQ(loaded.document.tokens().begin_size(), 8);
}

TEST(AnnotationsTest, TimeExpressionsAreTheSameWhetherTokensAreComputedOrNot) {
  // With tokens the tagger skips the sentences they show hold no date: the
  // expressions found must be those found without them, whatever marks a
  // word holds or the text is typed with.
  const std::string article =
      "---\ndate: 2005-03-10\n---\n"
      "The minister spoke at Monday's session. They met at five o'clock. It ended at "
      "9 a.m. sharp. Talks resume in mid-March. Profits rose in Q3 and again in the second "
      "half. He left two weeks ago. It happened last Christmas. She said it would be done "
      "\u201cnext Tuesday\u201d. Prices rose 5 pct. The company said it was fine. The U.S. "
      "economy grew this year. Thatcher\u2019s government fell. Results are due tomorrow. "
      "THE MEETING IS ON FRIDAY. Sales in the fourth quarter rose. The decade\u00adlong war "
      "ended in the nineteen sixties. No date here, none at all. Mr. O'Day met W. Bush at the "
      "U.S. embassy. They danced on Hallowe'en. They sang it o'Christmas.\n";
  DocumentOptions without;
  DocumentOptions with;
  with.tokens = true;
  // As a run whose plugin reads both sets it: the host looks for the time
  // words with the plugins' lists, and the tagger reads its hints.
  std::vector<ActivePlugin> plugins;
  plugins.push_back(PluginReading({v1::ANNOTATION_TIME_EXPRESSIONS, v1::ANNOTATION_TOKENS}));
  const DocumentOptions hinted = OptionsFor(std::move(plugins));
  ASSERT_TRUE(hinted.word_lists);
  EXPECT_NE(hinted.word_lists->host_bit(), 0u);
  const LoadedDocument plain = BuildDocument("a.md", article, without);
  EXPECT_GE(plain.document.time_expressions_size(), 10);
  for (const DocumentOptions* options : {static_cast<const DocumentOptions*>(&with), &hinted}) {
    const LoadedDocument tokened = BuildDocument("a.md", article, *options);
    ASSERT_TRUE(tokened.document.has_tokens());
    ASSERT_EQ(tokened.document.time_expressions_size(), plain.document.time_expressions_size());
    for (int i = 0; i < plain.document.time_expressions_size(); ++i) {
      EXPECT_EQ(tokened.document.time_expressions(i).DebugString(),
                plain.document.time_expressions(i).DebugString());
    }
  }
}

// The tagger reads the host's answers where it is given them: told that no
// sentence has a time word (nor a piece of one it cuts), it tags only the sentences
// with a digit.
TEST(AnnotationsTest, TheTaggerReadsTheHostsAnswerASentence) {
  DocumentOptions options;
  options.tokens = true;
  v1::Document document =
      BuildDocument("a.md",
                    "---\ndate: 2005-03-10\n---\nThey met last Tuesday. It rose 5 pct in 2004.\n",
                    options)
          .document;
  ASSERT_EQ(document.sentences_size(), 2);
  ASSERT_EQ(document.time_expressions_size(), 2);
  const std::vector<bool> none(2, false);
  TagTimeExpressions(&document, {}, &none);
  ASSERT_EQ(document.time_expressions_size(), 1);
  EXPECT_EQ(document.time_expressions(0).text(), "2004");
  // Answers for another document's sentences are not read.
  const std::vector<bool> other(3, false);
  TagTimeExpressions(&document, {}, &other);
  EXPECT_EQ(document.time_expressions_size(), 2);
}

TEST(AnnotationsTest, TheHostComputesWhatAnyPluginOfTheRunAsksFor) {
  std::vector<ActivePlugin> plugins;
  plugins.push_back(PluginReading({v1::ANNOTATION_SENTENCES}));
  EXPECT_FALSE(OptionsFor(std::move(plugins)).time_expressions);
  std::vector<ActivePlugin> mixed;
  mixed.push_back(PluginReading({v1::ANNOTATION_SENTENCES}));
  mixed.push_back(PluginReading({v1::ANNOTATION_TIME_EXPRESSIONS}));
  mixed.push_back(PluginReading({v1::ANNOTATION_TOKENS}));
  const DocumentOptions options = OptionsFor(std::move(mixed));
  EXPECT_TRUE(options.time_expressions);
  EXPECT_TRUE(options.tokens);
}

using text::SentenceWordLists;
using text::WordSet;

// "listaa", "listab", ...: a word of letters only.
std::string ListWord(int i) {
  return "list" + std::string(1, static_cast<char>('a' + i / 26)) +
         std::string(1, static_cast<char>('a' + i % 26));
}

v1::WordList ListOf(const std::vector<std::string>& words) {
  v1::WordList list;
  for (const std::string& word : words) list.add_words(word);
  return list;
}

// The lists of the plugins that read tokens, and only theirs, are looked
// for; a run whose plugins give none looks for nothing.
TEST(AnnotationsTest, TheWordListsOfThePluginsThatReadTokensAreLookedFor) {
  std::vector<ActivePlugin> plugins;
  plugins.push_back(PluginReading({v1::ANNOTATION_TOKENS}));
  *plugins.back().configure_response.add_word_lists() = ListOf({"minister"});
  plugins.push_back(PluginReading({v1::ANNOTATION_SENTENCES}));
  *plugins.back().configure_response.add_word_lists() = ListOf({"spoke"});
  const DocumentOptions options = OptionsFor(std::move(plugins));
  ASSERT_TRUE(options.word_lists);
  const WordSet minister({"minister"});
  EXPECT_EQ(options.word_lists->keys(), std::vector<std::uint64_t>{minister.key()});
  const LoadedDocument loaded = BuildDocument("a.md", kArticle, options);
  const v1::Tokens& tokens = loaded.document.tokens();
  ASSERT_EQ(tokens.word_list_keys_size(), 1);
  EXPECT_EQ(tokens.word_list_keys(0), minister.key());
  ASSERT_EQ(tokens.sentence_word_lists_size(), 1);
  EXPECT_EQ(tokens.sentence_word_lists(0), 1u);

  std::vector<ActivePlugin> silent;
  silent.push_back(PluginReading({v1::ANNOTATION_TOKENS}));
  EXPECT_FALSE(OptionsFor(std::move(silent)).word_lists);
}

// Where the tagger reads the tokens, the host looks for its time words too,
// as a list of its own: never sent, nor any bit of it.
TEST(AnnotationsTest, TheTaggersWordListIsTheHostsOwnAndNeverSent) {
  std::vector<ActivePlugin> plugins;
  plugins.push_back(PluginReading({v1::ANNOTATION_TIME_EXPRESSIONS, v1::ANNOTATION_TOKENS}));
  *plugins.back().configure_response.add_word_lists() = ListOf({"minister"});
  const DocumentOptions options = OptionsFor(std::move(plugins));
  ASSERT_TRUE(options.word_lists);
  EXPECT_EQ(options.word_lists->keys(), std::vector<std::uint64_t>{WordSet({"minister"}).key()});
  EXPECT_EQ(options.word_lists->host_bit(), 2u);  // The bit after the plugins'.
  // "March" is a time word: the sentence has one, but only the minister's
  // bit is sent.
  const LoadedDocument loaded = BuildDocument("a.md", kArticle, options);
  const v1::Tokens& tokens = loaded.document.tokens();
  ASSERT_EQ(tokens.word_list_keys_size(), 1);
  ASSERT_EQ(tokens.sentence_word_lists_size(), 1);
  EXPECT_EQ(tokens.sentence_word_lists(0), 1u);

  // Without a list of the plugins', none is sent at all.
  std::vector<ActivePlugin> silent;
  silent.push_back(PluginReading({v1::ANNOTATION_TIME_EXPRESSIONS, v1::ANNOTATION_TOKENS}));
  const DocumentOptions own_only = OptionsFor(std::move(silent));
  ASSERT_TRUE(own_only.word_lists);
  EXPECT_TRUE(own_only.word_lists->keys().empty());
  const LoadedDocument alone = BuildDocument("a.md", kArticle, own_only);
  EXPECT_EQ(alone.document.tokens().word_list_keys_size(), 0);
  EXPECT_EQ(alone.document.tokens().sentence_word_lists_size(), 0);
  EXPECT_EQ(alone.document.time_expressions_size(), 1);
}

// Each sentence's bit for a list is what the list's WordSet finds reading
// the sentence's words itself, on any text: the words as the host cut and
// folded them ("Geoană's" is "geoana", "d'Estaing" "destaing"), words only
// (a list's "1987" is never found: "1987" in a text is a number), whole
// words only.
TEST(AnnotationsTest, ASentencesBitIsWhatTheListsWordSetFindsInIt) {
  const std::vector<std::vector<std::string>> lists = {
      {"minister", "president", "geoana", "destaing"},
      {"first", "record", "ever"},
      {"olympics", "games", "old"},
      {"president", "old"},
      {"1987", "73", "record"}};
  const std::vector<std::string> pieces = {
      "The",         "minister",   "Minister's", "PRESIDENT",   "presidents", "Geoană's",
      "d'Estaing",   "first-ever", "record.",    "1987",        "Olympics",   "games,",
      "73-year-old", "said",       "oldest",     "ever",        "éver",       "Record",
      "the",         "?",          "Games'",     "minister­ial"};
  std::mt19937 random(7);
  std::string text = "---\ndate: 2005-03-10\n---\n";
  for (int s = 0; s < 400; ++s) {
    const int length = 1 + static_cast<int>(random() % 6);
    for (int w = 0; w < length; ++w) {
      text += (w == 0 ? "" : " ") + pieces[random() % pieces.size()];
    }
    text += s % 7 == 0 ? ".\n\n" : ". ";
  }
  std::vector<v1::WordList> messages;
  std::vector<WordSet> sets;
  for (const auto& words : lists) {
    messages.push_back(ListOf(words));
    sets.emplace_back();
    for (const std::string& word : words) sets.back().Add(word);
  }
  DocumentOptions with;
  with.tokens = true;
  with.word_lists = std::make_shared<SentenceWordLists>(messages);
  DocumentOptions without;
  without.tokens = true;
  const v1::Document marked = BuildDocument("a.md", text, with).document;
  const v1::Document plain = BuildDocument("a.md", text, without).document;
  ASSERT_EQ(marked.tokens().word_list_keys_size(), 5);
  ASSERT_EQ(marked.tokens().sentence_word_lists_size(), plain.sentences_size());
  ASSERT_GT(plain.sentences_size(), 200);
  int found = 0;
  for (int s = 0; s < plain.sentences_size(); ++s) {
    for (std::size_t b = 0; b < sets.size(); ++b) {
      ASSERT_EQ(marked.tokens().word_list_keys(static_cast<int>(b)), sets[b].key());
      const bool bit = (marked.tokens().sentence_word_lists(s) >> b & 1) != 0;
      EXPECT_EQ(bit, sets[b].AnyIn(plain, s)) << "list " << b << " in sentence " << s;
      // And the set reads the bit when it is there.
      EXPECT_EQ(sets[b].AnyIn(marked, s), bit);
      found += bit;
    }
  }
  EXPECT_GT(found, 100);
}

TEST(AnnotationsTest, EqualListsShareABitAndListsPastTheSixtyFourthAreLeftOut) {
  std::vector<v1::WordList> lists = {ListOf({"minister", "spoke"}), ListOf({"spoke", "minister"}),
                                     ListOf({})};
  for (int i = 0; i < 70; ++i) lists.push_back(ListOf({ListWord(i)}));
  const SentenceWordLists index(lists);
  // The first two are one set; the empty list is none; 63 of the seventy.
  ASSERT_EQ(index.keys().size(), SentenceWordLists::kMostLists);
  EXPECT_EQ(index.keys()[0], WordSet({"minister", "spoke"}).key());
  EXPECT_EQ(index.keys()[63], WordSet({ListWord(62)}).key());
  DocumentOptions options;
  options.tokens = true;
  options.word_lists = std::make_shared<SentenceWordLists>(lists);
  const v1::Document document =
      BuildDocument("a.md",
                    "The minister spoke. Then " + ListWord(62) + " and " + ListWord(63) + ".\n",
                    options)
          .document;
  ASSERT_EQ(document.tokens().sentence_word_lists_size(), 2);
  EXPECT_EQ(document.tokens().sentence_word_lists(0), 1u);
  EXPECT_EQ(document.tokens().sentence_word_lists(1), std::uint64_t{1} << 63);
  // The 65th list's set finds its word itself: the host did not look for it.
  EXPECT_TRUE(WordSet({ListWord(63)}).AnyIn(document, 1));
  // Nor is there a bit left for a list of the host's own: its filter then
  // reads the tokens.
  EXPECT_EQ(SentenceWordLists(lists, {"year"}).host_bit(), 0u);
}

TEST(AnnotationsTest, WithoutTokensNoListIsLookedFor) {
  DocumentOptions options;
  options.word_lists =
      std::make_shared<SentenceWordLists>(std::vector<v1::WordList>{ListOf({"minister"})});
  const v1::Document document = BuildDocument("a.md", kArticle, options).document;
  EXPECT_FALSE(document.has_tokens());
  EXPECT_TRUE(WordSet({"minister"}).AnyIn(document, 0));
}

}  // namespace
}  // namespace factcheck
