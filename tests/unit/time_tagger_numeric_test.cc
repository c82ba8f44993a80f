// Numeric dates, two-digit years and eras, against an article dated Tuesday
// 2023-06-13.
#include <gtest/gtest.h>

#include "time_tagger_test_util.h"

namespace factcheck {
namespace {

using namespace std::chrono;
using testing::Tag;
using Lines = std::vector<std::string>;

const year_month_day kAsOf{year{2023}, June, day{13}};

TagOptions Order(DateOrder order) {
  TagOptions options;
  options.date_order = order;
  return options;
}

TEST(NumericDatesTest, FollowTheDateOrder) {
  EXPECT_EQ(Tag("Signed on 3/4/2005.", kAsOf, Order(DateOrder::kMonthDayYear)),
            Lines{"3/4/2005 -> 2005-03-04 DAY"});
  EXPECT_EQ(Tag("Signed on 3/4/2005.", kAsOf, Order(DateOrder::kDayMonthYear)),
            Lines{"3/4/2005 -> 2005-04-03 DAY"});
}

TEST(NumericDatesTest, AreFlaggedNotGuessedWithoutAnOrder) {
  EXPECT_EQ(Tag("Signed on 3/4/2005.", kAsOf), Lines{"3/4/2005 -> ? DAY ambiguous"});
  EXPECT_EQ(Tag("Due on 3/4.", kAsOf), Lines{"3/4 -> ? DAY ambiguous"});
  // A number over 12 says which is the day; equal numbers need no order.
  EXPECT_EQ(Tag("Signed on 13/3/2005.", kAsOf), Lines{"13/3/2005 -> 2005-03-13 DAY"});
  EXPECT_EQ(Tag("Signed on 3/13/2005.", kAsOf), Lines{"3/13/2005 -> 2005-03-13 DAY"});
  EXPECT_EQ(Tag("Signed on 3/3/2015.", kAsOf), Lines{"3/3/2015 -> 2015-03-03 DAY"});
}

TEST(NumericDatesTest, TwoDigitYearsAreWithinEightyYearsBackAndNineteenAhead) {
  const TagOptions us = Order(DateOrder::kMonthDayYear);
  EXPECT_EQ(Tag("born 10/31/74", kAsOf, us), Lines{"10/31/74 -> 1974-10-31 DAY"});
  EXPECT_EQ(Tag("due 3/3/35", kAsOf, us), Lines{"3/3/35 -> 2035-03-03 DAY"});
  EXPECT_EQ(Tag("born 31-Oct-74", kAsOf), Lines{"31-Oct-74 -> 1974-10-31 DAY"});
  EXPECT_EQ(Tag("born on 3rd Feb 82", kAsOf), Lines{"3rd Feb 82 -> 1982-02-03 DAY"});
  EXPECT_EQ(Tag("won in '96", kAsOf), Lines{"'96 -> 1996-01-01..1996-12-31 YEAR"});
  EXPECT_EQ(Tag("in March '96", kAsOf), Lines{"March '96 -> 1996-03-01..1996-03-31 MONTH"});
}

TEST(NumericDatesTest, YearFirstAndMonthYear) {
  EXPECT_EQ(Tag("on 2015-3-3", kAsOf), Lines{"2015-3-3 -> 2015-03-03 DAY"});
  EXPECT_EQ(Tag("in 2014/10", kAsOf), Lines{"2014/10 -> 2014-10-01..2014-10-31 MONTH"});
  EXPECT_EQ(Tag("in 2/2013", kAsOf), Lines{"2/2013 -> 2013-02-01..2013-02-28 MONTH"});
  EXPECT_EQ(Tag("on 10.31.1974", kAsOf, Order(DateOrder::kMonthDayYear)),
            Lines{"10.31.1974 -> 1974-10-31 DAY"});
  // A season or a fiscal year: two years, not a month.
  EXPECT_EQ(Tag("the 2006-07 season", kAsOf),
            Lines{"2006-07 -> 2006-01-01..2007-12-31 YEAR range"});
}

TEST(NumericDatesTest, WithoutAYearOnlyWhereADateIsExpected) {
  const TagOptions us = Order(DateOrder::kMonthDayYear);
  EXPECT_EQ(Tag("The offer ended on 2/15.", kAsOf, us),
            Lines{"2/15 -> 2023-02-15 DAY relative year-inferred"});
  EXPECT_EQ(Tag("8/15", kAsOf, us), Lines{"8/15 -> 2023-08-15 DAY relative year-inferred"});
  EXPECT_TRUE(
      Tag("The bond yields 7-1/2 pct, up 1/2 point; 3/4 of them voted.", kAsOf, us).empty());
  EXPECT_TRUE(Tag("Call 650-650-6500 or read version 1.5.10.", kAsOf, us).empty());
}

TEST(NumericDatesTest, DigitsThatRunOnAreNotDates) {
  const TagOptions us = Order(DateOrder::kMonthDayYear);
  // A date is a whole token: more digits, or a digit group glued on, make it
  // an identifier, a phone number or a typo an editor must see as written.
  EXPECT_TRUE(Tag("Ticket 2023-06-2611 was closed.", kAsOf, us).empty());
  EXPECT_TRUE(Tag("Ticket 12023-06-26 was closed.", kAsOf, us).empty());
  EXPECT_TRUE(Tag("Build 2023-06-26-11 shipped.", kAsOf, us).empty());
  EXPECT_TRUE(Tag("Order 3/15/20235 arrived.", kAsOf, us).empty());
  EXPECT_TRUE(Tag("Part 13/3/2005/7 failed.", kAsOf, us).empty());
  EXPECT_TRUE(Tag("Version 2023.06.26.1 is out.", kAsOf, us).empty());
  // Punctuation after a date still ends it.
  EXPECT_EQ(Tag("Signed 2023-06-26, then filed.", kAsOf, us),
            Lines{"2023-06-26 -> 2023-06-26 DAY"});
}

TEST(NumericDatesTest, Eras) {
  EXPECT_EQ(Tag("founded in 2014 BC", kAsOf), Lines{"2014 BC -> -2013-01-01..-2013-12-31 YEAR"});
  EXPECT_EQ(Tag("in 14 a.d.", kAsOf), Lines{"14 a.d. -> 0014-01-01..0014-12-31 YEAR"});
  EXPECT_EQ(Tag("in AD 800", kAsOf), Lines{"AD 800 -> 0800-01-01..0800-12-31 YEAR"});
  EXPECT_EQ(Tag("in 2014 CE", kAsOf), Lines{"2014 CE -> 2014-01-01..2014-12-31 YEAR"});
  EXPECT_TRUE(Tag("a 30 ad campaign", kAsOf).empty());
}

}  // namespace
}  // namespace factcheck
