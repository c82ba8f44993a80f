// An article as its readers see it, in HTML: Markdown rendered (headings,
// emphasis, links, lists, quotes, code, tables) or plain text in paragraphs,
// with the flagged text wrapped in <mark> elements at exactly the bytes the
// findings name. Everything from the article is escaped; raw HTML in it is
// left out, and links keep only http, https and mailto targets.
#ifndef FACTCHECK_CORE_REPORT_ARTICLE_HTML_H_
#define FACTCHECK_CORE_REPORT_ARTICLE_HTML_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck {

// A stretch of the article to highlight.
struct Highlight {
  std::uint32_t begin;
  std::uint32_t end;
  int rank;               // Where two overlap, the higher rank is shown.
  std::string attributes;  // Written into the <mark> tag as they are (already escaped).
};

// Writes the body of the article `text` (from `body_offset`, after any front
// matter) as HTML to `out`.
void WriteArticleHtml(std::string_view text, std::size_t body_offset, bool markdown,
                      const std::vector<Highlight>& highlights, std::ostream& out);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_REPORT_ARTICLE_HTML_H_
