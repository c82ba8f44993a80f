// Dates in messages to editors are written in words.
#include "common/partial_date.h"

#include <gtest/gtest.h>

namespace factcheck {
namespace {

TEST(SpelledDatesTest, WritesDaysAndMonthsInWords) {
  EXPECT_EQ(SpelledDates("On 2005-03-12 the post was held from 1997-05-02 to 2007-06"),
            "On 12 March 2005 the post was held from 2 May 1997 to June 2007");
}

TEST(SpelledDatesTest, AMonthIsInItNotOnIt) {
  EXPECT_EQ(SpelledDates("only became Shadow Chancellor on 2005-05, after 2005-03-01"),
            "only became Shadow Chancellor in May 2005, after 1 March 2005");
  EXPECT_EQ(SpelledDates("on 2005-05"), "in May 2005");
  EXPECT_EQ(SpelledDates("Lisbon 2005-05 and on 2005-05-02"), "Lisbon May 2005 and on 2 May 2005");
}

TEST(SpelledDatesTest, LeavesYearsAndOtherNumbersAlone) {
  EXPECT_EQ(SpelledDates("in 2004, 33 dlrs"), "in 2004, 33 dlrs");
  EXPECT_EQ(SpelledDates("ref 12005-03-01, 2005-13-01, 2005-02-30, 2005-03-01x"),
            "ref 12005-03-01, 2005-13-01, 2005-02-30, 2005-03-01x");
  EXPECT_EQ(SpelledDates("the week of 2005-02-28"), "the week of 28 February 2005");
  EXPECT_EQ(SpelledDates(""), "");
}

}  // namespace
}  // namespace factcheck
