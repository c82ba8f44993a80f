// SentenceTimes hands a checker each sentence's time expressions as a view
// of the document's, in the order the host puts them (by sentence).
#include "common/sentence_times.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace factcheck::text {
namespace {

// A document of `sentences` sentences whose expressions, in order, are of
// the sentences given and have those numbers as their text.
v1::Document WithTimesIn(int sentences, const std::vector<std::uint32_t>& of) {
  v1::Document document;
  for (int s = 0; s < sentences; ++s) document.add_sentences();
  for (const std::uint32_t s : of) {
    v1::TimeExpression* time = document.add_time_expressions();
    time->set_sentence(s);
    time->set_text(std::to_string(s));
  }
  return document;
}

std::vector<std::string> Texts(TimeList times) {
  std::vector<std::string> out;
  for (const v1::TimeExpression* time : times) out.push_back(time->text());
  return out;
}

TEST(SentenceTimesTest, GivesEachSentenceItsExpressionsAndNoneToTheOthers) {
  const v1::Document document = WithTimesIn(5, {1, 1, 3});
  SentenceTimes times(document);
  EXPECT_TRUE(times.For(0).empty());
  EXPECT_EQ(Texts(times.For(1)), (std::vector<std::string>{"1", "1"}));
  EXPECT_TRUE(times.For(2).empty());
  EXPECT_EQ(Texts(times.For(3)), (std::vector<std::string>{"3"}));
  EXPECT_TRUE(times.For(4).empty());
}

TEST(SentenceTimesTest, SentencesAskedForMayBeSkipped) {
  const v1::Document document = WithTimesIn(6, {0, 2, 2, 4, 5});
  SentenceTimes times(document);
  EXPECT_EQ(Texts(times.For(2)), (std::vector<std::string>{"2", "2"}));
  EXPECT_EQ(Texts(times.For(5)), (std::vector<std::string>{"5"}));
}

TEST(SentenceTimesTest, ADocumentWithoutExpressionsGivesNone) {
  const v1::Document document = WithTimesIn(2, {});
  SentenceTimes times(document);
  EXPECT_TRUE(times.For(0).empty());
  EXPECT_TRUE(times.For(1).empty());
}

}  // namespace
}  // namespace factcheck::text
