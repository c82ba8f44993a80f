// The temporal tagger on news forms, against an article dated Tuesday
// 2023-06-13.
#include "document/time_tagger.h"

#include <gtest/gtest.h>

#include "config/config.h"
#include "document/document_loader.h"
#include "factcheck/error.h"
#include "test_support.h"
#include "time_tagger_test_util.h"

namespace factcheck {
namespace {

using namespace std::chrono;
using v1::TimeExpression;

const year_month_day kAsOf{year{2023}, June, day{13}};

std::vector<std::string> Tag(const std::string& text) { return testing::Tag(text, kAsOf); }

TEST(TimeTaggerTest, AbsoluteDates) {
  EXPECT_EQ(Tag("It opened on March 9, 2005."),
            std::vector<std::string>{"March 9, 2005 -> 2005-03-09 DAY"});
  EXPECT_EQ(
      Tag("It opened on 9 March 2005 and closed 2005-03-19."),
      (std::vector<std::string>{"9 March 2005 -> 2005-03-09 DAY", "2005-03-19 -> 2005-03-19 DAY"}));
  EXPECT_EQ(Tag("Talks began Mar. 9 in Vienna."),
            std::vector<std::string>{"Mar. 9 -> 2023-03-09 DAY relative year-inferred"});
  EXPECT_EQ(Tag("The vote is on the 4th of July."),
            std::vector<std::string>{"the 4th of July -> 2023-07-04 DAY relative year-inferred"});
}

TEST(TimeTaggerTest, YearWithoutOneIsTheNearest) {
  // From mid-June 2023, December 20 is nearer in 2022 than in 2023.
  EXPECT_EQ(Tag("It happened on December 20."),
            std::vector<std::string>{"December 20 -> 2022-12-20 DAY relative year-inferred"});
}

TEST(TimeTaggerTest, WeekdaysNextToDates) {
  EXPECT_EQ(Tag("Tuesday, March 9, 2005"),
            std::vector<std::string>{"Tuesday, March 9, 2005 -> 2005-03-09 DAY weekday=2"});
  EXPECT_EQ(Tag("signed on Tuesday, March 9, 2005"),
            std::vector<std::string>{"Tuesday, March 9, 2005 -> 2005-03-09 DAY weekday=2"});
  EXPECT_EQ(Tag("Tuesday 9 March 2005"),
            std::vector<std::string>{"Tuesday 9 March 2005 -> 2005-03-09 DAY weekday=2"});
  EXPECT_EQ(Tag("on Tuesday (March 9)"),
            std::vector<std::string>{
                "Tuesday (March 9) -> 2023-03-09 DAY relative year-inferred weekday=2"});
  EXPECT_EQ(Tag("March 9 (Tuesday)"),
            std::vector<std::string>{
                "March 9 (Tuesday) -> 2023-03-09 DAY relative year-inferred weekday=2"});
  EXPECT_EQ(Tag("2016-12-29 (Thursday)"),
            std::vector<std::string>{"2016-12-29 (Thursday) -> 2016-12-29 DAY weekday=4"});
}

TEST(TimeTaggerTest, ImpossibleDatesAreKeptAndMarked) {
  EXPECT_EQ(Tag("It was signed on February 30, 2020."),
            std::vector<std::string>{"February 30, 2020 -> impossible DAY"});
  EXPECT_EQ(Tag("Due 31 April."),
            std::vector<std::string>{"31 April -> impossible DAY relative year-inferred"});
}

TEST(TimeTaggerTest, MonthsYearsAndDecades) {
  EXPECT_EQ(Tag("In May 2010 prices rose."),
            std::vector<std::string>{"May 2010 -> 2010-05-01..2010-05-31 MONTH"});
  EXPECT_EQ(Tag("Sales fell in 2015 and in the 1990s."),
            (std::vector<std::string>{"2015 -> 2015-01-01..2015-12-31 YEAR",
                                      "the 1990s -> 1990-01-01..1999-12-31 DECADE"}));
  EXPECT_EQ(Tag("the 2015 Iran nuclear deal"),
            std::vector<std::string>{"2015 -> 2015-01-01..2015-12-31 YEAR"});
}

TEST(TimeTaggerTest, RelativeDaysAndPeriods) {
  EXPECT_EQ(Tag("He said yesterday that today is final."),
            (std::vector<std::string>{"yesterday -> 2023-06-12 DAY relative",
                                      "today -> 2023-06-13 DAY relative"}));
  EXPECT_EQ(Tag("this week, last month, next year"),
            (std::vector<std::string>{"this week -> 2023-06-12..2023-06-18 WEEK relative",
                                      "last month -> 2023-05-01..2023-05-31 MONTH relative",
                                      "next year -> 2024-01-01..2024-12-31 YEAR relative"}));
  EXPECT_EQ(Tag("two weeks ago and in three years"),
            (std::vector<std::string>{"two weeks ago -> 2023-05-30 DAY relative",
                                      "in three years -> 2026-06-13 DAY relative"}));
  EXPECT_EQ(Tag("a decade ago"),
            std::vector<std::string>{"a decade ago -> 2013-01-01..2013-12-31 YEAR relative"});
  EXPECT_EQ(Tag("earlier this year"),
            std::vector<std::string>{"earlier this year -> 2023-01-01..2023-06-13 YEAR relative"});
}

TEST(TimeTaggerTest, Weekdays) {
  // 2023-06-13 is a Tuesday.
  EXPECT_EQ(Tag("last Tuesday"),
            std::vector<std::string>{"last Tuesday -> 2023-06-06 DAY relative"});
  EXPECT_EQ(Tag("next Friday"), std::vector<std::string>{"next Friday -> 2023-06-23 DAY relative"});
  // Alone, the nearest: Monday was yesterday, Friday is three days off.
  EXPECT_EQ(Tag("on Monday"), std::vector<std::string>{"Monday -> 2023-06-12 DAY relative"});
  EXPECT_EQ(Tag("Friday"), std::vector<std::string>{"Friday -> 2023-06-16 DAY relative"});
}

TEST(TimeTaggerTest, Ranges) {
  EXPECT_EQ(Tag("from 2009 to 2013"),
            std::vector<std::string>{"from 2009 to 2013 -> 2009-01-01..2013-12-31 YEAR range"});
  EXPECT_EQ(Tag("between March and May"),
            std::vector<std::string>{
                "between March and May -> 2023-03-01..2023-05-31 MONTH relative range "
                "year-inferred"});
}

// The grammar tries its rules only near a number or time word the lexer
// kept (TimeGrammar::Run): amounts beside a date, an expression over
// several time words, and one that ends past the next time word are read
// whole, once.
TEST(TimeTaggerTest, AmountsBesideDatesAndExpressionsOverSeveralTimeWords) {
  EXPECT_EQ(Tag("Prices rose 2.5 pct to 10 dlrs on March 3, 1987."),
            std::vector<std::string>{"March 3, 1987 -> 1987-03-03 DAY"});
  EXPECT_EQ(Tag("Talks ran from March 3 to March 9, 2005, in Geneva."),
            std::vector<std::string>{
                "from March 3 to March 9, 2005 -> 2005-03-03..2005-03-09 DAY range"});
  EXPECT_EQ(
      Tag("It sold 9,000 shares in the first quarter of 1987 and 3.5 mln in June."),
      (std::vector<std::string>{"the first quarter of 1987 -> 1987-01-01..1987-03-31 QUARTER",
                                "June -> 2023-06-01..2023-06-30 MONTH relative year-inferred"}));
}

TEST(TimeTaggerTest, NotTimes) {
  EXPECT_TRUE(Tag("He may march to 2,015 people at 9:30 in sat pictures.").empty());
  EXPECT_TRUE(Tag("The 3 March votes were counted; 1/2 pct.").size() <= 1u);
  EXPECT_TRUE(Tag("the first time, the 3rd man").empty());
}

TEST(TimeTaggerTest, DocumentsCarryTheirTimeExpressions) {
  auto loaded = BuildDocument("a.md",
                              "---\ndate: 2023-06-13\n---\nIt rained yesterday.\n\n"
                              "```\nMarch 9, 2005 in code\n```\n\nIn 2004, it snowed.\n",
                              {});
  const auto& expressions = loaded.document.time_expressions();
  ASSERT_EQ(expressions.size(), 2);
  EXPECT_EQ(expressions[0].text(), "yesterday");
  EXPECT_EQ(expressions[0].sentence(), 0u);
  EXPECT_EQ(expressions[1].text(), "2004");
  EXPECT_EQ(expressions[1].sentence(), 1u);
  EXPECT_EQ(loaded.document.text().substr(expressions[1].span().begin(), 4), "2004");
}

TEST(TimeTaggerTest, DigitsThatRunOnAreNoDate) {
  // An order number is no impossible date: it must not fail the run.
  EXPECT_EQ(Tag("Order 2023-06-2611 shipped."), std::vector<std::string>{});
  EXPECT_EQ(Tag("Ref 12023-06-26."), std::vector<std::string>{});
  EXPECT_EQ(Tag("Shipped 2023-06-26."), std::vector<std::string>{"2023-06-26 -> 2023-06-26 DAY"});
}

// The order of numeric dates: the front matter's date_order, else its
// language, else the configuration's; never guessed.
std::vector<std::string> NumericIn(const std::string& front_matter, DateOrder configured) {
  DocumentOptions options;
  options.date_order = configured;
  auto loaded = BuildDocument(
      "a.md", "---\ndate: 2023-06-13\n" + front_matter + "---\nSigned on 3/4/2005.\n", options);
  std::vector<std::string> out;
  for (const auto& e : loaded.document.time_expressions()) {
    out.push_back(e.text() + " -> " + (e.ambiguous() ? "ambiguous" : e.begin()));
  }
  return out;
}

TEST(DateOrderTest, FrontMatterThenLanguageThenConfiguration) {
  using Lines = std::vector<std::string>;
  EXPECT_EQ(NumericIn("", DateOrder::kUnset), Lines{"3/4/2005 -> ambiguous"});
  EXPECT_EQ(NumericIn("", DateOrder::kDayMonthYear), Lines{"3/4/2005 -> 2005-04-03"});
  EXPECT_EQ(NumericIn("lang: en-US\n", DateOrder::kDayMonthYear), Lines{"3/4/2005 -> 2005-03-04"});
  EXPECT_EQ(NumericIn("language: en-GB\n", DateOrder::kUnset), Lines{"3/4/2005 -> 2005-04-03"});
  EXPECT_EQ(NumericIn("lang: en\n", DateOrder::kUnset), Lines{"3/4/2005 -> ambiguous"});
  EXPECT_EQ(NumericIn("date_order: mdy\nlang: fr\n", DateOrder::kUnset),
            Lines{"3/4/2005 -> 2005-03-04"});
}

TEST(DateOrderTest, BadValuesNameTheirPlace) {
  try {
    NumericIn("date_order: dm\n", DateOrder::kUnset);
    ADD_FAILURE() << "no error";
  } catch (const LocatedError& e) {
    EXPECT_EQ(e.Describe(), "a.md:3:13: front matter date_order 'dm' is not mdy, dmy or ymd");
  }
  testing::TempDir dir;
  Config config = LoadConfig(dir.Write("c.yaml", "date_order: dmy\n"));
  EXPECT_EQ(config.date_order, "dmy");
  try {
    LoadConfig(dir.Write("d.yaml", "as_of: 2023-06-13\ndate_order: european\n"));
    ADD_FAILURE() << "no error";
  } catch (const LocatedError& e) {
    EXPECT_EQ(e.Describe().substr(e.file().size()), ":2:13: 'date_order' must be mdy, dmy or ymd");
  }
}

TEST(DateOrderTest, LanguagesImplyAnOrder) {
  EXPECT_EQ(DateOrderOfLanguage("en-US"), DateOrder::kMonthDayYear);
  EXPECT_EQ(DateOrderOfLanguage("en_GB"), DateOrder::kDayMonthYear);
  EXPECT_EQ(DateOrderOfLanguage("de"), DateOrder::kDayMonthYear);
  EXPECT_EQ(DateOrderOfLanguage("ja-JP"), DateOrder::kYearMonthDay);
  EXPECT_EQ(DateOrderOfLanguage("en"), DateOrder::kUnset);
  EXPECT_EQ(DateOrderOfLanguage("en-CA"), DateOrder::kUnset);
}

}  // namespace
}  // namespace factcheck
