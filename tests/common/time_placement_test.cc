// Checkers say how the tagger placed a date the text does not give whole.
#include "common/time_placement.h"

#include <gtest/gtest.h>

namespace factcheck::kit {
namespace {

using Time = v1::TimeExpression;

Time* AddTime(v1::Document* document, const std::string& text, Time::Resolution resolution) {
  Time* time = document->add_time_expressions();
  time->set_text(text);
  time->set_resolution(resolution);
  return time;
}

TEST(TimePlacementTest, DatesWrittenWholeOrCountedFromTheArticleAreNotPlaced) {
  v1::Document document;
  const Time* stated = AddTime(&document, "March 9, 2005", Time::RESOLUTION_STATED);
  const Time* counted = AddTime(&document, "two years ago", Time::RESOLUTION_AS_OF);
  EXPECT_FALSE(IsPlaced(*stated));
  EXPECT_FALSE(IsPlaced(*counted));
  EXPECT_EQ(HowPlaced(document, *stated), "");
  EXPECT_EQ(HowPlaced(document, *counted), "");
}

TEST(TimePlacementTest, SaysWhatTheTextLeftOpenAndWhatChoseIt) {
  v1::Document document;
  Time* nearest = AddTime(&document, "March 9", Time::RESOLUTION_NEAREST);
  nearest->set_year_inferred(true);
  Time* past = AddTime(&document, "in March", Time::RESOLUTION_TENSE);
  past->set_year_inferred(true);
  past->set_tense(Time::TENSE_PAST);
  Time* future = AddTime(&document, "on Monday", Time::RESOLUTION_TENSE);
  future->set_tense(Time::TENSE_FUTURE);
  EXPECT_TRUE(IsPlaced(*nearest));
  EXPECT_EQ(HowPlaced(document, *nearest),
            "the year is not written; taken from the article's date");
  EXPECT_EQ(HowPlaced(document, *past),
            "the year is not written; chosen by the past tense of its clause");
  EXPECT_EQ(HowPlaced(document, *future),
            "the text does not say which one; chosen by the future tense of its clause");
}

TEST(TimePlacementTest, NamesTheDateACountStartsFromAndHowThatOneWasPlaced) {
  v1::Document document;
  AddTime(&document, "March 3, 2005", Time::RESOLUTION_STATED);
  Time* later = AddTime(&document, "two days later", Time::RESOLUTION_ANCHOR);
  later->set_anchor(1);
  Time* open = AddTime(&document, "March 3", Time::RESOLUTION_NEAREST);
  open->set_year_inferred(true);
  Time* after = AddTime(&document, "the next day", Time::RESOLUTION_ANCHOR);
  after->set_anchor(3);
  Time* again = AddTime(&document, "a day later", Time::RESOLUTION_ANCHOR);
  again->set_anchor(4);
  Time* lost = AddTime(&document, "that year", Time::RESOLUTION_ANCHOR);
  lost->set_anchor(99);
  EXPECT_EQ(HowPlaced(document, *later), "counted from 'March 3, 2005'");
  EXPECT_EQ(HowPlaced(document, *after),
            "counted from 'March 3' (the year is not written; taken from the article's date)");
  // One step back is said; the one before is left to the editor.
  EXPECT_EQ(HowPlaced(document, *again), "counted from 'the next day' (counted from 'March 3')");
  EXPECT_EQ(HowPlaced(document, *lost), "counted from an earlier date");
}

}  // namespace
}  // namespace factcheck::kit
