#include "report/article_html.h"

#include <md4c.h>

#include <algorithm>
#include <set>
#include <utility>

#include "report/escape.h"

namespace factcheck {
namespace {

// The article cut at every highlight edge; each piece knows the highlight
// shown on it (the highest rank covering it), or none.
class HighlightMap {
 public:
  explicit HighlightMap(const std::vector<Highlight>& highlights) : highlights_(highlights) {
    std::vector<std::pair<std::uint32_t, int>> edges;  // (offset, +index+1 or -(index+1)).
    for (int i = 0; i < static_cast<int>(highlights.size()); ++i) {
      if (highlights[i].begin >= highlights[i].end) continue;
      edges.emplace_back(highlights[i].begin, i + 1);
      edges.emplace_back(highlights[i].end, -(i + 1));
    }
    std::sort(edges.begin(), edges.end());
    std::set<std::pair<int, int>> active;  // (rank, -index): the last is shown.
    for (std::size_t e = 0; e < edges.size();) {
      const std::uint32_t at = edges[e].first;
      for (; e < edges.size() && edges[e].first == at; ++e) {
        const int index = std::abs(edges[e].second) - 1;
        const std::pair<int, int> key{highlights[index].rank, -index};
        if (edges[e].second > 0) {
          active.insert(key);
        } else {
          active.erase(key);
        }
      }
      cuts_.push_back(at);
      shown_.push_back(active.empty() ? -1 : -active.rbegin()->second);
    }
  }

  // Writes text[begin, end) escaped, with marks where highlights cover it.
  void Write(std::string_view text, std::uint32_t begin, std::uint32_t end,
             std::ostream& out) const {
    while (begin < end) {
      // The piece of the map that holds `begin`.
      const auto it = std::upper_bound(cuts_.begin(), cuts_.end(), begin);
      const int shown = it == cuts_.begin() ? -1 : shown_[it - cuts_.begin() - 1];
      const std::uint32_t stop = it == cuts_.end() ? end : std::min(end, *it);
      const std::string piece = HtmlEscape(text.substr(begin, stop - begin));
      if (shown < 0) {
        out << piece;
      } else {
        out << "<mark " << highlights_[shown].attributes << ">" << piece << "</mark>";
      }
      begin = stop;
    }
  }

 private:
  const std::vector<Highlight>& highlights_;
  std::vector<std::uint32_t> cuts_;
  std::vector<int> shown_;
};

// Links keep only targets that cannot run script.
bool SafeLink(std::string_view href) {
  return href.starts_with("http://") || href.starts_with("https://") ||
         href.starts_with("mailto:");
}

class MarkdownRenderer {
 public:
  MarkdownRenderer(std::string_view text, const HighlightMap& map, std::ostream& out)
      : text_(text), map_(map), out_(out) {}

  void Render(std::size_t body_offset) {
    MD_PARSER parser{};
    // Raw HTML arrives as blocks and text of type HTML, which are skipped.
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
      return static_cast<MarkdownRenderer*>(self)->Block(type, detail, true);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
      return static_cast<MarkdownRenderer*>(self)->Block(type, detail, false);
    };
    parser.enter_span = [](MD_SPANTYPE type, void* detail, void* self) {
      return static_cast<MarkdownRenderer*>(self)->Span(type, detail, true);
    };
    parser.leave_span = [](MD_SPANTYPE type, void* detail, void* self) {
      return static_cast<MarkdownRenderer*>(self)->Span(type, detail, false);
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size, void* self) {
      return static_cast<MarkdownRenderer*>(self)->Text(type, data, size);
    };
    md_parse(text_.data() + body_offset, static_cast<MD_SIZE>(text_.size() - body_offset), &parser,
             this);
  }

 private:
  int Block(MD_BLOCKTYPE type, void* detail, bool enter) {
    const char* slash = enter ? "<" : "</";
    switch (type) {
      case MD_BLOCK_QUOTE:
        out_ << slash << "blockquote>";
        break;
      case MD_BLOCK_UL:
        out_ << slash << "ul>";
        break;
      case MD_BLOCK_OL:
        out_ << slash << "ol>";
        break;
      case MD_BLOCK_LI:
        out_ << slash << "li>";
        break;
      case MD_BLOCK_HR:
        if (enter) out_ << "<hr>";
        break;
      case MD_BLOCK_H: {
        // The report's own headings come first: an article's h1 is an h3.
        const unsigned level = std::min(6u, static_cast<MD_BLOCK_H_DETAIL*>(detail)->level + 2);
        out_ << slash << "h" << level << ">";
        break;
      }
      case MD_BLOCK_CODE:
        out_ << (enter ? "<pre><code>" : "</code></pre>");
        break;
      case MD_BLOCK_P:
        out_ << slash << "p>";
        break;
      case MD_BLOCK_TABLE:
        out_ << slash << "table>";
        break;
      case MD_BLOCK_THEAD:
        out_ << slash << "thead>";
        break;
      case MD_BLOCK_TBODY:
        out_ << slash << "tbody>";
        break;
      case MD_BLOCK_TR:
        out_ << slash << "tr>";
        break;
      case MD_BLOCK_TH:
        out_ << slash << "th>";
        break;
      case MD_BLOCK_TD:
        out_ << slash << "td>";
        break;
      default:  // The document itself and raw HTML blocks add nothing.
        break;
    }
    return 0;
  }

  int Span(MD_SPANTYPE type, void* detail, bool enter) {
    const char* slash = enter ? "<" : "</";
    switch (type) {
      case MD_SPAN_EM:
        out_ << slash << "em>";
        break;
      case MD_SPAN_STRONG:
        out_ << slash << "strong>";
        break;
      case MD_SPAN_CODE:
        out_ << slash << "code>";
        break;
      case MD_SPAN_DEL:
        out_ << slash << "del>";
        break;
      case MD_SPAN_U:
        out_ << slash << "u>";
        break;
      case MD_SPAN_A:
        if (enter) {
          const MD_ATTRIBUTE& href = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
          const std::string_view target(href.text, href.size);
          out_ << (SafeLink(target) ? "<a rel=\"noopener noreferrer\" href=\"" +
                                          HtmlEscape(target) + "\">"
                                    : std::string("<a>"));
        } else {
          out_ << "</a>";
        }
        break;
      case MD_SPAN_IMG:  // Its alt text follows as text; the image is not fetched.
        out_ << (enter ? "<span class=\"image\">[" : "]</span>");
        break;
      default:
        break;
    }
    return 0;
  }

  int Text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size) {
    switch (type) {
      case MD_TEXT_BR:
        out_ << "<br>";
        return 0;
      case MD_TEXT_SOFTBR:
        out_ << "\n";
        return 0;
      case MD_TEXT_NULLCHAR:
        out_ << "\xEF\xBF\xBD";
        return 0;
      case MD_TEXT_HTML:  // Raw HTML (comments, tags) is left out.
        return 0;
      case MD_TEXT_ENTITY:
        // The entity as written (&amp;, &#8217;): HTML reads it the same way.
        out_ << std::string_view(data, size);
        return 0;
      default:
        break;
    }
    // Text that is the article's own bytes carries its highlights.
    if (data >= text_.data() && data + size <= text_.data() + text_.size()) {
      const auto begin = static_cast<std::uint32_t>(data - text_.data());
      map_.Write(text_, begin, begin + size, out_);
    } else {
      out_ << HtmlEscape(std::string_view(data, size));
    }
    return 0;
  }

  std::string_view text_;
  const HighlightMap& map_;
  std::ostream& out_;
};

// Plain text: paragraphs at blank lines, line breaks kept.
void WritePlainText(std::string_view text, std::size_t body_offset, const HighlightMap& map,
                    std::ostream& out) {
  std::size_t at = body_offset;
  while (at < text.size()) {
    std::size_t end = text.find("\n\n", at);
    if (end == std::string_view::npos) end = text.size();
    const auto first = text.find_first_not_of("\r\n", at);
    if (first != std::string_view::npos && first < end) {
      out << "<p class=\"plain\">";
      map.Write(text, static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(end), out);
      out << "</p>";
    }
    at = end + 2;
  }
}

}  // namespace

void WriteArticleHtml(std::string_view text, std::size_t body_offset, bool markdown,
                      const std::vector<Highlight>& highlights, std::ostream& out) {
  const HighlightMap map(highlights);
  body_offset = std::min(body_offset, text.size());
  if (markdown) {
    MarkdownRenderer(text, map, out).Render(body_offset);
  } else {
    WritePlainText(text, body_offset, map, out);
  }
}

}  // namespace factcheck
