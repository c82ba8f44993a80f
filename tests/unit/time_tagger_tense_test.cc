// The tense of a clause places a bare weekday, month, quarter or "this
// week"; relative expressions count from the previous time expression.
// Articles dated Tuesday 2023-06-13.
#include <gtest/gtest.h>

#include "document/document_loader.h"
#include "time_tagger_test_util.h"

namespace factcheck {
namespace {

using namespace std::chrono;
using testing::Placed;
using Lines = std::vector<std::string>;

const year_month_day kAsOf{year{2023}, June, day{13}};

Lines At(const std::string& text) { return Placed(text, kAsOf); }

TEST(TenseTest, WillAndPastFormsPlaceAWeekday) {
  EXPECT_EQ(At("The summit will open on Monday."), Lines{"Monday: 2023-06-19 (tense future)"});
  EXPECT_EQ(At("The summit opened on Friday."), Lines{"Friday: 2023-06-09 (tense past)"});
  // No clue: the nearest, before or after.
  EXPECT_EQ(At("The summit on Friday."), Lines{"Friday: 2023-06-16 (nearest)"});
  EXPECT_EQ(At("The summit on Monday."), Lines{"Monday: 2023-06-12 (nearest)"});
  // Today's weekday is today.
  EXPECT_EQ(At("It will open on Tuesday."), Lines{"Tuesday: 2023-06-13 (tense future)"});
}

TEST(TenseTest, AuxiliariesAndAspect) {
  EXPECT_EQ(At("They are to meet on Friday."), Lines{"Friday: 2023-06-16 (tense future)"});
  EXPECT_EQ(At("They are going to meet on Monday."), Lines{"Monday: 2023-06-19 (tense future)"});
  EXPECT_EQ(At("They are meeting on Monday."), Lines{"Monday: 2023-06-19 (tense future)"});
  EXPECT_EQ(At("The company plans to list its shares on Monday."),
            Lines{"Monday: 2023-06-19 (tense future)"});
  EXPECT_EQ(At("The deal was signed on Friday."), Lines{"Friday: 2023-06-09 (tense past)"});
  EXPECT_EQ(At("The deal has been signed on Friday."), Lines{"Friday: 2023-06-09 (tense past)"});
  EXPECT_EQ(At("The deal will be signed on Friday."), Lines{"Friday: 2023-06-16 (tense future)"});
  EXPECT_EQ(At("They had met on Friday."), Lines{"Friday: 2023-06-09 (tense past)"});
  EXPECT_EQ(At("They could meet on Monday."), Lines{"Monday: 2023-06-19 (tense future)"});
  EXPECT_EQ(At("They won\u2019t meet on Monday."), Lines{"Monday: 2023-06-19 (tense future)"});
  EXPECT_EQ(At("They didn't meet on Friday."), Lines{"Friday: 2023-06-09 (tense past)"});
  // Planned in the past: either way, so no clue.
  EXPECT_EQ(At("They were to meet on Friday."), Lines{"Friday: 2023-06-16 (nearest)"});
}

TEST(TenseTest, ReportedSpeechKeepsEachVerbToItsClause) {
  EXPECT_EQ(At("The minister said on Monday that talks will resume."),
            Lines{"Monday: 2023-06-12 (tense past)"});
  EXPECT_EQ(At("The minister said talks will resume on Monday."),
            Lines{"Monday: 2023-06-19 (tense future)"});
  EXPECT_EQ(At("On Friday, the company said it had sold the unit."),
            Lines{"Friday: 2023-06-09 (tense past)"});
  EXPECT_EQ(At("On Friday, shares will start trading."),
            Lines{"Friday: 2023-06-16 (tense future)"});
  EXPECT_EQ(At("Prices rose on Friday after the bank said it will cut rates on Monday."),
            (Lines{"Friday: 2023-06-09 (tense past)", "Monday: 2023-06-19 (tense future)"}));
  // "the proposed merger" is an adjective, not a past verb.
  EXPECT_EQ(At("The proposed merger on Friday."), Lines{"Friday: 2023-06-16 (nearest)"});
}

TEST(TenseTest, MonthsQuartersAndThisWeek) {
  EXPECT_EQ(At("Sales rose in November."), Lines{"November: 2022-11-01..2022-11-30 (tense past)"});
  EXPECT_EQ(At("Sales will rise in March."), Lines{"March: 2024-03-01..2024-03-31 (tense future)"});
  EXPECT_EQ(At("Sales in March."), Lines{"March: 2023-03-01..2023-03-31 (nearest)"});
  EXPECT_EQ(At("It earned more in the fourth quarter."),
            Lines{"the fourth quarter: 2022-10-01..2022-12-31 (tense past)"});
  EXPECT_EQ(At("The plant opened this week."),
            Lines{"this week: 2023-06-12..2023-06-13 (tense past)"});
  EXPECT_EQ(At("The plant will open this week."),
            Lines{"this week: 2023-06-13..2023-06-18 (tense future)"});
  EXPECT_EQ(At("this week"), Lines{"this week: 2023-06-12..2023-06-18 (as-of)"});
  // What something is counted from is past.
  EXPECT_EQ(At("the first rise since September"),
            Lines{"September: 2022-09-01..2022-09-30 (tense past)"});
}

TEST(TenseTest, DatesWithoutAYearMoveOnlyWhenWellOnTheOtherSide) {
  EXPECT_EQ(At("They will meet on January 10."), Lines{"January 10: 2024-01-10 (tense future)"});
  EXPECT_EQ(At("They met on December 20."), Lines{"December 20: 2022-12-20 (tense past)"});
  // Twelve days back: the article's date is more likely off than the tense.
  EXPECT_EQ(At("They will meet on June 1."), Lines{"June 1: 2023-06-01 (tense future)"});
  // A weekday written with the date keeps the nearest year.
  EXPECT_EQ(At("They will meet on Tuesday, January 10."),
            Lines{"Tuesday, January 10: 2023-01-10 (nearest)"});
}

// The time expressions of a one-paragraph article dated 2023-06-13.
Lines Article(const std::string& body) {
  Lines out;
  const auto loaded = BuildDocument("a.md", "---\ndate: 2023-06-13\n---\n" + body + "\n", {});
  for (const auto& e : loaded.document.time_expressions()) {
    std::string how = v1::TimeExpression::Resolution_Name(e.resolution()).substr(11);
    if (e.anchor()) how += " of " + std::to_string(e.anchor());
    out.push_back(e.text() + ": " + testing::Dates(e) + " (" + how + ")");
  }
  return out;
}

TEST(AnchoredTest, CountFromThePreviousExpression) {
  EXPECT_EQ(
      Article("Talks began on March 3, 2005. Two days later they broke down."),
      (Lines{"March 3, 2005: 2005-03-03 (STATED)", "Two days later: 2005-03-05 (ANCHOR of 1)"}));
  EXPECT_EQ(Article("The plant closed in 2009. Two years later it reopened."),
            (Lines{"2009: 2009-01-01..2009-12-31 (STATED)",
                   "Two years later: 2011-01-01..2011-12-31 (ANCHOR of 1)"}));
  EXPECT_EQ(Article("They met on March 3, 2005. The following week they signed."),
            (Lines{"March 3, 2005: 2005-03-03 (STATED)",
                   "The following week: 2005-03-07..2005-03-13 (ANCHOR of 1)"}));
  EXPECT_EQ(
      Article("They met on March 3, 2005, and again the next day."),
      (Lines{"March 3, 2005: 2005-03-03 (STATED)", "the next day: 2005-03-04 (ANCHOR of 1)"}));
}

TEST(AnchoredTest, WithoutAnEarlierExpressionOrTooCoarseOne) {
  EXPECT_EQ(Article("The following week they signed."),
            Lines{"The following week: 2023-06-19..2023-06-25 (AS_OF)"});
  EXPECT_TRUE(Article("Two days later they signed.").empty());
  EXPECT_EQ(Article("In 2009 they met. Two days later they signed."),
            Lines{"2009: 2009-01-01..2009-12-31 (STATED)"});
}

}  // namespace
}  // namespace factcheck
