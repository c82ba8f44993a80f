// Spelled-out numbers and ordinals, days and weeks counted within a period,
// "the week of", "after next", against an article dated Tuesday 2023-06-13.
#include <gtest/gtest.h>

#include "time_tagger_test_util.h"

namespace factcheck {
namespace {

using namespace std::chrono;
using testing::Tag;
using Lines = std::vector<std::string>;

const year_month_day kAsOf{year{2023}, June, day{13}};

TEST(OrdinalsTest, SpelledOut) {
  EXPECT_EQ(Tag("Twenty-fourth of May 2021", kAsOf),
            Lines{"Twenty-fourth of May 2021 -> 2021-05-24 DAY"});
  EXPECT_EQ(Tag("on March twenty-first, 2020", kAsOf),
            Lines{"March twenty-first, 2020 -> 2020-03-21 DAY"});
  EXPECT_EQ(Tag("the first of March 2020", kAsOf),
            Lines{"the first of March 2020 -> 2020-03-01 DAY"});
  EXPECT_EQ(Tag("in three years", kAsOf), Lines{"in three years -> 2026-06-13 DAY relative"});
  EXPECT_EQ(Tag("twenty-one days ago", kAsOf),
            Lines{"twenty-one days ago -> 2023-05-23 DAY relative"});
}

TEST(OrdinalsTest, TheDayOfTheMonthAlone) {
  // Without a tense, the next one, today included.
  EXPECT_EQ(Tag("on the 24th", kAsOf), Lines{"the 24th -> 2023-06-24 DAY relative year-inferred"});
  EXPECT_EQ(Tag("on the first", kAsOf),
            Lines{"the first -> 2023-07-01 DAY relative year-inferred"});
  EXPECT_EQ(Tag("The vote was held on the 2nd.", kAsOf),
            Lines{"the 2nd -> 2023-06-02 DAY relative year-inferred"});
  // "the first" alone is rarely a day.
  EXPECT_TRUE(Tag("It is the first. The first time, the 3rd man.", kAsOf).empty());
}

TEST(OrdinalsTest, NthWeekdayOfAMonth) {
  EXPECT_EQ(Tag("the first Tuesday of October 2014", kAsOf),
            Lines{"the first Tuesday of October 2014 -> 2014-10-07 DAY"});
  EXPECT_EQ(Tag("the last Friday in October 2013", kAsOf),
            Lines{"the last Friday in October 2013 -> 2013-10-25 DAY"});
  EXPECT_EQ(Tag("the second Monday of last month", kAsOf),
            Lines{"the second Monday of last month -> 2023-05-08 DAY relative"});
  EXPECT_EQ(Tag("the first Monday of the month", kAsOf),
            Lines{"the first Monday of the month -> 2023-06-05 DAY relative"});
}

TEST(OrdinalsTest, DaysAndWeeksOfAPeriod) {
  EXPECT_EQ(Tag("the last day of October 2015", kAsOf),
            Lines{"the last day of October 2015 -> 2015-10-31 DAY"});
  EXPECT_EQ(Tag("the fifth last day of May 2013", kAsOf),
            Lines{"the fifth last day of May 2013 -> 2013-05-27 DAY"});
  // Weeks are the Monday-to-Sunday ones wholly inside the period.
  EXPECT_EQ(Tag("the first week of October 2014", kAsOf),
            Lines{"the first week of October 2014 -> 2014-10-06..2014-10-12 WEEK"});
  EXPECT_EQ(Tag("the third last week of 2018", kAsOf),
            Lines{"the third last week of 2018 -> 2018-12-10..2018-12-16 WEEK"});
  EXPECT_EQ(Tag("the 20th of next month", kAsOf),
            Lines{"the 20th of next month -> 2023-07-20 DAY relative"});
}

TEST(OrdinalsTest, TheWeekOf) {
  EXPECT_EQ(Tag("the week of October 7, 2013", kAsOf),
            Lines{"the week of October 7, 2013 -> 2013-10-07..2013-10-13 WEEK"});
  // A Sunday names the week it opens.
  EXPECT_EQ(Tag("the week of October 6, 2013", kAsOf),
            Lines{"the week of October 6, 2013 -> 2013-10-07..2013-10-13 WEEK"});
}

TEST(OrdinalsTest, AfterNext) {
  EXPECT_EQ(Tag("Friday after next", kAsOf), Lines{"Friday after next -> 2023-06-23 DAY relative"});
  EXPECT_EQ(Tag("March after next", kAsOf),
            Lines{"March after next -> 2025-03-01..2025-03-31 MONTH relative"});
  EXPECT_EQ(Tag("the week after next", kAsOf),
            Lines{"the week after next -> 2023-06-26..2023-07-02 WEEK relative"});
}

TEST(OrdinalsTest, ClosestAndCountedFrom) {
  EXPECT_EQ(Tag("the closest Monday to Oct 5th, 2013", kAsOf),
            Lines{"the closest Monday to Oct 5th, 2013 -> 2013-10-07 DAY"});
  EXPECT_EQ(Tag("three days after March 9, 2005", kAsOf),
            Lines{"three days after March 9, 2005 -> 2005-03-12 DAY"});
}

}  // namespace
}  // namespace factcheck
