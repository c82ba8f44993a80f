// The calendars movable holidays are set in, against published dates.
#include <gtest/gtest.h>

#include "base/iso_date.h"
#include "document/time_calendars.h"

namespace factcheck::tagger::calendar {
namespace {

using namespace std::chrono;

std::string Iso(sys_days d) { return FormatIsoDate(year_month_day{d}); }

std::vector<std::string> Isos(const std::vector<sys_days>& days) {
  std::vector<std::string> out;
  for (sys_days d : days) out.push_back(Iso(d));
  return out;
}

TEST(CalendarsTest, EasterByBothComputi) {
  EXPECT_EQ(Iso(Easter(2013)), "2013-03-31");
  EXPECT_EQ(Iso(Easter(2000)), "2000-04-23");
  EXPECT_EQ(Iso(Easter(2038)), "2038-04-25");  // As late as it gets.
  EXPECT_EQ(Iso(OrthodoxEaster(2018)), "2018-04-08");
  EXPECT_EQ(Iso(OrthodoxEaster(2024)), "2024-05-05");
}

TEST(CalendarsTest, HebrewCalendar) {
  EXPECT_TRUE(HebrewLeapYear(5784));
  EXPECT_FALSE(HebrewLeapYear(5783));
  EXPECT_EQ(Iso(FromHebrew(5779, 7, 1)), "2018-09-10");    // Rosh Hashanah.
  EXPECT_EQ(Iso(FromHebrew(5778, 1, 15)), "2018-03-31");   // Passover.
  EXPECT_EQ(Iso(FromHebrew(5784, 13, 14)), "2024-03-24");  // Purim in Adar II.
}

TEST(CalendarsTest, IslamicMonthsStartAfterTheNewMoon) {
  EXPECT_EQ(Isos(IslamicDays(2018, 10, 1)), std::vector<std::string>{"2018-06-15"});  // Eid al-Fitr
  EXPECT_EQ(Isos(IslamicDays(2023, 10, 1)), std::vector<std::string>{"2023-04-21"});
  // The Islamic year is 11 days shorter: in 2000 Eid al-Fitr came twice.
  EXPECT_EQ(Isos(IslamicDays(2000, 10, 1)), (std::vector<std::string>{"2000-01-08", "2000-12-27"}));
}

TEST(CalendarsTest, ChineseNewYear) {
  EXPECT_EQ(Iso(ChineseNewYear(2013)), "2013-02-10");
  EXPECT_EQ(Iso(ChineseNewYear(2015)), "2015-02-19");  // The new moon fell on the solstice's day.
  EXPECT_EQ(Iso(ChineseNewYear(2034)), "2034-02-19");  // A leap month came between.
}

TEST(CalendarsTest, HinduLunarDays) {
  // Diwali: the new moon of Ashvin (amanta), in the evening.
  EXPECT_EQ(Isos(HinduLunarDays(2019, 7, 30, DayTime::kEvening)),
            std::vector<std::string>{"2019-10-27"});
  // Ugadi: the first lunar day of Chaitra, at sunrise.
  EXPECT_EQ(Isos(HinduLunarDays(2018, 1, 1, DayTime::kSunrise)),
            std::vector<std::string>{"2018-03-18"});
  // Janmashtami: the eighth of the dark half of Shravana, at midnight.
  EXPECT_EQ(Isos(HinduLunarDays(2019, 5, 23, DayTime::kMidnight)),
            std::vector<std::string>{"2019-08-23"});
}

TEST(CalendarsTest, SolarDays) {
  EXPECT_EQ(Iso(Sankranti(2018, 0)), "2018-04-14");  // Mesha: Vaisakhi.
  EXPECT_EQ(Iso(ThaiPongal(2018)), "2018-01-14");
  EXPECT_EQ(Iso(*Vesak(2013)), "2013-05-24");
}

}  // namespace
}  // namespace factcheck::tagger::calendar
