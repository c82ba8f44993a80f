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
