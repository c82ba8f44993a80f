// Holidays: fixed, counted from Easter, and set by the Hebrew, Islamic,
// Chinese and Hindu calendars. Dates checked against published calendars.
#include <gtest/gtest.h>

#include "time_tagger_test_util.h"

namespace factcheck {
namespace {

using namespace std::chrono;
using testing::Placed;
using testing::Tag;
using Lines = std::vector<std::string>;

const year_month_day kAsOf{year{2013}, February, day{12}};  // A Tuesday.

// The days `text` names, "begin..end" or one day.
std::string Days(const std::string& text) {
  const auto found = TagText(text, kAsOf);
  if (found.size() != 1) return std::to_string(found.size()) + " expressions";
  return testing::Dates(found[0]);
}

TEST(HolidaysTest, FixedAndByWeekday) {
  EXPECT_EQ(Days("Christmas 2013"), "2013-12-25");
  EXPECT_EQ(Days("New Year's Eve 2014"), "2014-12-31");
  EXPECT_EQ(Days("St Patrick's Day 2013"), "2013-03-17");
  EXPECT_EQ(Days("Thanksgiving 2013"), "2013-11-28");
  EXPECT_EQ(Days("Black Friday 2017"), "2017-11-24");
  EXPECT_EQ(Days("Martin Luther King Jr. Day 2014"), "2014-01-20");
  EXPECT_EQ(Days("Memorial Day 2023"), "2023-05-29");
  EXPECT_EQ(Days("King's Day 2014"), "2014-04-26");  // April 27 was a Sunday.
}

TEST(HolidaysTest, CountedFromEaster) {
  EXPECT_EQ(Days("Easter 2010"), "2010-04-04");
  EXPECT_EQ(Days("Easter Sunday two thousand ten"), "2010-04-04");
  EXPECT_EQ(Days("Good Friday 2013"), "2013-03-29");
  EXPECT_EQ(Days("Ash Wednesday 2024"), "2024-02-14");
  EXPECT_EQ(Days("Pentecost 2013"), "2013-05-19");
  EXPECT_EQ(Days("Lent 2018"), "2018-02-14..2018-03-31");
  EXPECT_EQ(Days("Orthodox Easter 2018"), "2018-04-08");
  EXPECT_EQ(Days("Orthodox Good Friday 2020"), "2020-04-17");
}

TEST(HolidaysTest, JewishHolidaysStartTheEveningBefore) {
  EXPECT_EQ(Days("Yom Kippur 2018"), "2018-09-18..2018-09-19");
  EXPECT_EQ(Days("Rosh Hashanah 2023"), "2023-09-15..2023-09-17");
  EXPECT_EQ(Days("Passover 2018"), "2018-03-30..2018-04-07");
  EXPECT_EQ(Days("Hanukkah 2018"), "2018-12-02..2018-12-10");
  EXPECT_EQ(Days("Purim 2024"), "2024-03-23..2024-03-24");  // Adar II in a leap year.
  // Tisha B'Av moves off the Sabbath; Yom Ha'atzmaut off Friday.
  EXPECT_EQ(Days("Tisha B'Av 2018"), "2018-07-21..2018-07-22");
  EXPECT_EQ(Days("Yom Ha'atzmaut 2018"), "2018-04-18..2018-04-19");
}

TEST(HolidaysTest, LunarCalendars) {
  EXPECT_EQ(Days("Chinese New Year 2024"), "2024-02-10");
  EXPECT_EQ(Days("the lunar new year 2033"), "2033-01-31");
  EXPECT_EQ(Days("Eid al-Fitr 2018"), "2018-06-15");
  EXPECT_EQ(Days("Eid al-Adha 2018"), "2018-08-21");
  EXPECT_EQ(Days("Ramadan 2018"), "2018-05-16..2018-06-14");
  EXPECT_EQ(Days("Diwali 2019"), "2019-10-27");
  EXPECT_EQ(Days("Holi 2019"), "2019-03-21");
  EXPECT_EQ(Days("Dussehra 2018"), "2018-10-19");
  EXPECT_EQ(Days("Raksha Bandhan 2022"), "2022-08-11");
  EXPECT_EQ(Days("Pongal 2018"), "2018-01-14");
  EXPECT_EQ(Days("Vaisakhi 2018"), "2018-04-14");
  EXPECT_EQ(Days("Vesak 2013"), "2013-05-24");
}

TEST(HolidaysTest, WithoutAYear) {
  EXPECT_EQ(Placed("last Easter", kAsOf), Lines{"last Easter: 2012-04-08 (as-of)"});
  EXPECT_EQ(Placed("next Halloween", kAsOf), Lines{"next Halloween: 2013-10-31 (as-of)"});
  EXPECT_EQ(Placed("thanksgiving in 9 months", kAsOf),
            Lines{"thanksgiving in 9 months: 2013-11-28 (as-of)"});
  EXPECT_EQ(Placed("MLK day of last year", kAsOf),
            Lines{"MLK day of last year: 2012-01-16 (as-of)"});
  // No tense: the coming one; a past clause: the last one.
  EXPECT_EQ(Placed("before Christmas", kAsOf), Lines{"Christmas: 2013-12-25 (nearest)"});
  EXPECT_EQ(Placed("Sales fell over Christmas.", kAsOf),
            Lines{"Christmas: 2012-12-25 (tense past)"});
}

TEST(HolidaysTest, CountedFromAHoliday) {
  EXPECT_EQ(Days("three days after Easter 2013"), "2013-04-03");
  EXPECT_EQ(Days("the third Tuesday after Christmas 2014"), "2015-01-13");
  EXPECT_EQ(Days("the day after Christmas 2014"), "2014-12-26");
}

TEST(HolidaysTest, NotHolidays) {
  EXPECT_TRUE(Tag("They sailed to Easter Island.", kAsOf).empty());
  EXPECT_TRUE(Tag("The bank lent 2,000 dollars to the boss.", kAsOf).empty());
}

}  // namespace
}  // namespace factcheck
