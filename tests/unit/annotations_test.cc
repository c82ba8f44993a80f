// The host computes what the run's plugins ask for in Describe, and only
// that: tokens for a plugin that reads them, time expressions for one that
// reads them or says nothing (protocol 1), neither for a run that needs
// none.
#include <gtest/gtest.h>

#include "document/document_loader.h"
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
      "ended in the nineteen sixties. No date here, none at all.\n";
  DocumentOptions without;
  DocumentOptions with;
  with.tokens = true;
  const LoadedDocument plain = BuildDocument("a.md", article, without);
  const LoadedDocument tokened = BuildDocument("a.md", article, with);
  ASSERT_TRUE(tokened.document.has_tokens());
  EXPECT_GE(plain.document.time_expressions_size(), 10);
  ASSERT_EQ(tokened.document.time_expressions_size(), plain.document.time_expressions_size());
  for (int i = 0; i < plain.document.time_expressions_size(); ++i) {
    EXPECT_EQ(tokened.document.time_expressions(i).DebugString(),
              plain.document.time_expressions(i).DebugString());
  }
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

}  // namespace
}  // namespace factcheck
