// The cheap test that spares sentences their tokenizing: it must see the
// words however the text was pasted.
#include "common/word_set.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace factcheck::text
