// Ranges, quarters, halves, parts of periods and seasons, against an
// article dated Tuesday 2023-06-13.
#include <gtest/gtest.h>

#include "time_tagger_test_util.h"

namespace factcheck {
namespace {

using namespace std::chrono;
using testing::Tag;
using Lines = std::vector<std::string>;

const year_month_day kAsOf{year{2023}, June, day{13}};

TEST(RangesTest, EndsShareTheirMonthOrYear) {
  EXPECT_EQ(Tag("The games ran 10\u201322 August 2012.", kAsOf),
            Lines{"10\u201322 August 2012 -> 2012-08-10..2012-08-22 DAY range"});
  EXPECT_EQ(Tag("It ran Aug 10 \u2013 Nov 12, 2013.", kAsOf),
            Lines{"Aug 10 \u2013 Nov 12, 2013 -> 2013-08-10..2013-11-12 DAY range"});
  EXPECT_EQ(Tag("from the 13th to the 15th of July 2022", kAsOf),
            Lines{"from the 13th to the 15th of July 2022 -> 2022-07-13..2022-07-15 DAY range"});
  EXPECT_EQ(Tag("July 13-15", kAsOf),
            Lines{"July 13-15 -> 2023-07-13..2023-07-15 DAY relative range year-inferred"});
  EXPECT_EQ(Tag("from January to March 2005", kAsOf),
            Lines{"from January to March 2005 -> 2005-01-01..2005-03-31 MONTH range"});
}

TEST(RangesTest, YearsAndMonths) {
  EXPECT_EQ(Tag("from 2009 to 2013", kAsOf),
            Lines{"from 2009 to 2013 -> 2009-01-01..2013-12-31 YEAR range"});
  EXPECT_EQ(Tag("in 1960 - 1961", kAsOf),
            Lines{"1960 - 1961 -> 1960-01-01..1961-12-31 YEAR range"});
  EXPECT_EQ(Tag("between March and May", kAsOf),
            Lines{"between March and May -> 2023-03-01..2023-05-31 MONTH relative range "
                  "year-inferred"});
}

TEST(RangesTest, ScoresAndCountsAreNotRanges) {
  EXPECT_TRUE(Tag("They won 3-1 and 2-15 players.", kAsOf).empty());
  EXPECT_TRUE(Tag("from 1 to 3 percent", kAsOf).empty());
}

TEST(RangesTest, WholeUnitsBeforeOrAfterThisOne) {
  EXPECT_EQ(Tag("over the last two weeks", kAsOf),
            Lines{"the last two weeks -> 2023-05-29..2023-06-11 WEEK relative range"});
  EXPECT_EQ(Tag("in the next 3 months", kAsOf),
            Lines{"the next 3 months -> 2023-07-01..2023-09-30 MONTH relative range"});
}

TEST(QuartersTest, WrittenWithAYear) {
  for (const char* text :
       {"Q4 2018", "the 4th qtr of 2018", "18q4", "2018Q4", "fourth quarter 2018"}) {
    ASSERT_EQ(Tag(text, kAsOf).size(), 1u) << text;
    EXPECT_EQ(Tag(text, kAsOf)[0], std::string(text) + " -> 2018-10-01..2018-12-31 QUARTER")
        << text;
  }
}

TEST(QuartersTest, RelativeAndBare) {
  EXPECT_EQ(Tag("this quarter", kAsOf),
            Lines{"this quarter -> 2023-04-01..2023-06-30 QUARTER relative"});
  EXPECT_EQ(Tag("next qtr", kAsOf), Lines{"next qtr -> 2023-07-01..2023-09-30 QUARTER relative"});
  EXPECT_EQ(Tag("the third quarter", kAsOf),
            Lines{"the third quarter -> 2023-07-01..2023-09-30 QUARTER relative year-inferred"});
  EXPECT_EQ(Tag("first-quarter profit", kAsOf),
            Lines{"first-quarter -> 2023-01-01..2023-03-31 QUARTER relative year-inferred"});
  // A company's fiscal quarters are not the calendar's; a quarter of a
  // thing is not a quarter of a year.
  EXPECT_TRUE(
      Tag("its fiscal third quarter; a quarter of the vote; three quarters", kAsOf).empty());
}

TEST(QuartersTest, Halves) {
  EXPECT_EQ(Tag("in the first half of 2013", kAsOf),
            Lines{"the first half of 2013 -> 2013-01-01..2013-06-30 MONTH range"});
}

TEST(PartsOfPeriodsTest, ThirdsOfAMonthAndEndsOfWeeksAndYears) {
  EXPECT_EQ(Tag("in early March 2022", kAsOf),
            Lines{"early March 2022 -> 2022-03-01..2022-03-10 DAY range"});
  EXPECT_EQ(Tag("by mid-March 2022", kAsOf),
            Lines{"mid-March 2022 -> 2022-03-11..2022-03-20 DAY range"});
  EXPECT_EQ(Tag("in late 2012", kAsOf), Lines{"late 2012 -> 2012-09-01..2012-12-31 MONTH range"});
  EXPECT_EQ(Tag("at the beginning of 2017", kAsOf),
            Lines{"the beginning of 2017 -> 2017-01-01..2017-03-31 MONTH range"});
  EXPECT_EQ(Tag("the end of the month", kAsOf),
            Lines{"the end of the month -> 2023-06-21..2023-06-30 DAY relative range"});
  EXPECT_EQ(Tag("at the end of next week", kAsOf),
            Lines{"the end of next week -> 2023-06-23..2023-06-25 DAY relative range"});
  EXPECT_EQ(Tag("for the rest of the year", kAsOf),
            Lines{"the rest of the year -> 2023-06-13..2023-12-31 DAY relative range"});
}

TEST(PartsOfPeriodsTest, AcronymsOnlyInCapitals) {
  EXPECT_EQ(Tag("by EOM", kAsOf), Lines{"EOM -> 2023-06-21..2023-06-30 DAY relative range"});
  EXPECT_TRUE(Tag("the boy and the bom", kAsOf).empty());
}

TEST(SeasonsTest, ByTheirAstronomicalDays) {
  EXPECT_EQ(Tag("this summer", kAsOf),
            Lines{"this summer -> 2023-06-21..2023-09-23 DAY relative range"});
  EXPECT_EQ(Tag("last winter", kAsOf),
            Lines{"last winter -> 2022-12-21..2023-03-20 DAY relative range"});
  EXPECT_EQ(Tag("in the summer of 2012", kAsOf),
            Lines{"the summer of 2012 -> 2012-06-21..2012-09-23 DAY range"});
  // "this season" is a sports season in news.
  EXPECT_TRUE(Tag("this season", kAsOf).empty());
}

// With no season of that name under way, "this summer" is the one of the
// article's year, whether it has ended or not begun; the tense of its clause
// overrides that, and the expression says which rule placed it.
TEST(SeasonsTest, ThisSeasonOfTheYearElseByTense) {
  using testing::Placed;
  const auto march = year{2023} / 3 / 10;
  EXPECT_EQ(Placed("The festival opens this summer.", march),
            Lines{"this summer: 2023-06-21..2023-09-23 (nearest)"});
  EXPECT_EQ(Placed("The festival will open this summer.", march),
            Lines{"this summer: 2023-06-21..2023-09-23 (tense future)"});
  EXPECT_EQ(Placed("Tourism fell this summer.", march),
            Lines{"this summer: 2022-06-21..2022-09-23 (tense past)"});
  EXPECT_EQ(Placed("It snowed this winter.", march),
            Lines{"this winter: 2022-12-21..2023-03-20 (as-of)"});
  const auto november = year{2023} / 11 / 1;
  EXPECT_EQ(Placed("Sales this summer, in dollars", november),
            Lines{"this summer: 2023-06-21..2023-09-23 (nearest)"});
  EXPECT_EQ(Placed("Crowds broke records this summer.", november),
            Lines{"this summer: 2023-06-21..2023-09-23 (tense past)"});
  EXPECT_EQ(Placed("The pool will reopen this summer.", november),
            Lines{"this summer: 2024-06-21..2024-09-23 (tense future)"});
  EXPECT_EQ(Placed("Sales this spring, in dollars", year{2023} / 1 / 15),
            Lines{"this spring: 2023-03-21..2023-06-20 (nearest)"});
  const auto christmas = year{2023} / 12 / 25;
  EXPECT_EQ(Placed("Sales this autumn, in dollars", christmas),
            Lines{"this autumn: 2023-09-24..2023-12-20 (nearest)"});
  EXPECT_EQ(Placed("The show will tour this fall.", christmas),
            Lines{"this fall: 2024-09-24..2024-12-20 (tense future)"});
}

// Winter crosses the year's end: the one under way from 21 December to 20
// March, else with no tense the nearer of the one just ended and the coming
// one.
TEST(SeasonsTest, ThisWinterAcrossTheYearsEnd) {
  using testing::Placed;
  EXPECT_EQ(Placed("Heating bills this winter", year{2023} / 12 / 25),
            Lines{"this winter: 2023-12-21..2024-03-20 (as-of)"});
  EXPECT_EQ(Placed("Heating bills this winter", year{2024} / 1 / 15),
            Lines{"this winter: 2023-12-21..2024-03-20 (as-of)"});
  EXPECT_EQ(Placed("Heating bills this winter", year{2023} / 4 / 10),
            Lines{"this winter: 2022-12-21..2023-03-20 (nearest)"});
  EXPECT_EQ(Placed("Bills will rise this winter.", year{2023} / 4 / 10),
            Lines{"this winter: 2023-12-21..2024-03-20 (tense future)"});
  EXPECT_EQ(Placed("Heating bills this winter", year{2023} / 8 / 20),
            Lines{"this winter: 2023-12-21..2024-03-20 (nearest)"});
  EXPECT_EQ(Placed("Heating bills this winter", year{2023} / 11 / 1),
            Lines{"this winter: 2023-12-21..2024-03-20 (nearest)"});
  EXPECT_EQ(Placed("Prices will rise this winter.", year{2023} / 11 / 1),
            Lines{"this winter: 2023-12-21..2024-03-20 (tense future)"});
  EXPECT_EQ(Placed("Gas ran short this winter.", year{2023} / 11 / 1),
            Lines{"this winter: 2022-12-21..2023-03-20 (tense past)"});
}

}  // namespace
}  // namespace factcheck
