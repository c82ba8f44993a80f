// Where the two lexers find a word's end, and the tagger a sentence's next
// digit: sixteen bytes at a time must end a run, or find a byte, exactly
// where a byte at a time does, at any start, any limit, and with the text
// ending anywhere in a block.
#include "common/ascii_runs.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace factcheck::text {
namespace {

// The byte loop the runs are defined by.
std::size_t ExpectedEnd(const std::string& text, std::size_t pos, std::size_t end, bool digits,
                        bool* letter) {
  for (; pos < end; ++pos) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (IsAsciiLetter(c)) {
      *letter = true;
    } else if (!digits || !IsAsciiDigit(c)) {
      break;
    }
  }
  return pos;
}

TEST(AsciiRunsTest, ARunOfLettersEndsAtTheFirstOtherByte) {
  const std::string text = "Thatcher's 1987 Zurich\xC3\xBC";
  EXPECT_EQ(AsciiLetterRunEnd(text, 0, text.size()), 8u);    // At the apostrophe.
  EXPECT_EQ(AsciiLetterRunEnd(text, 11, text.size()), 11u);  // A digit is no letter.
  EXPECT_EQ(AsciiLetterRunEnd(text, 16, text.size()), 22u);  // At the byte over 0x7F.
}

TEST(AsciiRunsTest, ARunOfLettersAndDigitsSaysWhetherItHeldALetter) {
  const std::string text = "1987 F16 ";
  bool letter = false;
  EXPECT_EQ(AsciiAlnumRunEnd(text, 0, text.size(), &letter), 4u);
  EXPECT_FALSE(letter);
  EXPECT_EQ(AsciiAlnumRunEnd(text, 5, text.size(), &letter), 8u);
  EXPECT_TRUE(letter);
}

TEST(AsciiRunsTest, ARunEndsAtItsLimitEvenInsideABlock) {
  const std::string text(40, 'a');
  EXPECT_EQ(AsciiLetterRunEnd(text, 0, 5), 5u);
  EXPECT_EQ(AsciiLetterRunEnd(text, 3, 19), 19u);
  EXPECT_EQ(AsciiLetterRunEnd(text, 0, text.size()), 40u);
  bool letter = false;
  const std::string digits_then_letters = "0123456789abcdef";
  // The letters past the limit are not the run's.
  EXPECT_EQ(AsciiAlnumRunEnd(digits_then_letters, 0, 10, &letter), 10u);
  EXPECT_FALSE(letter);
}

TEST(AsciiRunsTest, TheNextDigitOrByteOverAsciiIsFoundAtEveryPlaceOfABlock) {
  // One digit, or one byte over 0x7F, at each place of texts of every
  // length to 40, found from every start before or at it; none past it.
  for (std::size_t size = 1; size <= 40; ++size) {
    for (std::size_t at = 0; at < size; ++at) {
      for (const char found : {'7', '\xC3', '0', '9', '\x80'}) {
        std::string text(size, '/');                              // Just before '0'.
        for (std::size_t i = 0; i < size; i += 3) text[i] = ':';  // Just after '9'.
        text[at] = found;
        for (std::size_t from = 0; from <= at; ++from) {
          ASSERT_EQ(DigitOrNonAsciiFrom(text, from), at) << size << " " << at << " " << from;
        }
        EXPECT_EQ(DigitOrNonAsciiFrom(text, at + 1), size);
      }
    }
  }
}

TEST(AsciiRunsTest, AgreesWithAByteLoopOnRandomText) {
  // Bytes around the edges of each class ('/' '0' '9' ':' '@' 'A' 'Z' '['
  // '`' 'a' 'z' '{'), over 0x7F, and long runs that cross blocks.
  const std::string pieces[] = {"a",
                                "Z",
                                "0",
                                "9",
                                "/",
                                ":",
                                "@",
                                "[",
                                "`",
                                "{",
                                " ",
                                "'",
                                ".",
                                "\xC3\xBC",
                                "\xFF",
                                "abcdefghijklmnopqrstuvwxyz",
                                "0123456789012345678",
                                "ABCDEFGHIJKLMNOPQRST"};
  std::mt19937 random(20261206);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 12);
    for (int k = 0; k < count; ++k) text += pieces[random() % std::size(pieces)];
    if (text.empty()) continue;
    const std::size_t pos = random() % text.size();
    const std::size_t end = pos + random() % (text.size() - pos + 1);
    for (const bool digits : {false, true}) {
      SCOPED_TRACE(testing::Message() << '"' << text << "\" from " << pos << " to " << end
                                      << (digits ? " with digits" : ""));
      bool expected_letter = false, letter = false;
      const std::size_t expected = ExpectedEnd(text, pos, end, digits, &expected_letter);
      if (digits) {
        ASSERT_EQ(AsciiAlnumRunEnd(text, pos, end, &letter), expected);
        ASSERT_EQ(letter, expected_letter);
      } else {
        ASSERT_EQ(AsciiLetterRunEnd(text, pos, end), expected);
      }
    }
  }
}

}  // namespace
}  // namespace factcheck::text
