// With the host's tokens the tagger skips the sentences that hold no byte
// over 0x7F, no word that marks time (IsTimeWord) and no number that may be
// time without one (a year, a number glued to a letter, numbers joined by
// a date's separators). The first word of holidays' names marks time only
// where one of its names holds no other word that does ("new" of "New
// Year" does not, "Christmas" does): sentences of those words, of their
// names' words, of numbers and of the words around dates must hold the
// same expressions with tokens (skipping) as without, and every holiday
// whose name starts with such a word, in every form the tagger reads, must
// be found in both. A word the host keeps whole and the lexer cuts at its
// marks ("O'Day") is read by its pieces.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "document/document_loader.h"
#include "document/time_holidays.h"
#include "document/time_lexicon.h"
#include "document/time_tagger.h"
#include "run/session.h"

namespace factcheck {
namespace {

using namespace std::chrono;

// Words around dates, the grammar's among them, that mark no time of
// themselves: offsets, parts, prepositions, articles, marks, and words of
// news text.
constexpr std::string_view kAround[] = {
    "the",    "a",         "an",       "of",       "on",        "in",      "at",       "from",
    "to",     "and",       "this",     "last",     "next",      "past",    "that",     "same",
    "coming", "following", "early",    "late",     "mid",       "end",     "start",    "rest",
    "around", "about",     "since",    "until",    "by",        "during",  "before",   "after",
    "ago",    "earlier",   "later",    "previous", "preceding", "current", "upcoming", "between",
    "back",   "hence",     "now",      "few",      "beginning", "middle",  "within",   "fiscal",
    "half",   "'",         "s",        "-",        ".",         ",",       "said",     "company",
    "York",   "he",        "minister", "officials"};

// The holidays' first words that mark no time, each with its names.
struct FirstWord {
  std::string word;
  const std::vector<tagger::HolidayName>* names;
};

std::vector<FirstWord> FirstWordsMarkingNoTime() {
  std::vector<FirstWord> out;
  const std::vector<std::string>& first_words = tagger::HolidayFirstWords();
  for (std::size_t k = 0; k < first_words.size(); ++k) {
    if (!tagger::IsTimeWord(first_words[k])) {
      out.push_back({first_words[k], &tagger::HolidayNamesStartingWith(k)});
    }
  }
  return out;
}

std::string Capitalized(std::string word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 32);
  return word;
}

// Each expression of `text` as one line, the document built as a run whose
// plugin reads the host's tokens builds it (the tagger then skips
// sentences on the host's answers) or without tokens.
std::vector<std::string> TimesOf(const std::string& text, bool tokens,
                                 const std::string& path = "a.txt") {
  DocumentOptions options;
  if (tokens) {
    std::vector<ActivePlugin> plugins(1);
    plugins[0].description.add_annotations(v1::ANNOTATION_TIME_EXPRESSIONS);
    plugins[0].description.add_annotations(v1::ANNOTATION_TOKENS);
    SetAnnotations(plugins, &options);
  }
  options.request_as_of = year{2005} / March / 9;
  const LoadedDocument loaded = BuildDocument(path, text, options);
  std::vector<std::string> out;
  for (const auto& e : loaded.document.time_expressions()) out.push_back(e.ShortDebugString());
  return out;
}

// Compares the expressions with and without skipping on `documents`
// documents of 50 sentences, each written by `sentence` (without its
// period); returns the expressions found a sentence, so that a test can
// tell its comparison meant something.
template <typename WriteSentence>
double ExpressionsASentenceAlike(int documents, WriteSentence sentence) {
  int expressions = 0;
  for (int document = 0; document < documents; ++document) {
    std::string text;
    for (int s = 0; s < 50; ++s) text += sentence() + ".\n";
    const std::vector<std::string> with = TimesOf(text, true);
    if (with != TimesOf(text, false)) {
      ADD_FAILURE() << "not the same expressions with and without skipping:\n" << text;
      return 0;
    }
    expressions += static_cast<int>(with.size());
  }
  return static_cast<double>(expressions) / (50.0 * documents);
}

TEST(TimeTaggerSkippingTest, TheFirstWordsThatMarkNoTimeAreTheHolidaysOnesWithAnotherWord) {
  const std::vector<FirstWord> first_words = FirstWordsMarkingNoTime();
  ASSERT_GT(first_words.size(), 20u);
  for (const std::string_view word : kAround) EXPECT_FALSE(tagger::IsTimeWord(word)) << word;
  // The lexer reads the "s" of a possessive ("company's") as a word, which
  // the host does not look up: it must mark no time.
  EXPECT_FALSE(tagger::IsTimeWord("s"));
}

TEST(TimeTaggerSkippingTest, SentencesHoldTheSameExpressionsWithAndWithoutSkipping) {
  // Words of sentences: the first words that mark no time, their names'
  // words as written, with an "s" and capitalized, and the words around.
  std::vector<std::string> words;
  for (const FirstWord& first : FirstWordsMarkingNoTime()) {
    for (const tagger::HolidayName& name : *first.names) {
      for (const std::string& word : name.words) {
        words.push_back(word);
        words.push_back(word + "s");
      }
    }
  }
  const std::size_t holiday_words = words.size();
  words.insert(words.end(), std::begin(kAround), std::end(kAround));
  std::mt19937 random(71207);
  const double found = ExpressionsASentenceAlike(200, [&] {
    // A holiday's word first, the next glued to it one time in four
    // ("New-Year", "Presidents'").
    std::string text;
    for (int k = 0, length = 2 + static_cast<int>(random() % 7); k < length; ++k) {
      const std::string& word =
          k == 0 ? words[random() % holiday_words] : words[random() % words.size()];
      if (k > 0) text += random() % 4 == 0 ? (random() % 2 == 0 ? "-" : "'") : " ";
      text += random() % 2 == 0 ? Capitalized(word) : word;
    }
    return text;
  });
  // Holidays are named often enough for the comparison to mean something.
  EXPECT_GT(found, 1.0 / 50);
}

TEST(TimeTaggerSkippingTest, AWordCutAtItsMarksIsReadAsTheLexerReadsItsPieces) {
  // Words the host keeps whole and the lexer cuts at an apostrophe or a
  // period ("O'Day", "U.S."): a time word glued to a letter or a word
  // around dates, in sentences without a digit or any other time word.
  const std::vector<std::string>& time_words = TimeWordList();
  static constexpr std::string_view kLetters[] = {"a", "d", "m", "o", "p", "s", "u", "w"};
  std::mt19937 random(71208);
  const auto around = [&random]() -> std::string_view {
    return random() % 3 == 0 ? kLetters[random() % std::size(kLetters)]
                             : kAround[random() % std::size(kAround)];
  };
  const double found = ExpressionsASentenceAlike(100, [&] {
    std::string text;
    const int length = 2 + static_cast<int>(random() % 6);
    const int cut = static_cast<int>(random() % length);
    for (int k = 0; k < length; ++k) {
      if (k > 0) text += ' ';
      std::string word(around());
      if (k == cut) {
        const std::string& time_word = time_words[random() % time_words.size()];
        const char mark = random() % 2 == 0 ? '\'' : '.';
        word = random() % 2 == 0 ? word + mark + time_word : time_word + mark + word;
      }
      text += random() % 2 == 0 ? Capitalized(word) : word;
    }
    return text;
  });
  // Pieces hold expressions often enough for the comparison to mean
  // something ("o'Christmas", "Monday's").
  EXPECT_GT(found, 1.0 / 20);
}

TEST(TimeTaggerSkippingTest, NumbersWithoutATimeWordAreReadAsTheLexerReadsThem) {
  // Numbers of one to five digits among the words around dates, glued to
  // letters, apostrophes and the marks dates and amounts are written with
  // ("3/4/87", "2 / 15", "1986-87", "4.3.87", "32.9", "1,200", "5th",
  // "1980s", "Q4", "'86"), in sentences without a time word.
  static constexpr std::string_view kGlue[] = {"/", "-", ".", ",", ":", " / ", " - ", "'", "%"};
  static constexpr std::string_view kLetters[] = {"Q",  "H", "May", "FY",  "th",
                                                  "st", "s", "A",   "pct", "'"};
  std::mt19937 random(71209);
  // A year, a day or a month, or any number of up to five digits.
  const auto number = [&random] {
    switch (random() % 3) {
      case 0:
        return std::to_string(1900 + random() % 130);
      case 1:
        return std::to_string(1 + random() % 31);
      default:
        std::string digits = std::to_string(random() % 100000);
        digits.resize(1 + random() % digits.size());
        return digits;
    }
  };
  // A date's numbers and separators as dates are written ("3/4/87", "12 -
  // 25", "4.3.1987"), or numbers glued by any mark.
  static constexpr std::string_view kSeparators[] = {"/", "-", ".", " / ", " - "};
  const auto numbers = [&] {
    std::string text;
    if (random() % 2 == 0) {
      // Each value drawn in turn: the order of a call's arguments is the
      // compiler's.
      const std::string_view separator = kSeparators[random() % std::size(kSeparators)];
      const auto day = 1 + random() % 31;
      const auto month = 1 + random() % 31;
      text = std::to_string(day) + std::string(separator) + std::to_string(month);
      if (random() % 2 == 0) {
        const std::string year = number();
        text += std::string(separator) + year.substr(0, 2 + random() % 3);
      }
      return text;
    }
    text = number();
    for (int more = static_cast<int>(random() % 3); more > 0; --more) {
      text += kGlue[random() % std::size(kGlue)];
      text += number();
    }
    return text;
  };
  // One number a sentence, so that no other lets it through.
  const double found = ExpressionsASentenceAlike(300, [&] {
    std::string text;
    const int length = 2 + static_cast<int>(random() % 6);
    const int at = static_cast<int>(random() % length);
    for (int k = 0; k < length; ++k) {
      if (k > 0) text += ' ';
      if (k != at) {
        text += kAround[random() % std::size(kAround)];
        continue;
      }
      if (random() % 4 == 0) text += kLetters[random() % std::size(kLetters)];
      text += numbers();
      if (random() % 4 == 0) text += kLetters[random() % std::size(kLetters)];
    }
    return text;
  });
  // Dates and years are written often enough for the comparison to mean
  // something.
  EXPECT_GT(found, 1.0 / 10);
}

TEST(TimeTaggerSkippingTest, NumbersJoinedByMarksAreReadAsTheLexerReadsThem) {
  // Two or three numbers glued by slashes, dashes and periods, alike or
  // mixed ("3/4/87", "7-1/2", "9-3/8", "2/15"), after a word a date
  // without a year needs before it ("on", "from", "dated", "effective") or
  // another, and before words that make them a quantity ("pct") or none.
  static constexpr std::string_view kBefore[] = {"on",       "from", "since", "until",  "till",
                                                 "through",  "thru", "dated", "before", "effective",
                                                 "starting", "to",   "rose",  "at",     "between",
                                                 "bonds",    "(",    ",",     "On",     "DATED"};
  static constexpr std::string_view kAfter[] = {"pct", "points", "here", "and", "-", "/", ","};
  static constexpr std::string_view kMarks[] = {"/", "-", "."};
  std::mt19937 random(81208);
  const double found = ExpressionsASentenceAlike(300, [&] {
    std::string text = "It was";
    if (random() % 4 != 0) text += " " + std::string(kBefore[random() % std::size(kBefore)]);
    text += " ";
    const int numbers = 2 + static_cast<int>(random() % 2);
    for (int n = 0; n < numbers; ++n) {
      if (n > 0) text += kMarks[random() % std::size(kMarks)];
      const int digits = 1 + static_cast<int>(random() % (n == numbers - 1 ? 4 : 3));
      text += std::to_string(1 + random() % 12).substr(0, 1);
      for (int d = 1; d < digits; ++d) text += static_cast<char>('0' + random() % 10);
    }
    if (random() % 2 == 0) text += " " + std::string(kAfter[random() % std::size(kAfter)]);
    return text;
  });
  // Dates are written often enough for the comparison to mean something.
  EXPECT_GT(found, 1.0 / 50);
}

TEST(TimeTaggerSkippingTest, CountsAreReadAsTheLexerReadsThem) {
  // Counts spelled out and hyphenated ("twenty-four"), with the words a
  // count goes on with (units, weekdays' plurals, ordinals, "upcoming",
  // "thousand"), a month, and the words around dates: with and without
  // a time word besides.
  static constexpr std::string_view kCounts[] = {
      "one",   "two",    "three",    "nine",    "twelve", "nineteen", "twenty", "thirty",
      "forty", "ninety", "thousand", "hundred", "and",    "-",        "a",      "an"};
  static constexpr std::string_view kGoesOn[] = {
      "weeks", "days", "years", "decades",  "Fridays", "Mondays", "first",  "fourth",
      "ago",   "back", "now",   "upcoming", "March",   "May",     "season", "quarters"};
  std::mt19937 random(71210);
  const double found = ExpressionsASentenceAlike(300, [&] {
    std::string text;
    for (int k = 0, length = 2 + static_cast<int>(random() % 7); k < length; ++k) {
      if (k > 0) text += random() % 5 == 0 ? "-" : " ";
      const int kind = static_cast<int>(random() % 10);
      text += kind < 5   ? kCounts[random() % std::size(kCounts)]
              : kind < 7 ? kGoesOn[random() % std::size(kGoesOn)]
                         : kAround[random() % std::size(kAround)];
    }
    return text;
  });
  // Counts make expressions often enough for the comparison to mean
  // something.
  EXPECT_GT(found, 1.0 / 50);
}

// The shapes of numbers that are a time without a time word in their
// sentence, each found with skipping as without.
TEST(TimeTaggerSkippingTest, NumbersThatAreATimeWithoutATimeWordAreFound) {
  for (const char* text : {"It rose in 1986.",
                           "Sales in '86 rose.",
                           "Q4 results were good.",
                           "H1 sales rose.",
                           "MAY9 trade was firm.",
                           "Prices 1986-87 rose.",
                           "It was signed 3/4/87 here.",
                           "It ends on 3/4 here.",
                           "2 / 15",
                           "It starts on 12-25-87 here.",
                           "It was 4.3.1987 then.",
                           "A play by the 18th-Century dramatist.",
                           "It rose over the last 25years.",
                           "It was built in 14 a.d. there.",
                           "Rome fell in 476 A.D.",
                           "It dates from 800 B.C.",
                           "It was 300 b.c.e. or so.",
                           "It was 4.3.3974 then.",
                           "Payment is due on 2 /\n15.",
                           "2\t/\t15",
                           "It is dated 3/4 here.",
                           "Effective 3/4 it rises.",
                           "It runs from 2/15 here.",
                           "It runs through 2/15 here.",
                           "It ends on 2-15 here.",
                           "2/15",
                           "2-15"}) {
    const std::vector<std::string> with = TimesOf(std::string(text) + "\n", true);
    EXPECT_FALSE(with.empty()) << text;
    EXPECT_EQ(with, TimesOf(std::string(text) + "\n", false)) << text;
  }
  // A date the Markdown cuts into segments, which the lexer reads apart.
  for (const char* text : {"Payment is due on 2 / *15 or so*.", "Payment is due on *2* / 15.",
                           "It ends on *3/4 or so*.", "It ends on *2-15 or so*."}) {
    const std::vector<std::string> with = TimesOf(std::string(text) + "\n", true, "a.md");
    EXPECT_FALSE(with.empty()) << text;
    EXPECT_EQ(with, TimesOf(std::string(text) + "\n", false, "a.md")) << text;
  }
}

// Prices' fractions ("7-1/2") and a day and month without a cue before
// them are no time, with skipping as without.
TEST(TimeTaggerSkippingTest, FractionsAndNumbersWithoutACueAreNoTime) {
  for (const char* text :
       {"Bonds rose 7-1/2 points.", "It yields 9-3/8 pct.", "The 3/8 note rose.",
        "Shares rose 2-15 cents.", "It rose between 3/4 and 5/6.", "Bonds at 101-3/4 rose."}) {
    const std::vector<std::string> with = TimesOf(std::string(text) + "\n", true);
    EXPECT_TRUE(with.empty()) << text;
    EXPECT_EQ(with, TimesOf(std::string(text) + "\n", false)) << text;
  }
}

TEST(TimeTaggerSkippingTest, EveryNameAFirstWordThatMarksNoTimeStartsIsFound) {
  int names = 0;
  for (const FirstWord& first : FirstWordsMarkingNoTime()) {
    for (const tagger::HolidayName& name : *first.names) {
      // As written, with an "s" on its last word ("New Years", "Good
      // Fridays"), a possessive ("Presidents' Day", "Mother's Day") and
      // hyphens.
      std::vector<std::string> forms(4);
      for (std::size_t w = 0; w < name.words.size(); ++w) {
        const std::string word = Capitalized(name.words[w]);
        const bool last = w + 1 == name.words.size();
        forms[0] += (w > 0 ? " " : "") + word;
        forms[1] += (w > 0 ? " " : "") + word + (last ? "s" : "");
        forms[2] += (w > 0 ? " " : "") + word + (w == 0 ? "'s" : "");
        forms[3] += (w > 0 ? "-" : "") + word;
      }
      for (const std::string& form : forms) {
        const std::string text = "They met on " + form + ".\n";
        const std::vector<std::string> with = TimesOf(text, true);
        EXPECT_EQ(with, TimesOf(text, false)) << text;
        if (&form == &forms[0]) EXPECT_FALSE(with.empty()) << text;
      }
      ++names;
    }
  }
  EXPECT_GT(names, 40);
}

}  // namespace
}  // namespace factcheck
