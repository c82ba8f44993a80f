// The time tagger's lexer: every word lowered, keyed and marked for its
// capitals the same way, whatever its length or bytes (ASCII words take a
// faster path than the others).
#include "document/time_lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "common/word_hash.h"
#include "document/time_holidays.h"

namespace factcheck::tagger {
namespace {

std::string Lowered(const std::string& word) {
  std::string out = word;
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool AllCapitals(const std::string& word) {
  for (const char c : word) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

TEST(TimeLexiconTest, WordsAreLoweredKeyedAndMarkedForCapitalsWhateverTheirLength) {
  std::vector<std::string> words;
  const std::string letters = "SeptEMBERtuesdayQUARTERlyHolidaysAndMoreWords";
  for (std::size_t length = 1; length <= 40; ++length) {
    words.push_back(letters.substr(0, length));                    // Mixed case.
    words.push_back(Lowered(letters.substr(length % 5, length)));  // Lower case.
    std::string capitals = letters.substr(0, length);
    for (char& c : capitals) c = static_cast<char>(c & ~0x20);
    words.push_back(capitals);  // All capitals.
  }
  words.push_back("Z\xC3\xBCrich");  // "Zürich": a byte over 0x7F inside.
  std::string text;
  for (const auto& word : words) text += word + " ";
  v1::Sentence sentence;
  sentence.add_segments()->set_end(static_cast<std::uint32_t>(text.size()));
  const LexedSentence lexed = Lex(text, sentence);
  const std::vector<TimeToken>& tokens = lexed.tokens;
  ASSERT_EQ(tokens.size(), words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    SCOPED_TRACE(words[i]);
    EXPECT_EQ(tokens[i].kind, TimeToken::kWord);
    EXPECT_EQ(tokens[i].lower, Lowered(words[i]));
    EXPECT_EQ(tokens[i].key, WordKey(Lowered(words[i])));
    EXPECT_EQ(tokens[i].upper, AllCapitals(words[i]));
    EXPECT_EQ(tokens[i].capitalized, words[i][0] >= 'A' && words[i][0] <= 'Z');
    EXPECT_EQ(tokens[i].end - tokens[i].begin, words[i].size());
  }
}

// A number before a unit of measure is an amount, never part of a time:
// the grammar tries no rule at it. The unit is a word of the lexicon, in any
// case, or "%"; a longer word that starts like one is none.
TEST(TimeLexiconTest, ANumberBeforeAUnitOfMeasureIsAnAmountNotATime) {
  const std::string text =
      "5 mln dlrs, 10 PCT, 3 Percent, 7 %, 2 Marks, 4 percentage, 8 mlns, 9 months";
  v1::Sentence sentence;
  sentence.add_segments()->set_end(static_cast<std::uint32_t>(text.size()));
  const LexedSentence lexed = Lex(text, sentence);
  std::vector<std::pair<std::string, bool>> numbers;  // Each number and whether timeish.
  for (const TimeToken& token : lexed.tokens) {
    if (token.kind == TimeToken::kNumber) numbers.emplace_back(token.lower, token.timeish);
    if (token.amount_unit) {
      SCOPED_TRACE(token.lower);
      EXPECT_FALSE(token.starts || token.timeish);  // A unit starts and marks nothing.
    }
  }
  const std::vector<std::pair<std::string, bool>> expected = {
      {"5", false}, {"10", false}, {"3", false}, {"7", false},
      {"2", false}, {"4", true},   {"8", true},  {"9", true}};
  EXPECT_EQ(numbers, expected);
  EXPECT_FALSE(IsTimeWord("mln"));
}

TEST(TimeLexiconTest, AWordEndsAtPunctuationAndTypographicQuotes) {
  const std::string text = "Reuters\xE2\x80\x99 March-April";
  v1::Sentence sentence;
  sentence.add_segments()->set_end(static_cast<std::uint32_t>(text.size()));
  const LexedSentence lexed = Lex(text, sentence);
  const std::vector<TimeToken>& tokens = lexed.tokens;
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].lower, "reuters");
  EXPECT_EQ(tokens[1].lower, "'");
  EXPECT_EQ(tokens[2].lower, "march");
  EXPECT_EQ(tokens[2].month, 3);
  EXPECT_EQ(tokens[3].lower, "-");
  EXPECT_EQ(tokens[4].lower, "april");
}

}  // namespace
// The forms of words and typographic marks share one buffer, sized for the
// sentence before lexing: a sentence of nothing else (capitals, curly
// quotes read as "'", words past the fast path's length, one-letter words
// whose fixed-size blocks reach furthest past them) keeps every form there,
// and a longer sentence after a short one grows it.
TEST(TimeLexiconTest, FormsKeptApartFromTheTextFitTheirSentence) {
  LexedSentence lexed;
  std::string text;
  const std::string pieces[] = {"\xE2\x80\x99", "ABC", "\xE2\x80\x9C", std::string(30, 'Q')};
  for (const std::string& piece : pieces) {
    text += piece;
    v1::Sentence sentence;
    sentence.add_segments()->set_end(static_cast<std::uint32_t>(text.size()));
    LexInto(text, sentence, &lexed);
  }
  const std::vector<TimeToken>& tokens = lexed.tokens;
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].lower, "'");
  EXPECT_EQ(tokens[1].lower, "abc");
  EXPECT_EQ(tokens[2].lower, "\"");
  EXPECT_EQ(tokens[3].lower, std::string(30, 'q'));
  EXPECT_TRUE(tokens[3].upper);
  // ASCII punctuation and numbers are the text's own; a word's form is
  // written apart whatever its case (no branch on it), and reads the same.
  const std::string plain = "on march 3.";
  v1::Sentence sentence;
  sentence.add_segments()->set_end(static_cast<std::uint32_t>(plain.size()));
  LexInto(plain, sentence, &lexed);
  ASSERT_EQ(lexed.tokens.size(), 4u);
  EXPECT_EQ(lexed.tokens[1].lower, "march");
  EXPECT_TRUE(lexed.tokens[1].lower.data() >= lexed.lowered.data() &&
              lexed.tokens[1].lower.data() + 5 <= lexed.lowered.data() + lexed.lowered.size());
  EXPECT_EQ(lexed.tokens[2].lower.data(), plain.data() + 9);
  EXPECT_EQ(lexed.tokens[3].lower.data(), plain.data() + 10);
  // One-letter words, each written as a block of 24 bytes, in a buffer
  // sized for a sentence this short and no longer.
  LexedSentence letters;
  const std::string short_words = "A b C d E f G h";
  v1::Sentence whole;
  whole.add_segments()->set_end(static_cast<std::uint32_t>(short_words.size()));
  LexInto(short_words, whole, &letters);
  ASSERT_EQ(letters.tokens.size(), 8u);
  for (std::size_t i = 0; i < 8; ++i) {
    EXPECT_EQ(letters.tokens[i].lower, std::string(1, static_cast<char>('a' + i)));
  }
}

TEST(TimeLexiconTest, TimeWordsAreTheWordsEveryExpressionWithoutANumberHas) {
  for (const char* word : {"march", "tuesday", "tomorrow", "weeks", "christmas", "q", "first",
                           "second", "decade", "quarter", "ad"}) {
    EXPECT_TRUE(IsTimeWord(word)) << word;
    EXPECT_TRUE(TimeWordHashes().MayHave(text::WordHash(word))) << word;
  }
  // The "s" of a possessive, which the host's tokens leave out of the word
  // before it ("Monday's"), must be none: a sentence is skipped by them.
  // Nor is a count: an expression that holds one holds a time word
  // besides ("three weeks", "two Fridays ago", "the thirty first").
  for (const char* word :
       {"minister", "the", "a", "an", "s", "said", "marches", "one", "two", "nineteen", "ninety"}) {
    EXPECT_FALSE(IsTimeWord(word)) << word;
  }
}

TEST(TimeLexiconTest, AHolidaysFirstWordIsATimeWordOnlyWhereANameHoldsNoOther) {
  // "New Year", "Good Friday", "Presidents' Day": the name's other word
  // marks the sentence; "Christmas", "Thanksgiving" and "Washington's
  // Birthday" hold none.
  for (const char* word : {"new", "good", "president", "presidents", "international", "all",
                           "world", "united", "white", "palm"}) {
    EXPECT_FALSE(IsTimeWord(word)) << word;
  }
  for (const char* word :
       {"christmas", "thanksgiving", "washington", "easter", "ramadan", "fridays", "eve", "eves"}) {
    EXPECT_TRUE(IsTimeWord(word)) << word;
  }
}

// Words of the table are read with their own facts, the long ones too that
// share their key (their length and first seven bytes) with another and
// are told apart by their text ("vaisakhi" and "vaisakha"): each holiday's
// first word, as the lexer reads it in lower case, capitalized or in
// capitals, numbers its own names; a word of no name with such a key, none.
TEST(TimeLexiconTest, EveryHolidaysFirstWordIsReadAsItself) {
  const std::vector<std::string>& words = HolidayFirstWords();
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string capitalized = words[k];
    capitalized[0] = static_cast<char>(capitalized[0] & ~0x20);
    std::string capitals = words[k];
    for (char& c : capitals) c = static_cast<char>(c & ~0x20);
    for (const std::string& written : {words[k], capitalized, capitals}) {
      SCOPED_TRACE(written);
      v1::Sentence sentence;
      sentence.add_segments()->set_end(static_cast<std::uint32_t>(written.size()));
      const LexedSentence lexed = Lex(written, sentence);
      ASSERT_EQ(lexed.tokens.size(), 1u);
      EXPECT_EQ(lexed.tokens[0].holiday, k + 1);
    }
  }
  for (const char* other : {"vaisakhx", "vaisakhis", "maz"}) {
    v1::Sentence sentence;
    sentence.add_segments()->set_end(static_cast<std::uint32_t>(std::string_view(other).size()));
    const LexedSentence lexed = Lex(other, sentence);
    ASSERT_EQ(lexed.tokens.size(), 1u);
    EXPECT_EQ(lexed.tokens[0].holiday, 0) << other;
  }
}

}  // namespace factcheck::tagger
