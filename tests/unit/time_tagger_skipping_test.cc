// With the host's tokens the tagger skips the sentences that hold no digit,
// no byte over 0x7F and no word that marks time (IsTimeWord). The first word
// of holidays' names marks time only where one of its names holds no other
// word that does ("new" of "New Year" does not, "Christmas" does): sentences
// of those words, of their names' words and of the words around dates must
// hold the same expressions with tokens (skipping) as without, and every
// holiday whose name starts with such a word, in every form the tagger
// reads, must be found in both. A word the host keeps whole and the lexer
// cuts at its marks ("O'Day") is read by its pieces.
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
std::vector<std::string> TimesOf(const std::string& text, bool tokens) {
  DocumentOptions options;
  if (tokens) {
    std::vector<ActivePlugin> plugins(1);
    plugins[0].description.add_annotations(v1::ANNOTATION_TIME_EXPRESSIONS);
    plugins[0].description.add_annotations(v1::ANNOTATION_TOKENS);
    SetAnnotations(plugins, &options);
  }
  options.request_as_of = year{2005} / March / 9;
  const LoadedDocument loaded = BuildDocument("a.txt", text, options);
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
