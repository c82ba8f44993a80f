// The one-pass sentence breaker for ASCII text: it must put every boundary
// where ICU's English sentence iterator ("en@ss=standard") puts it, since
// the host chooses between them by the bytes of a block alone.
#include "document/sentence_breaks.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace factcheck {
namespace {

std::vector<std::uint32_t> FastBreaks(const std::string& text) {
  std::vector<std::uint32_t> out;
  const AsciiSentenceBreaks* breaks = AsciiSentenceBreaks::Get();
  EXPECT_NE(breaks, nullptr) << "ICU's data is not what the fast path models";
  if (breaks != nullptr) breaks->Find(text, &out);
  return out;
}

std::vector<std::uint32_t> IcuBreaks(const std::string& text) {
  static std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
    return it;
  }();
  const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF8(text);
  iterator->setText(utf16);
  iterator->first();
  std::vector<std::uint32_t> out;
  for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; end = iterator->next()) {
    out.push_back(static_cast<std::uint32_t>(end));
  }
  return out;
}

// The sentences of `text` as the fast path cuts it, which must be where
// ICU cuts it.
std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  std::uint32_t begin = 0;
  const std::vector<std::uint32_t> breaks = FastBreaks(text);
  EXPECT_EQ(breaks, IcuBreaks(text)) << text;
  for (const std::uint32_t end : breaks) {
    out.push_back(text.substr(begin, end - begin));
    begin = end;
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(AsciiSentenceBreaksTest, EndsASentenceAfterATerminatorAndItsSpaces) {
  EXPECT_EQ(Sentences("He came. She left! Why? No."),
            (Strings{"He came. ", "She left! ", "Why? ", "No."}));
}

TEST(AsciiSentenceBreaksTest, KeepsClosingQuotesAndBracketsWithTheirSentence) {
  EXPECT_EQ(Sentences("\"It is over.\" He left. (So did she.) Then"),
            (Strings{"\"It is over.\" ", "He left. ", "(So did she.) ", "Then"}));
}

TEST(AsciiSentenceBreaksTest, EndsASentenceAfterEveryLineBreak) {
  EXPECT_EQ(Sentences("One line\nanother\r\nlast\rend"),
            (Strings{"One line\n", "another\r\n", "last\r", "end"}));
  EXPECT_EQ(Sentences("Done.  \nNext"), (Strings{"Done.  \n", "Next"}));
}

TEST(AsciiSentenceBreaksTest, DoesNotEndOneInsideNumbersAbbreviationsOrBeforeLowerCase) {
  EXPECT_EQ(Sentences("It rose 3.5 pct. in March"), (Strings{"It rose 3.5 pct. in March"}));
  EXPECT_EQ(Sentences("The U.S.A. is big"), (Strings{"The U.S.A. is big"}));
  EXPECT_EQ(Sentences("Wait... what, she said."), (Strings{"Wait... what, she said."}));
  EXPECT_EQ(Sentences("Oil fell, e.g. 12 cents; then"), (Strings{"Oil fell, e.g. 12 cents; then"}));
}

TEST(AsciiSentenceBreaksTest, DoesNotEndOneAfterAListedAbbreviation) {
  EXPECT_EQ(Sentences("Mr. Brown met Mrs. Smith. Then"),
            (Strings{"Mr. Brown met Mrs. Smith. ", "Then"}));
  // ICU's list is short and literal: no "Dr."; a listed abbreviation that
  // begins a longer one ("D." of "D.C.") suppresses nothing, nor does one
  // listed only with its inner period ("a.m." is matched from "a." on).
  EXPECT_EQ(Sentences("Dr. Who. She has a Ph.D. Her"),
            (Strings{"Dr. ", "Who. ", "She has a Ph.D. ", "Her"}));
  EXPECT_EQ(Sentences("At 9 a.m. Trading"), (Strings{"At 9 a.m. ", "Trading"}));
  // ICU steps back over one space only.
  EXPECT_EQ(Sentences("Mr.  Brown"), (Strings{"Mr.  ", "Brown"}));
}

TEST(AsciiSentenceBreaksTest, FindsNothingInEmptyText) { EXPECT_TRUE(FastBreaks("").empty()); }

// Every example above and below, and random text built from the pieces
// that the rules and the abbreviation list turn on, cut as ICU cuts it.
TEST(AsciiSentenceBreaksTest, AgreesWithIcuOnRandomText) {
  static constexpr std::array<const char*, 58> kPieces = {
      "a",   "b",  "the",  "A",  "B",    "He",  "Mr", "Mrs", "Dr",  "U",   "S",  "U.S.",
      "Ph",  "D",  "Ph.D", "Lt", "Cdr",  "e",   "g",  "i",   "a.m", "p.m", "No", "Jan",
      "Inc", "vs", "I",    "1",  "42",   "3.5", ".",  ".",   ".",   ".",   " ",  " ",
      " ",   "  ", "\n",   "\r", "\r\n", "?",   "!",  ",",   ";",   ":",   "-",  "\"",
      "'",   "(",  ")",    "[",  "]",    "$",   "%",  "\t",  "etc", "\f"};
  std::mt19937 random(20261205);
  std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 30);
  int disagreements = 0;
  for (int round = 0; round < 40000 && disagreements < 5; ++round) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += kPieces[piece(random)];
    const auto fast = FastBreaks(text);
    const auto icu = IcuBreaks(text);
    if (fast != icu) {
      ++disagreements;
      ADD_FAILURE() << "text: \"" << text << "\"";
    }
  }
  EXPECT_EQ(disagreements, 0);
}

TEST(AsciiSentenceBreaksTest, AgreesWithIcuOnNewsText) {
  for (const std::string text :
       {"WASHINGTON, March 3 - The U.S. Treasury said it sold $9.75 bln of bills. Rates "
        "rose to 5.52 pct. from 5.47 pct. last week.",
        "Sen. John Smith (D-N.Y.) said: \"We will vote.\" The bill, H.R. 1, passed 52-48.",
        "It closed at 1,234.56 on Jan. 5. Gen. Motors Corp. fell 1-1/2 to 78-3/8.",
        "Shares of XYZ Inc. rose. St. Louis-based A.G. Edwards & Sons Inc. said...",
        "What next? Nobody knows!! (Not even the I.M.F.)\n\nNew paragraph."}) {
    EXPECT_EQ(FastBreaks(text), IcuBreaks(text)) << text;
  }
}

}  // namespace
}  // namespace factcheck
