#include "plugin_test/edge_cases.h"

namespace factcheck {
namespace {

// One paragraph of ordinary news prose with what checkers look for: figures
// and percentages, dates absolute and relative, titles and names, "first
// since" claims, quotes and abbreviations. `n` varies the numbers.
std::string NewsParagraph(int n) {
  const std::string i = std::to_string(n);
  const std::string year = std::to_string(1990 + n % 34);
  return "On Tuesday, March " + std::to_string(1 + n % 28) + ", " + year +
         ", former Prime Minister Jane Example told reporters that exports rose " +
         std::to_string(n % 97) +
         "% in the year to June. Sales fell 3.5 per cent, "
         "according to the ministry, while the U.S. Treasury said prices were up " +
         i +
         " percent. It was the first such rise in a decade and the largest since 2010. "
         "\"We have not seen this since the 1990s,\" said Dr. A. N. Other, aged " +
         std::to_string(20 + n % 60) +
         ". Two weeks ago the minister resigned; last "
         "Tuesday her successor took office.\n\n";
}

std::string Huge() {
  constexpr std::size_t kBytes = 1 << 20;
  std::string text = "---\ntitle: A very long article\ndate: 2023-06-15\n---\n# Figures\n\n";
  for (int n = 0; text.size() < kBytes; ++n) text += NewsParagraph(n);
  return text;
}

const char kNonAscii[] =
    "---\ntitle: Ünïcödé\ndate: 2023-06-15\n---\n"
    "# Zürich’s cafés: prices up 7%\n\n"
    "In Zürich, café prices — „noch nie“ so hoch — rose 6.5% in a year, said Łukasz Żółć.\n\n"
    "Η ανεργία στην Αθήνα μειώθηκε κατά 2 % το 2023. Безработица в Москве выросла на 3%.\n\n"
    "東京の物価は前年比で4%上昇した。北京的房价下降了5%。서울의 물가는 6% 올랐다.\n\n"
    "ارتفعت الأسعار بنسبة 8% في القاهرة. המחירים בתל אביב עלו ב-9%.\n\n"
    "📈 Shares in Société Générale jumped 15 per cent on Monday 🎉; 👩‍👩‍👧 families "
    "paid "
    "10\u00a0% more and 11\u202f% less.\n\n"
    "Combining marks: Ame\u0301lie and Zoe\u0308 earned 12% more. Zero\u200bwidth and "
    "soft\u00adhyphen, then a last sentence ending in an emoji 🙂\n";

const char kNoSentences[] =
    "---\ntitle: Nothing to check\ndate: 2023-06-15\nsummary: Exports rose 40% in 2023.\n---\n"
    "```\nExports rose 40% in 2023, said former Prime Minister Jane Example.\n```\n\n"
    "<!-- Exports rose 40% in 2023 (a comment, not prose). -->\n\n"
    "    indented code: prices fell 5 per cent on March 3, 2021\n\n"
    "---\n\n"
    "<div>\nRaw HTML block: 12% in 1999.\n</div>\n";

const char kMarkdownCode[] =
    "---\ntitle: Markdown around everything\ndate: 2023-06-15\n---\n"
    "# Heading with `code` and 40%\n\n"
    "Set `threshold: 40%` and pass `--since 2010` to the tool; sales rose **40%** in _May_.\n\n"
    "Turnout was up [12 percent](https://example.org/up-50%) on 2019, said the *former* "
    "minister.\n\n"
    "```python\nprint('prices rose 40% since 2010')\n```\n\n"
    "    indented code: the first rise in a decade\n\n"
    "- Bus fares rose 10% on **Monday, March 6, 2023**.\n"
    "  1. Nested: rail fares rose 4% two weeks ago.\n\n"
    "> Quoted: \"the largest since 2010\", said Jane Example.\n\n"
    "| year | change |\n| --- | --- |\n| 2022 | 3% |\n| 2023 | 5% |\n\n"
    "<span>Inline HTML</span> around a figure: 7% <br> and an image ![chart 9%](c.png).\n\n"
    "Line one ends with two spaces  \nand continues after a hard break with 8%.\n";

const char kCrlf[] =
    "Exports rose 40% in 2023.\r\nFormer Prime Minister Jane Example said so on "
    "Tuesday, March 7, 2023.\r\n\r\nIt was the first rise in a decade.\r\n";

}  // namespace

std::vector<EdgeCase> EdgeCases() {
  return {
      {"empty.md", "an empty file", ""},
      {"huge.md", "1 MiB of prose", Huge()},
      {"non-ascii.md", "non-ASCII text", kNonAscii},
      {"no-sentences.md", "no sentences", kNoSentences},
      {"markdown-code.md", "Markdown with code", kMarkdownCode},
      {"crlf.txt", "plain text with CRLF line ends", kCrlf},
  };
}

}  // namespace factcheck
