// The grammar passes over the places no rule can match at (a number that is
// no year, a count word, "the", "in", "on", each before a token none of its
// rules reads next), and at a count tries only the rules the token after it
// can go on to: neither may ever change what is found. Random sentences made
// of every word and mark the rules name are tagged both ways.
#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "document/time_tagger.h"

namespace factcheck {
namespace {

using namespace std::chrono;

// Every word the grammar's rules and the lexicon name, a few of each class
// (months, weekdays and their plurals, units, counts, ordinals, holidays'
// first words, eras), numbers of every shape, marks, and words of none.
constexpr std::string_view kVocabulary[] = {"1",
                                            "2",
                                            "3",
                                            "4",
                                            "9",
                                            "12",
                                            "13",
                                            "15",
                                            "22",
                                            "24",
                                            "29",
                                            "31",
                                            "32",
                                            "07",
                                            "01",
                                            "74",
                                            "96",
                                            "100",
                                            "800",
                                            "1000",
                                            "1987",
                                            "1990",
                                            "2005",
                                            "2014",
                                            "2400",
                                            "12345",
                                            "9th",
                                            "1st",
                                            "3rd",
                                            "22nd",
                                            "15th",
                                            "4th",
                                            "January",
                                            "March",
                                            "Mar",
                                            "May",
                                            "may",
                                            "Sept",
                                            "Oct",
                                            "dec",
                                            "Tuesday",
                                            "Fri",
                                            "sat",
                                            "Sun",
                                            "wed",
                                            "Thurs",
                                            "Fridays",
                                            "tuesdays",
                                            "day",
                                            "days",
                                            "week",
                                            "weeks",
                                            "wk",
                                            "fortnight",
                                            "month",
                                            "months",
                                            "quarter",
                                            "quarters",
                                            "qtr",
                                            "year",
                                            "years",
                                            "yr",
                                            "decade",
                                            "decades",
                                            "a",
                                            "an",
                                            "one",
                                            "two",
                                            "three",
                                            "five",
                                            "nine",
                                            "ten",
                                            "twenty",
                                            "thirty",
                                            "forty",
                                            "zero",
                                            "first",
                                            "second",
                                            "third",
                                            "fourth",
                                            "ninth",
                                            "tenth",
                                            "twentieth",
                                            "thirtieth",
                                            "this",
                                            "next",
                                            "last",
                                            "past",
                                            "previous",
                                            "coming",
                                            "upcoming",
                                            "following",
                                            "current",
                                            "today",
                                            "tomorrow",
                                            "yesterday",
                                            "tonight",
                                            "earlier",
                                            "later",
                                            "that",
                                            "same",
                                            "closest",
                                            "preceding",
                                            "early",
                                            "late",
                                            "mid",
                                            "end",
                                            "beginning",
                                            "start",
                                            "middle",
                                            "rest",
                                            "EOM",
                                            "summer",
                                            "winter",
                                            "fall",
                                            "spring",
                                            "Christmas",
                                            "Easter",
                                            "New",
                                            "Year",
                                            "Eve",
                                            "Thanksgiving",
                                            "Eid",
                                            "al",
                                            "Fitr",
                                            "Day",
                                            "Labor",
                                            "Presidents",
                                            "World",
                                            "International",
                                            "Mother",
                                            "in",
                                            "on",
                                            "from",
                                            "between",
                                            "to",
                                            "and",
                                            "of",
                                            "through",
                                            "thru",
                                            "until",
                                            "till",
                                            "since",
                                            "by",
                                            "during",
                                            "before",
                                            "after",
                                            "around",
                                            "about",
                                            "within",
                                            "all",
                                            "the",
                                            "ago",
                                            "back",
                                            "hence",
                                            "now",
                                            "few",
                                            "thousand",
                                            "half",
                                            "q",
                                            "h",
                                            "Q",
                                            "H",
                                            "ad",
                                            "AD",
                                            "bc",
                                            "BC",
                                            "ce",
                                            "B",
                                            "C",
                                            "A",
                                            "D",
                                            "ides",
                                            "fiscal",
                                            "s",
                                            "'",
                                            ",",
                                            "-",
                                            "/",
                                            ".",
                                            "(",
                                            ")",
                                            ":",
                                            "%",
                                            "\xE2\x80\x93",
                                            "company",
                                            "said",
                                            "will",
                                            "was",
                                            "has",
                                            "pct",
                                            "mln",
                                            "dlrs",
                                            "shares",
                                            "for",
                                            "week's",
                                            "its"};

// The tokens that carry an expression on, drawn as often as all the rest
// after the place under test, so that its continuations are likely.
constexpr std::string_view kTimeish[] = {
    "9th",   "1st",     "15th",  "22nd",    "first", "third",   "twentieth", "9",      "15",
    "1987",  "2005",    "96",    "day",     "days",  "weeks",   "year",      "months", "quarter",
    "March", "Oct",     "May",   "Tuesday", "Fri",   "Fridays", "Christmas", "Easter", "ago",
    "later", "earlier", "after", "before",  "of",    "to",      "and",       "from",   "hence",
    "now",   "the",     "next",  "last",    "this",  "-",       "/",         ".",      ",",
    "(",     ")",       "'",     "s",       "BC",    "AD",      "upcoming",  "few",    "half"};

// The places the grammar may pass over, or try fewer rules at: numbers
// (the rules' tests of the token after a number, years too), count words,
// "the", "in" and "on".
bool MayBePassedOver(std::string_view word) {
  static constexpr std::string_view kCounts[] = {"a",    "an",  "one",    "two",    "three", "five",
                                                 "nine", "ten", "twenty", "thirty", "forty", "zero",
                                                 "in",   "on",  "the",    "A"};
  if (!word.empty() && word.find_first_not_of("0123456789") == word.npos) {
    return true;
  }
  return std::find(std::begin(kCounts), std::end(kCounts), word) != std::end(kCounts);
}

std::string_view Pick(std::mt19937& random) {
  return random() % 2 == 0 ? kVocabulary[random() % std::size(kVocabulary)]
                           : kTimeish[random() % std::size(kTimeish)];
}

// `place` then `next`, after up to two tokens and before up to six, each
// two tokens apart by a space or, one time in four, glued ("9/15", "a.d.").
std::string Sentence(std::string_view place, std::string_view next, std::mt19937& random) {
  std::vector<std::string_view> tokens;
  for (int n = static_cast<int>(random() % 3); n > 0; --n) tokens.push_back(Pick(random));
  tokens.push_back(place);
  tokens.push_back(next);
  for (int n = 1 + static_cast<int>(random() % 6); n > 0; --n) tokens.push_back(Pick(random));
  std::string sentence;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (k > 0 && random() % 4 != 0) sentence += ' ';
    sentence += tokens[k];
  }
  return sentence;
}

// Every place that may be passed over, before every token, in random
// sentences: the expressions found are the same with and without passing.
TEST(TimeTaggerPlacesTest, PassingOverUnmatchablePlacesChangesNothing) {
  std::mt19937 random(61206);
  const year_month_day as_of = year{2005} / March / 9;
  TagOptions every_place;
  every_place.skip_unmatchable = false;
  constexpr int kPerPair = 50;
  int sentences = 0;
  int with_expressions = 0;
  for (std::string_view place : kVocabulary) {
    if (!MayBePassedOver(place)) continue;
    for (std::string_view next : kVocabulary) {
      for (int n = 0; n < kPerPair; ++n) {
        const std::string sentence = Sentence(place, next, random);
        const std::vector<v1::TimeExpression> passing = TagText(sentence, as_of);
        const std::vector<v1::TimeExpression> trying = TagText(sentence, as_of, every_place);
        ASSERT_EQ(passing.size(), trying.size()) << sentence;
        for (std::size_t k = 0; k < passing.size(); ++k) {
          ASSERT_TRUE(google::protobuf::util::MessageDifferencer::Equals(passing[k], trying[k]))
              << sentence << "\n"
              << passing[k].DebugString() << "\n"
              << trying[k].DebugString();
        }
        ++sentences;
        with_expressions += passing.empty() ? 0 : 1;
      }
    }
  }
  // Expressions are common enough for the comparison to mean something.
  EXPECT_GT(with_expressions, sentences / 4);
}

// Expressions that start at each kind of place, read whole (but for a
// leading "on", never part of an expression).
TEST(TimeTaggerPlacesTest, ExpressionsAtTheKindsOfPlacePassedOverAreReadWhole) {
  const year_month_day as_of = year{2005} / March / 9;
  for (const std::string text : {"in three weeks",
                                 "in 3 days",
                                 "on Tuesday",
                                 "on Fri.",
                                 "on the 15th",
                                 "on the first",
                                 "on 15th",
                                 "a week ago",
                                 "twenty four weeks ago",
                                 "twenty-fourth of May",
                                 "thirty first of May",
                                 "two Fridays ago",
                                 "three Tuesday after Christmas",
                                 "3 Tuesday after Christmas",
                                 "2 upcoming weeks",
                                 "3 weeks ago",
                                 "9 March 2005",
                                 "9 of March",
                                 "13 to 15 July",
                                 "10-22 August 2012",
                                 "2/15",
                                 "18q4",
                                 "300 BC",
                                 "24 B.C.E.",
                                 "14 a.d.",
                                 "3 days after Easter",
                                 "20 days of next month"}) {
    const std::vector<v1::TimeExpression> found = TagText(text, as_of);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].text(), text.starts_with("on ") ? text.substr(3) : text);
  }
}

}  // namespace
}  // namespace factcheck
