// With the host's tokens the tagger skips the sentences that hold no digit,
// no byte over 0x7F and no word that marks time (IsTimeWord). The first word
// of holidays' names marks time only where one of its names holds no other
// word that does ("new" of "New Year" does not, "Christmas" does): a
// sentence of words that mark no time must hold no expression, whatever
// order they come in, and every holiday whose name starts with such a word
// must be found in a sentence with tokens as without.
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

namespace factcheck {
namespace {

using namespace std::chrono;

// Words around dates that mark none: offsets, parts, prepositions, articles,
// marks, and words of news text.
constexpr std::string_view kAround[] = {
    "the",   "a",    "an",     "of",      "on",    "in",   "at",       "from",     "to",
    "and",   "this", "last",   "next",    "past",  "that", "same",     "coming",   "following",
    "early", "late", "mid",    "end",     "start", "rest", "around",   "about",    "since",
    "until", "by",   "during", "before",  "after", "ago",  "'",        "s",        "-",
    ".",     ",",    "said",   "company", "York",  "he",   "minister", "officials"};

// The first words of holidays' names that mark no time, with every word of
// their names and those words with an "s", less any that marks time.
std::vector<std::string> HolidayWordsMarkingNoTime() {
  std::vector<std::string> words;
  const std::vector<std::string>& first_words = tagger::HolidayFirstWords();
  for (std::size_t k = 0; k < first_words.size(); ++k) {
    if (tagger::IsTimeWord(first_words[k])) continue;
    for (const auto& name : tagger::HolidayNamesStartingWith(k)) {
      for (const std::string& word : name.words) {
        for (const std::string& form : {word, word + "s"}) {
          if (!tagger::IsTimeWord(form)) words.push_back(form);
        }
      }
    }
  }
  return words;
}

std::string Capitalized(std::string word) {
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 32);
  return word;
}

std::vector<v1::TimeExpression> TimesOf(const std::string& text, bool tokens) {
  DocumentOptions options;
  options.tokens = tokens;
  options.request_as_of = year{2005} / March / 9;
  const LoadedDocument loaded = BuildDocument("a.md", text, options);
  return {loaded.document.time_expressions().begin(), loaded.document.time_expressions().end()};
}

TEST(TimeTaggerSkippingTest, SentencesOfWordsThatMarkNoTimeHoldNoExpression) {
  std::vector<std::string> words = HolidayWordsMarkingNoTime();
  ASSERT_GT(words.size(), 50u);
  const std::size_t holiday_words = words.size();
  for (const std::string_view word : kAround) {
    ASSERT_FALSE(tagger::IsTimeWord(word)) << word;
    words.emplace_back(word);
  }
  std::mt19937 random(71207);
  const year_month_day as_of = year{2005} / March / 9;
  for (int n = 0; n < 20000; ++n) {
    // A holiday's word first, often capitalized, glued to the next one time
    // in four ("New-Year", "Presidents'").
    std::string sentence;
    for (int k = 0, length = 2 + static_cast<int>(random() % 7); k < length; ++k) {
      const std::string& word =
          k == 0 ? words[random() % holiday_words] : words[random() % words.size()];
      if (k > 0 && random() % 4 != 0) sentence += ' ';
      sentence += random() % 2 == 0 ? Capitalized(word) : word;
    }
    ASSERT_TRUE(TagText(sentence, as_of).empty()) << sentence;
  }
}

TEST(TimeTaggerSkippingTest, HolidaysNamedFromAWordThatMarksNoTimeAreFound) {
  const std::vector<std::string>& first_words = tagger::HolidayFirstWords();
  int names = 0;
  for (std::size_t k = 0; k < first_words.size(); ++k) {
    if (tagger::IsTimeWord(first_words[k])) continue;
    for (const auto& name : tagger::HolidayNamesStartingWith(k)) {
      std::string written;
      for (const std::string& word : name.words)
        written += (written.empty() ? "" : " ") + Capitalized(word);
      const std::string text = "They met on " + written + " last year.\n";
      const std::vector<v1::TimeExpression> with = TimesOf(text, true);
      const std::vector<v1::TimeExpression> without = TimesOf(text, false);
      ASSERT_EQ(with.size(), without.size()) << text;
      for (std::size_t e = 0; e < with.size(); ++e) {
        EXPECT_EQ(with[e].DebugString(), without[e].DebugString()) << text;
      }
      // "last year" alone would pass the test: the name is found too.
      const std::vector<v1::TimeExpression> name_only =
          TimesOf("They met on " + written + ".\n", true);
      EXPECT_FALSE(name_only.empty()) << written;
      ++names;
    }
  }
  EXPECT_GT(names, 40);
}

}  // namespace
}  // namespace factcheck
