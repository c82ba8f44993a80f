// Markdown prose: a body of plain paragraphs is read without md4c, and must
// come out exactly as md4c reads it, piece for piece; any other body is
// md4c's to read.
#include "document/prose.h"

#include <gtest/gtest.h>

#include <array>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck {
namespace {

// Each block's pieces as text, a "|" before a piece that follows a break.
std::vector<std::string> Shown(std::string_view text, const ProseBlocks& blocks) {
  std::vector<std::string> out;
  for (std::size_t block = 0; block < blocks.size(); ++block) {
    std::string shown;
    for (const ProsePiece& piece : blocks[block]) {
      if (piece.break_before) shown += "|";
      shown += text.substr(piece.begin, piece.end - piece.begin);
    }
    out.push_back(shown);
  }
  return out;
}

// md4c's reading of `text` alone.
ProseBlocks Md4c(std::string_view text, std::size_t body = 0) {
  ProseBlocks blocks;
  internal::Md4cProse(text, body, &blocks);
  return blocks;
}

// The fast reading of `text`, or nothing when it leaves the text to md4c;
// when it reads the text, md4c must read it alike.
std::optional<std::vector<std::string>> Plain(std::string_view text, std::size_t body = 0) {
  ProseBlocks blocks;
  if (!internal::PlainParagraphs(text, body, &blocks)) return std::nullopt;
  EXPECT_EQ(Shown(text, blocks), Shown(text, Md4c(text, body))) << text;
  return Shown(text, blocks);
}

using Blocks = std::vector<std::string>;

TEST(ProseTest, PlainParagraphsAreReadWithoutMd4c) {
  // A wire story: hard-wrapped lines, paragraphs indented four spaces
  // without a blank line between them, tickers in angle brackets.
  const std::string story =
      "---\ntitle: x\n---\n"
      "Rogers Corp <ROG> said first quarter\n"
      "earnings will be up  \n"
      "    The company <Texaco Inc> said revenues of 32.9 mln dlrs\n"
      "1987 was a good year.\n\n"
      "  A second paragraph.   \n";
  EXPECT_EQ(Plain(story, story.find("Rogers")),
            (Blocks{"Rogers Corp | said first quarter|earnings will be up|The company | said "
                    "revenues of 32.9 mln dlrs|1987 was a good year.",
                    "A second paragraph."}));
  EXPECT_EQ(Plain(""), Blocks{});
  EXPECT_EQ(Plain("\n  \n"), Blocks{});
  EXPECT_EQ(Plain("\"Quoted,\" he said (twice) at 9.30.\n"),
            Blocks{"\"Quoted,\" he said (twice) at 9.30."});
  // A '<' that opens neither a tag nor an autolink is text; a list that
  // does not count from 1 cannot interrupt a paragraph.
  EXPECT_EQ(Plain("Sold to <CAWL.L> and <A.H. Belo>,\n<BP.L> for < 5 pct in\n1986. The end\n"),
            Blocks{"Sold to <CAWL.L> and <A.H. Belo>,|<BP.L> for < 5 pct in|1986. The end"});
  // A dash glued to its words opens no list, nor a rule.
  EXPECT_EQ(Plain("-- the first time since 1982\n--the last\n-announced a tender\n"),
            Blocks{"-- the first time since 1982|--the last|-announced a tender"});
  // An indented code block is no prose, over its blank lines, up to a line
  // indented less; an indented line inside a paragraph goes on with it.
  EXPECT_EQ(Plain("    NOTE: a table\n\n      1986  1985\n  \nThe end.\n    more of it\n"),
            Blocks{"The end.|more of it"});
  EXPECT_EQ(Plain("Text\n\n    code\n"), Blocks{"Text"});
  // A simple tag over two lines is raw HTML, a gap in the prose; a '<' no
  // tag can go on from is text.
  EXPECT_EQ(Plain("A unit of <United Savings and Loan\nAssociation> said it\n"),
            Blocks{"A unit of | said it"});
  EXPECT_EQ(Plain("<Island Creek\nCorp> said it\n"), Blocks{" said it"});
  EXPECT_EQ(Plain("Its unit <European Sugar (France)> said\n"),
            Blocks{"Its unit <European Sugar (France)> said"});
}

TEST(ProseTest, AnythingButPlainParagraphsIsLeftToMd4c) {
  using namespace std::string_literals;
  for (const std::string& body : std::vector<std::string>{
           "# Heading\n",
           "Text\n# Heading\n",
           "> quote\n",
           "- item\n",
           "Text\n+ item\n",
           "1. item\n",
           "Text\n1) item\n",
           "1987.\n",
           "Text\n===\n",
           "Text\n---\n",
           "Text\n--\n",
           "-- -\n",
           "- item\n-- x\n",
           "    <div>\n",
           "    ```\n",
           "    tab\tcode\n",
           "```\nfence\n```\n",
           "a | b\n--|--\n",
           "*emphasis*\n",
           "snake_case\n",
           "`code`\n",
           "[link](x)\n",
           "AT&amp;T\n",
           "back\\slash\n",
           "~~struck~~\n",
           "<div>\n",
           "Text\n<p>para</p>\n",
           "Text <!-- c -->\n",
           "Text </b>\n",
           "Text <http://example.com>\n",
           "Text <a@b.com>\n",
           "Text <a href=\"x\">\n",
           "Ratio < 3:1> here\n",
           "x <=a@b.com> y\n",
           "x <$5:1> y\n",
           "x <@a:b> y\n",
           "Tab\there\n",
           "\tTab first\n",
           "Windows\r\nline\r\n",
           "nul\0byte\n"s,
           ": colon\n",
           // A tag left open at a blank line, at the end, or before a line
           // that opens a block: its '<' is text, md4c's to read.
           "Text <Open tag\n\nNext\n",
           "Text <Open tag\n",
           "Text <Open tag\n> quote>\n",
           "Text <Open tag\nCorp (x)> said\n",
       }) {
    ProseBlocks blocks;
    EXPECT_FALSE(internal::PlainParagraphs(body, 0, &blocks)) << body;
  }
}

// A body of one to six lines of 0-6 spaces, then (nine lines in ten) one
// to five pieces of `pieces`, mostly one of its first `common`, most
// followed by a space; trailing spaces, a last line break or none.
template <std::size_t kCount>
std::string RandomBody(const std::string_view (&pieces)[kCount], std::size_t common,
                       std::mt19937* random) {
  std::mt19937& r = *random;
  std::string body;
  const int lines = 1 + static_cast<int>(r() % 6);
  for (int l = 0; l < lines; ++l) {
    const int kind = static_cast<int>(r() % 10);
    body.append(r() % 4 == 0 ? r() % 7 : r() % 2, ' ');
    if (kind > 0) {
      const int words = 1 + static_cast<int>(r() % 5);
      for (int w = 0; w < words; ++w) {
        body += r() % 3 != 0 ? pieces[r() % common] : pieces[r() % kCount];
        if (r() % 5 != 0) body += ' ';
      }
      body.append(r() % 3, ' ');
    }
    if (l + 1 < lines || r() % 2 == 0) body += '\n';
  }
  return body;
}

// Random bodies made of the pieces the fast reading must tell apart: words,
// numbers and list numbers, every mark that opens a block or a span, HTML
// tags simple and not, no-break spaces and tabs, indents of 0 to 6 spaces,
// blank lines with spaces, trailing spaces. Whenever the fast reading takes
// a body, md4c's reading must be the same; it must take a fair share.
TEST(ProseTest, RandomBodiesReadAsMd4cReadsThem) {
  // clang-format off
  static constexpr std::string_view kPieces[] = {
      "Rogers", "said", "the", "Q4", "1987", "32.9", "1.", "01.", "3)", "2)", "1987.", "12",
      "-", "*", "+", "#", ">", "=", "===", "---", ":--", "|", "`", "~", "_", "&amp;", "\\",
      "[x]", "!", "\"", "'", "(", ")", ".", ",", ":", "<ROG>", "<Texaco Inc>", "<a href=x>",
      "</b>", "<b/>", "<http://x.y>", "<x:y>", "<a.b@c.d>", "<p>", "<P>", "<h1>", "<Div x>",
      "<pre", "<Press Inc>", "<PREM>", "<!-- x -->", "<?x?>", "<A.H. Belo>", "<CAWL.L>",
      "<Airbus", "Industrie>", "<", "< 5", "<5", "<5,000>", "<=", "<b >", "<x-y a:b c.d>",
      "<Q _a>", "\xC2\xA0", "\xC3\xA9t\xC3\xA9", "\t", "^", "}", "< 3:1>", "<=a@b.c>",
      "<$5:1>", "<@a:b>", "<a=b>", "3:1>", "a@b.c>", "<United", "Corp>", "_x>", ":y>", "-z>",
      "--", "-x", "--- y"};
  // clang-format on
  std::mt19937 random(20261206);
  int taken = 0;
  constexpr int kBodies = 20000;
  // Reused from body to body, as a thread reuses them from document to
  // document: each reading starts afresh.
  ProseBlocks blocks, reused;
  for (int n = 0; n < kBodies; ++n) {
    const std::string body = RandomBody(kPieces, 3, &random);
    if (internal::PlainParagraphs(body, 0, &blocks)) {
      ++taken;
      ASSERT_EQ(Shown(body, blocks), Shown(body, Md4c(body))) << body;
    }
    MarkdownProse(body, 0, &reused);
    ASSERT_EQ(Shown(body, reused), Shown(body, Md4c(body)));
  }
  EXPECT_GT(taken, kBodies / 5);
  EXPECT_LT(taken, kBodies);
}

// The same for wire copy's own marks, which a Reuters story has more of
// than the pieces above give: tags over two lines ("<United Savings\nand
// Loan Corp>"), dashes glued to words ("-- the", "-a"), indented tables.
TEST(ProseTest, RandomWireBodiesReadAsMd4cReadsThem) {
  static constexpr std::string_view kPieces[] = {
      "said", "Loan", "and",   "<United", "<Airbus", "Corp>",    "Industrie>", "<ROG>",
      "_a",   ":b",   "c.d",   "x-y",     ">",       "<",        "/>",         "-",
      "--",   "-x",   "---",   "1.",      "#",       "1987",     "=",          "`",
      "<p",   "<pre", "</b",   "~",       "a@b",     "\xC2\xA0", "(H.K.)",     "Corp's>",
      "3>",   "'",    "\"x\"", "=y",      "a:b>"};
  std::mt19937 random(20261207);
  int taken = 0;
  constexpr int kBodies = 20000;
  ProseBlocks blocks;
  for (int n = 0; n < kBodies; ++n) {
    const std::string body = RandomBody(kPieces, 12, &random);
    if (internal::PlainParagraphs(body, 0, &blocks)) {
      ++taken;
      ASSERT_EQ(Shown(body, blocks), Shown(body, Md4c(body))) << body;
    }
  }
  EXPECT_GT(taken, kBodies / 10);
  EXPECT_LT(taken, kBodies);
}

}  // namespace
}  // namespace factcheck
