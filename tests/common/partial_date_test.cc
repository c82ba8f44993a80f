// Dates in messages to editors are written in words.
#include "common/partial_date.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

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

// An article's date (Document.as_of) as every checker reads it: a day of the
// calendar written YYYY-MM-DD, as ParsePartialDate reads a day, or nothing.
TEST(ParseDayTest, ReadsAnIsoDayAndNothingElse) {
  using namespace std::chrono;
  EXPECT_EQ(ParseDay("2023-06-15"), sys_days{2023y / June / 15});
  EXPECT_EQ(ParseDay("2024-02-29"), sys_days{2024y / February / 29});
  for (const char* bad : {"2023-02-29", "2023-13-01", "2023-00-10", "2023-06-00", "2023-06-1x",
                          "2023/06/15", "2023-06-15 ", "2023-06", "", "２０２３-06-15"}) {
    EXPECT_EQ(ParseDay(bad), std::nullopt) << bad;
  }
  for (const char* day : {"1987-03-26", "2000-02-29", "1999-12-31", "0001-01-01"}) {
    const auto read = ParsePartialDate(day);
    ASSERT_TRUE(read.has_value()) << day;
    EXPECT_EQ(ParseDay(day), read->first) << day;
  }
  // Every day of four centuries reads as the day it is, as ParsePartialDate
  // reads it, and none with any one of its characters made another.
  for (sys_days d = sys_days{1900y / January / 1}; d < sys_days{2300y / January / 1};
       d += days{1}) {
    const year_month_day ymd{d};
    char text[11];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    ASSERT_EQ(ParseDay(text), d) << text;
    ASSERT_EQ(ParsePartialDate(text)->first, d) << text;
  }
  for (int at = 0; at < 10; ++at) {
    for (const char other : {'/', ' ', 'x', '-', ':'}) {
      std::string text = "2023-06-15";
      if (text[at] == other) continue;
      text[at] = other;
      EXPECT_EQ(ParseDay(text), std::nullopt) << text;
    }
  }
}

// A day written as ISO digits (FormatDay) and in words (DayInWords), on
// every day of years near and far, each as printf writes it.
TEST(FormatDayTest, WritesEveryDayAsPrintfWould) {
  using namespace std::chrono;
  for (const int first_year : {-20, 0, 1, 999, 1899, 2020, 9998, 10000, 32000}) {
    for (sys_days d = sys_days{year{first_year} / January / 1};
         d < sys_days{year{first_year + 2} / January / 1}; d += days{1}) {
      const year_month_day ymd{d};
      char iso[24], words[40];
      std::snprintf(iso, sizeof iso, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                    static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
      std::snprintf(words, sizeof words, "%u %s %d", static_cast<unsigned>(ymd.day()),
                    std::string(MonthName(static_cast<unsigned>(ymd.month()))).c_str(),
                    static_cast<int>(ymd.year()));
      ASSERT_EQ(FormatDay(d), iso);
      ASSERT_EQ(DayInWords(d), words);
    }
  }
}

}  // namespace
}  // namespace factcheck
