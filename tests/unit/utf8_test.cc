#include "base/utf8.h"

#include <gtest/gtest.h>

namespace factcheck {
namespace {

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_FALSE(
      FindUtf8Problem("Geoan\xC4\x83 met Erdo\xC4\x9F"
                      "an \xE2\x80\x94 twice."));
}

TEST(Utf8Test, FindsTheFirstBadByteOrNul) {
  auto bad = FindUtf8Problem("ok \xC3\x28");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->offset, 3u);
  EXPECT_FALSE(bad->is_nul);
  auto nul = FindUtf8Problem(std::string_view("ab\0c", 4));
  ASSERT_TRUE(nul);
  EXPECT_EQ(nul->offset, 2u);
  EXPECT_TRUE(nul->is_nul);
  EXPECT_TRUE(FindUtf8Problem("\xED\xA0\x80"));  // A surrogate.
  EXPECT_TRUE(FindUtf8Problem("\xC0\xAF"));      // Overlong.
}

TEST(Utf8Test, FindsTheProblemAtAnyPlaceInLongText) {
  // The ASCII is read sixteen and eight bytes at a time: a problem at every
  // place of a block, and after it, is found at its byte.
  for (std::size_t at = 0; at < 40; ++at) {
    std::string text(48, 'a');
    text[at] = '\0';
    auto nul = FindUtf8Problem(text);
    ASSERT_TRUE(nul) << at;
    EXPECT_EQ(nul->offset, at);
    EXPECT_TRUE(nul->is_nul);
    text[at] = '\xFF';
    auto bad = FindUtf8Problem(text);
    ASSERT_TRUE(bad) << at;
    EXPECT_EQ(bad->offset, at);
    EXPECT_FALSE(bad->is_nul);
    text.replace(at, 1, "\xC4\x83");  // A letter, not a problem.
    EXPECT_FALSE(FindUtf8Problem(text)) << at;
    // A problem after the letter, in the same sixteen bytes or the next.
    for (std::size_t gap = 2; gap < 20 && at + gap < text.size(); gap += 3) {
      std::string after = text;
      after[at + gap] = '\0';
      auto found = FindUtf8Problem(after);
      ASSERT_TRUE(found) << at << " " << gap;
      EXPECT_EQ(found->offset, at + gap);
    }
  }
}

TEST(Utf8Test, BoundariesAreBetweenCodePoints) {
  const std::string text = "a\xC4\x83z";
  EXPECT_TRUE(IsCodePointBoundary(text, 1));
  EXPECT_FALSE(IsCodePointBoundary(text, 2));
  EXPECT_TRUE(IsCodePointBoundary(text, 3));
  EXPECT_TRUE(IsCodePointBoundary(text, 4));
  EXPECT_FALSE(IsCodePointBoundary(text, 5));
}

TEST(Utf8Test, ColumnsAreFoundByCodePoints) {
  const std::string_view line = "Geoan\xC4\x83 said";
  EXPECT_EQ(OffsetOfColumn(line, 0), 0u);
  EXPECT_EQ(OffsetOfColumn(line, 1), 0u);
  EXPECT_EQ(OffsetOfColumn(line, 7), line.find(' '));
  EXPECT_EQ(OffsetOfColumn(line, 8), line.find("said"));
  EXPECT_EQ(OffsetOfColumn(line, 99), line.size());
}

TEST(LineIndexTest, ColumnsCountCodePoints) {
  const std::string text = "first\nGeoan\xC4\x83 said\r\nlast";
  LineIndex lines(text);
  EXPECT_EQ(lines.At(0).line, 1u);
  EXPECT_EQ(lines.At(0).column, 1u);
  auto said = lines.At(text.find("said"));
  EXPECT_EQ(said.line, 2u);
  EXPECT_EQ(said.column, 8u);
  EXPECT_EQ(lines.Line(2), "Geoan\xC4\x83 said");
  EXPECT_EQ(lines.At(text.size()).line, 3u);
  EXPECT_EQ(lines.Line(3), "last");
}

// Line and column of every offset as counted from the start of the text, one
// code point at a time: what LineIndex must agree with.
LineIndex::Position CountedTo(std::string_view text, std::size_t offset) {
  LineIndex::Position at{1, 1};
  for (std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0; i < offset; ++i) {
    const char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++at.line;
      at.column = 1;
    } else if (c != '\r' && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++at.column;
    }
  }
  return at;
}

TEST(LineIndexTest, EveryOffsetIsWhereACountFromTheStartPutsIt) {
  // Over several 1 KB blocks, with and without carriage returns (the index
  // reads text without them by another path).
  for (const std::string_view line_break : {"\n", "\r\n", "\r"}) {
    std::string text;
    for (int i = 0; i < 3000; ++i) {
      text += i % 7 == 0 ? "\xC4\x83" : (i % 11 == 0 ? "\xE2\x80\x94" : "a");
      if (i % 97 == 0) text += line_break;
      if (i % 401 == 0) text += line_break;  // An empty line now and then.
    }
    LineIndex lines(text);
    for (std::size_t offset = 0; offset <= text.size(); ++offset) {
      const bool inside_crlf =
          offset > 0 && offset < text.size() && text[offset - 1] == '\r' && text[offset] == '\n';
      if (!IsCodePointBoundary(text, offset) || inside_crlf) continue;
      const auto expected = CountedTo(text, offset);
      const auto at = lines.At(offset);
      ASSERT_EQ(at.line, expected.line) << offset;
      ASSERT_EQ(at.column, expected.column) << offset;
    }
  }
}

TEST(LineIndexTest, TheEndOfATextOfWholeBlocksHasItsColumn) {
  // 1,024 bytes, the index's block: the end was counted as no code point.
  const std::string text = "x\n" + std::string(1020, 'a') + "\xC4\x83";
  ASSERT_EQ(text.size(), 1024u);
  LineIndex lines(text);
  EXPECT_EQ(lines.At(text.size()).line, 2u);
  EXPECT_EQ(lines.At(text.size()).column, 1022u);
  EXPECT_EQ(lines.OffsetOf(2, 1022), text.size());
}

TEST(LineIndexTest, OffsetOfAColumnIsTheInverseOfAt) {
  // Lines around the index's 1 KB blocks, with two- and three-byte code
  // points straddling their edges, a BOM, CRLF and an empty line.
  std::string text =
      "\xEF\xBB\xBF"
      "first\r\n\n";
  for (int i = 0; i < 900; ++i)
    text += i % 7 == 0 ? "\xC4\x83" : (i % 11 == 0 ? "\xE2\x80\x94" : "a");
  text += "\nlast";
  LineIndex lines(text);
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    if (offset < 3 || !IsCodePointBoundary(text, offset)) continue;  // The BOM is no column.
    const auto at = lines.At(offset);
    const std::string_view line = lines.Line(at.line);
    const std::size_t line_end = static_cast<std::size_t>(line.data() - text.data()) + line.size();
    if (offset > line_end) continue;  // Inside the line break.
    EXPECT_EQ(lines.OffsetOf(at.line, at.column), offset) << offset;
  }
  EXPECT_EQ(lines.OffsetOf(1, 1), 3u);                     // After the BOM.
  EXPECT_EQ(lines.OffsetOf(1, 99), 8u);                    // Past the end: the line's end.
  EXPECT_EQ(lines.OffsetOf(2, 5), text.find("\n\n") + 1);  // An empty line.
  EXPECT_EQ(lines.OffsetOf(9, 1), text.size());            // No such line.
}

}  // namespace
}  // namespace factcheck
