// Tokens for matching: folding, abbreviations, hyphens and possessives.
#include "common/text_tokens.h"

#include <gtest/gtest.h>

namespace factcheck::text {
namespace {

std::vector<std::string> Folded(const std::string& text) {
  v1::Sentence sentence;
  auto* segment = sentence.add_segments();
  segment->set_begin(0);
  segment->set_end(static_cast<std::uint32_t>(text.size()));
  std::vector<std::string> out;
  for (const Token& token : Tokenize(text, sentence)) {
    out.push_back(token.folded + (token.possessive ? "'s" : "") + (token.hyphen_after ? "-" : ""));
  }
  return out;
}

TEST(TextTokensTest, FoldsCaseAndDiacritics) {
  EXPECT_EQ(Fold("Geoană"), "geoana");
  EXPECT_EQ(Fold("ERDOĞAN"), "erdogan");
  EXPECT_EQ(Fold("Élisabeth"), "elisabeth");
  EXPECT_EQ(Folded("Mircea Geoană"), (std::vector<std::string>{"mircea", "geoana"}));
}

TEST(TextTokensTest, AbbreviationsLoseTheirPeriods) {
  EXPECT_EQ(Folded("U.S. officials in the U.K."),
            (std::vector<std::string>{"us", "officials", "in", "the", "uk"}));
  EXPECT_EQ(Folded("He left. Then"), (std::vector<std::string>{"he", "left", ".", "then"}));
}

TEST(TextTokensTest, HyphensJoinCompoundsAndMarkTheFirstWord) {
  EXPECT_EQ(Folded("ex-Foreign Minister, Secretary-General"),
            (std::vector<std::string>{"ex-", "foreign", "minister", ",", "secretary-", "general"}));
  EXPECT_EQ(Folded("then - minister"), (std::vector<std::string>{"then", "-", "minister"}));
}

TEST(TextTokensTest, PossessivesAreMarkedNotKept) {
  EXPECT_EQ(Folded("Israel's and Netanyahu’s plans"),
            (std::vector<std::string>{"israel's", "and", "netanyahu's", "plans"}));
}

TEST(TextTokensTest, OnlySegmentsAreTokenized) {
  const std::string text = "The [former](http://x.org/prime-minister) premier";
  v1::Sentence sentence;
  for (auto [b, e] : {std::pair{0, 4}, std::pair{5, 11}, std::pair{41, 49}}) {
    auto* segment = sentence.add_segments();
    segment->set_begin(b);
    segment->set_end(e);
  }
  std::vector<std::string> words;
  for (const Token& token : Tokenize(text, sentence)) words.push_back(token.folded);
  EXPECT_EQ(words, (std::vector<std::string>{"the", "former", "premier"}));
}

}  // namespace
}  // namespace factcheck::text
