#include "document/prose.h"

#include <md4c.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "common/ascii_runs.h"

namespace factcheck {
namespace {

class MarkdownWalker {
 public:
  MarkdownWalker(std::string_view text, ProseBlocks* blocks) : text_(text), blocks_(blocks) {}

  int EnterBlock() {
    Flush();
    return 0;
  }
  int LeaveBlock() {
    Flush();
    return 0;
  }
  int EnterSpan(MD_SPANTYPE type) {
    switch (type) {
      case MD_SPAN_IMG:
      case MD_SPAN_LATEXMATH:
      case MD_SPAN_LATEXMATH_DISPLAY:
        ++skip_depth_;
        pending_break_ = true;
        break;
      case MD_SPAN_A:
        links_.push_back(LinkKind::kUnknown);
        break;
      default:
        break;
    }
    return 0;
  }
  int LeaveSpan(MD_SPANTYPE type) {
    switch (type) {
      case MD_SPAN_IMG:
      case MD_SPAN_LATEXMATH:
      case MD_SPAN_LATEXMATH_DISPLAY:
        --skip_depth_;
        pending_break_ = true;
        break;
      case MD_SPAN_A:
        if (!links_.empty()) links_.pop_back();
        break;
      default:
        break;
    }
    return 0;
  }
  int Text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size) {
    if (type != MD_TEXT_NORMAL && type != MD_TEXT_ENTITY) {
      // Line breaks, code, raw HTML, NUL replacements: a gap in the prose.
      pending_break_ = true;
      return 0;
    }
    // An autolink (<https://...>) shows its target as its text: not prose.
    if (!links_.empty() && links_.back() == LinkKind::kUnknown) {
      links_.back() = data > text_.data() && data[-1] == '<' ? LinkKind::kAuto : LinkKind::kText;
    }
    const bool in_autolink = !links_.empty() && links_.back() == LinkKind::kAuto;
    if (skip_depth_ > 0 || in_autolink) {
      pending_break_ = true;
      return 0;
    }
    // md4c hands out pointers into the input for normal text and entities;
    // anything else cannot be placed in the file and is left out.
    if (data < text_.data() || data + size > text_.data() + text_.size()) {
      pending_break_ = true;
      return 0;
    }
    const auto begin = static_cast<std::uint32_t>(data - text_.data());
    const auto end = static_cast<std::uint32_t>(begin + size);
    ProsePiece* last = blocks_->LastOpen();
    if (last != nullptr && !pending_break_ && last->end == begin) {
      last->end = end;
    } else {
      blocks_->Add({begin, end, pending_break_ && last != nullptr});
    }
    pending_break_ = false;
    return 0;
  }

  void Flush() {
    blocks_->EndBlock();
    pending_break_ = false;
  }

 private:
  std::string_view text_;
  ProseBlocks* blocks_;
  bool pending_break_ = false;
  int skip_depth_ = 0;
  // Per open link, whether its text is prose or its own target (decided at
  // its first text: an autolink's text follows a '<').
  enum class LinkKind { kUnknown, kText, kAuto };
  std::vector<LinkKind> links_;
};

MarkdownWalker* Walker(void* userdata) { return static_cast<MarkdownWalker*>(userdata); }

bool EndsWithClosingPunctuation(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.empty()) return false;
  static constexpr std::string_view kClosers = ".!?:;,\"')]";
  if (kClosers.find(line.back()) != std::string_view::npos) return true;
  // Closing curly quotes and the ellipsis, in UTF-8.
  return line.ends_with("\xE2\x80\x9D") || line.ends_with("\xE2\x80\x99") ||
         line.ends_with("\xE2\x80\xA6");
}

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// What a byte is to PlainParagraphs: text, inline markup or a control
// character it leaves to md4c, or the '<' of a possible HTML tag.
enum class PlainByte : std::uint8_t { kText, kMarkup, kAngle };

constexpr std::array<PlainByte, 256> kPlainBytes = [] {
  std::array<PlainByte, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = PlainByte::kMarkup;  // Tabs, CR, NUL...
  for (unsigned char c : std::string_view("\\`*_[]&~|\x7F")) table[c] = PlainByte::kMarkup;
  table['<'] = PlainByte::kAngle;
  return table;
}();

// The byte ranges the sixteen-byte test below flags, among them every byte
// that is not text to kPlainBytes (and a few text bytes, '^' and '}',
// which the table then passes).
struct ByteRange {
  unsigned char low;
  unsigned char high;
};
constexpr ByteRange kMaybeMarkup[] = {{0x00, 0x1F}, {'[', '`'}, {'|', 0x7F},
                                      {'&', '&'},   {'*', '*'}, {'<', '<'}};

constexpr bool FlagsEveryMarkupByte() {
  for (int c = 0; c < 256; ++c) {
    bool flagged = false;
    for (const ByteRange& range : kMaybeMarkup) flagged |= c >= range.low && c <= range.high;
    if (kPlainBytes[c] != PlainByte::kText && !flagged) return false;
  }
  return true;
}
static_assert(FlagsEveryMarkupByte(), "the sixteen-byte test must flag every byte the table does");

#if defined(__SSE2__)
// Bit k set where byte k of the sixteen at `bytes` is in kMaybeMarkup.
unsigned MaybeMarkup16(const char* bytes) {
  const __m128i chunk = text::internal::Load16(bytes);
  __m128i hits = _mm_setzero_si128();
  for (const ByteRange& range : kMaybeMarkup) {
    // (byte - low) <= (high - low) as unsigned bytes.
    const __m128i from_low = _mm_sub_epi8(chunk, _mm_set1_epi8(static_cast<char>(range.low)));
    const __m128i over =
        _mm_subs_epu8(from_low, _mm_set1_epi8(static_cast<char>(range.high - range.low)));
    hits = _mm_or_si128(hits, _mm_cmpeq_epi8(over, _mm_setzero_si128()));
  }
  return static_cast<unsigned>(_mm_movemask_epi8(hits));
}
#endif

using text::IsAsciiDigit;
using text::IsAsciiLetter;

// Where the line from `pos` ends: its '\n', or the text's end.
std::size_t LineEnd(std::string_view text, std::size_t pos) {
  const void* newline = std::memchr(text.data() + pos, '\n', text.size() - pos);
  return newline == nullptr ? text.size() : static_cast<const char*>(newline) - text.data();
}

bool IsTagNameByte(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '-'; }
bool IsAttributeStart(char c) { return IsAsciiLetter(c) || c == '_' || c == ':'; }
bool IsAttributeNameByte(char c) { return IsTagNameByte(c) || c == '_' || c == '.' || c == ':'; }

// What md4c makes of a '<' in a paragraph.
enum class Angle {
  kTag,      // A simple HTML tag, raw HTML: "<ROG>", "<Texaco Inc>".
  kText,     // A literal '<': "<CAWL.L>", "< 5" open neither a tag nor an autolink.
  kOpen,     // A simple tag the line ends in, where its line break may go on with it
             // (after its name, an attribute's or a space): "<Airbus\nIndustrie>".
  kUnknown,  // Anything else: a tag with values, a comment, an autolink...
};

// Whether an autolink may start at the '<' at `at`. md4c's is any ASCII
// byte, then a scheme up to a ':' ("< 3:1>" is one), or an e-mail's name
// up to an '@'; either runs to a '>' with no space or '<' between.
bool MayBeAutolink(std::string_view text, std::size_t at, std::size_t end) {
  bool colon_or_at = false;
  std::size_t k = at + 2;
  for (; k < end && text[k] != ' ' && text[k] != '<' && text[k] != '>'; ++k) {
    colon_or_at = colon_or_at || text[k] == ':' || text[k] == '@';
  }
  return colon_or_at && k < end && text[k] == '>';
}

// What AttributesEnd finds besides a '>' or the line's end: a tag it does
// not read (attribute values, a self-closing slash, white space other
// than spaces), left to md4c; or a byte no tag may hold there ("<European
// Sugar (France)>"), so that its '<' is text.
constexpr std::size_t kOtherTag = std::string_view::npos;
constexpr std::size_t kNoTag = std::string_view::npos - 1;

// A byte after an attribute's name, or where the next one starts, that
// may go on with a tag in a way AttributesEnd does not read.
bool MayGoOnTag(char c) { return c == '=' || c == '/' || (c >= '\t' && c <= '\r'); }

// Where the '>' is that ends a simple tag's attribute names from `k` (at a
// space or the '>'), spaces between them, in a line ending at `end`: `end`
// when the line ends first; else kOtherTag or kNoTag.
std::size_t AttributesEnd(std::string_view text, std::size_t k, std::size_t end) {
  while (k < end && text[k] != '>') {
    if (text[k] != ' ') return MayGoOnTag(text[k]) ? kOtherTag : kNoTag;
    while (k < end && text[k] == ' ') ++k;
    if (k >= end || text[k] == '>') break;
    if (!IsAttributeStart(text[k])) return MayGoOnTag(text[k]) ? kOtherTag : kNoTag;
    while (k < end && IsAttributeNameByte(text[k])) ++k;
  }
  return k;
}

// The '<' at `at` of a line ending at `end`, and a tag's length. A simple
// tag is a tag name and attribute names without values, spaces between.
Angle AngleAt(std::string_view text, std::size_t at, std::size_t end, std::size_t* length) {
  const auto text_unless_autolink = [&] {
    return MayBeAutolink(text, at, end) ? Angle::kUnknown : Angle::kText;
  };
  std::size_t k = at + 1;
  // Only a letter opens a tag; '/', '!' and '?' open closing tags,
  // comments and the like.
  if (k >= end || text[k] == '/' || text[k] == '!' || text[k] == '?') return Angle::kUnknown;
  if (!IsAsciiLetter(text[k])) return text_unless_autolink();
  while (k < end && IsTagNameByte(text[k])) ++k;
  if (k < end && text[k] != ' ' && text[k] != '>' && text[k] != '/') return text_unless_autolink();
  k = AttributesEnd(text, k, end);
  if (k == kOtherTag) return Angle::kUnknown;
  if (k == kNoTag) return text_unless_autolink();
  if (k >= end) return Angle::kOpen;
  *length = k + 1 - at;
  return Angle::kTag;
}

// Whether md4c may start an HTML block at a line that opens with the '<'
// at `at`, even inside a paragraph: "<pre", "<script", "<style" and
// "<textarea" by their first letters, CommonMark's block-level tags (of
// any version) by their whole name, comments and the like. (A tag alone on
// its line starts one too, but not inside a paragraph.)
bool MayOpenHtmlBlock(std::string_view text, std::size_t at, std::size_t end) {
  static constexpr std::string_view kPrefixes[] = {"script", "pre", "style", "textarea"};
  static constexpr std::string_view kNames[] = {
      "address", "article", "aside",    "base",     "basefont", "blockquote", "body",
      "caption", "center",  "col",      "colgroup", "dd",       "details",    "dialog",
      "dir",     "div",     "dl",       "dt",       "fieldset", "figcaption", "figure",
      "footer",  "form",    "frame",    "frameset", "h1",       "h2",         "h3",
      "h4",      "h5",      "h6",       "head",     "header",   "hr",         "html",
      "iframe",  "legend",  "li",       "link",     "main",     "menu",       "menuitem",
      "meta",    "nav",     "noframes", "ol",       "optgroup", "option",     "p",
      "param",   "search",  "section",  "source",   "summary",  "table",      "tbody",
      "td",      "tfoot",   "th",       "thead",    "title",    "tr",         "track",
      "ul"};
  std::size_t k = at + 1;
  if (k < end && text[k] == '/') ++k;
  std::string name;
  while (k < end && (IsAsciiLetter(text[k]) || IsAsciiDigit(text[k])) && name.size() < 16) {
    name += static_cast<char>(text[k++] | 0x20);
  }
  if (name.empty()) return true;
  for (std::string_view prefix : kPrefixes) {
    if (name.starts_with(prefix)) return true;
  }
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

// Whether a line whose text starts with the '-' at `begin` is text: a
// dash glued to what follows ("--the first", "-- in contrast", "-a") is
// no list item (its '-' is followed by no space), and a line with
// something besides dashes and spaces is no thematic break nor a setext
// heading's underline.
bool DashText(std::string_view text, std::size_t begin, std::size_t line_end) {
  if (begin + 1 >= line_end || text[begin + 1] == ' ') return false;
  for (std::size_t k = begin + 1; k < line_end; ++k) {
    if (text[k] != '-' && text[k] != ' ') return true;
  }
  return false;
}

// Whether md4c reads the line whose text starts at `begin` as a
// paragraph's text, `continues` saying whether it would continue one. A
// line indented four spaces or more continues one, unless it starts an
// HTML block (md4c finds those at any indent). A line indented less starts
// with a letter, a byte of a multi-byte character, a mark that opens no
// block, a '<' that opens no HTML block, or a digit that is no list item's
// number ("1987." or "3)" followed by a space or the line's end; inside a
// paragraph only a list that counts from 1 may start).
bool PlainLineStart(std::string_view text, std::size_t begin, std::size_t line_end, bool indented,
                    bool continues) {
  const char c = text[begin];
  if (c == '<') {
    if (MayOpenHtmlBlock(text, begin, line_end)) return false;
    std::size_t length = 0;
    const Angle angle = AngleAt(text, begin, line_end, &length);
    if (angle == Angle::kUnknown) return false;
    // A tag the line ends inside is no whole tag alone on its line, which
    // would open an HTML block.
    return continues || angle == Angle::kText || angle == Angle::kOpen ||
           text.find_first_not_of(' ', begin + length) < line_end;
  }
  if (indented || IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80) return true;
  if (IsAsciiDigit(c)) {
    std::size_t k = begin;
    std::uint64_t number = 0;
    while (k < line_end && IsAsciiDigit(text[k]) && k - begin < 18) {
      number = number * 10 + static_cast<std::uint64_t>(text[k++] - '0');
    }
    const bool list_mark = k < line_end && (text[k] == '.' || text[k] == ')') &&
                           (k + 1 == line_end || text[k + 1] == ' ');
    return !list_mark || (continues && number != 1);
  }
  if (c == '-') return DashText(text, begin, line_end);
  return std::string_view("\"'(),.;?/%$@^{}!").find(c) != std::string_view::npos;
}

// Where the indented code block whose first line starts at `line` ends:
// the first line after it that holds text indented fewer than four spaces,
// or the text's end; the blank lines before that line are none of the
// code's, and no prose either way. 0 when md4c may read a line of it
// otherwise: one that opens with a '<', a backquote or a tilde (md4c
// starts an HTML block or a fence at any indent), or one with a control
// byte (a tab counts to the next tab stop; a CR ends a line).
std::size_t IndentedCodeEnd(std::string_view text, std::size_t line) {
  while (line < text.size()) {
    const std::size_t line_end = LineEnd(text, line);
    std::size_t begin = line;
    while (begin < line_end && text[begin] == ' ') ++begin;
    if (begin < line_end && begin - line < 4) return line;
    if (begin < line_end && (text[begin] == '<' || text[begin] == '`' || text[begin] == '~')) {
      return 0;
    }
    for (std::size_t k = begin; k < line_end; ++k) {
      if (static_cast<unsigned char>(text[k]) < 0x20 || text[k] == '\x7F') return 0;
    }
    line = line_end + 1;
  }
  return text.size();
}

// Hands the walker the text of a paragraph's line [begin, end) as md4c
// would: its runs of text and its simple tags as raw HTML. `tag_open` says
// a tag the line before ended in goes on here (its attribute names, then
// its '>'), and is set when this line ends in one (Angle::kOpen). False
// when the line has markup, or a tag that goes on past it does not end on
// it.
bool PlainLineText(std::string_view text, std::size_t begin, std::size_t end,
                   MarkdownWalker* walker, bool* tag_open) {
  std::size_t run = begin;
  if (*tag_open) {
    // The line break was the tag's space: an attribute's name follows it.
    if (begin >= end || !IsAttributeStart(text[begin])) return false;
    std::size_t k = begin;
    while (k < end && IsAttributeNameByte(text[k])) ++k;
    const std::size_t close = AttributesEnd(text, k, end);
    // Past this line, or no tag after all: its '<' was text.
    if (close >= end) return false;
    walker->Text(MD_TEXT_HTML, text.data() + begin, static_cast<MD_SIZE>(close + 1 - begin));
    run = close + 1;
    *tag_open = false;
  }
  for (std::size_t k = run; k < end;) {
#if defined(__SSE2__)
    // Sixteen bytes of text at a time; the line's newline stops it.
    if (k + 16 <= text.size()) {
      const unsigned maybe = MaybeMarkup16(text.data() + k);
      if (maybe == 0) {
        k += 16;
        continue;
      }
      k += static_cast<std::size_t>(__builtin_ctz(maybe));
      if (k >= end) break;
    }
#endif
    const PlainByte kind = kPlainBytes[static_cast<unsigned char>(text[k])];
    if (kind == PlainByte::kText) {
      ++k;
      continue;
    }
    if (kind == PlainByte::kMarkup) return false;
    std::size_t tag = 0;
    const Angle angle = AngleAt(text, k, end, &tag);
    if (angle == Angle::kUnknown) return false;
    if (angle == Angle::kText) {
      ++k;
      continue;
    }
    if (k > run) walker->Text(MD_TEXT_NORMAL, text.data() + run, static_cast<MD_SIZE>(k - run));
    if (angle == Angle::kOpen) {
      walker->Text(MD_TEXT_HTML, text.data() + k, static_cast<MD_SIZE>(end - k));
      *tag_open = true;
      return true;
    }
    walker->Text(MD_TEXT_HTML, text.data() + k, static_cast<MD_SIZE>(tag));
    k += tag;
    run = k;
  }
  if (end > run) walker->Text(MD_TEXT_NORMAL, text.data() + run, static_cast<MD_SIZE>(end - run));
  return true;
}

}  // namespace

namespace internal {

void Md4cProse(std::string_view text, std::size_t body_offset, ProseBlocks* out) {
  out->clear();
  if (body_offset >= text.size()) return;
  MarkdownWalker walker(text, out);
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
  parser.enter_block = [](MD_BLOCKTYPE, void*, void* u) { return Walker(u)->EnterBlock(); };
  parser.leave_block = [](MD_BLOCKTYPE, void*, void* u) { return Walker(u)->LeaveBlock(); };
  parser.enter_span = [](MD_SPANTYPE type, void*, void* u) { return Walker(u)->EnterSpan(type); };
  parser.leave_span = [](MD_SPANTYPE type, void*, void* u) { return Walker(u)->LeaveSpan(type); };
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size, void* u) {
    return Walker(u)->Text(type, data, size);
  };
  md_parse(text.data() + body_offset, static_cast<MD_SIZE>(text.size() - body_offset), &parser,
           &walker);
  walker.Flush();
}

bool PlainParagraphs(std::string_view text, std::size_t body_offset, ProseBlocks* blocks) {
  blocks->clear();
  MarkdownWalker walker(text, blocks);
  bool in_paragraph = false;
  bool tag_open = false;  // The last line ended inside a tag.
  for (std::size_t line = body_offset; line < text.size();) {
    const std::size_t line_end = LineEnd(text, line);
    const std::size_t next_line = line_end + 1;
    std::size_t begin = line;
    while (begin < line_end && text[begin] == ' ') ++begin;
    if (begin == line_end) {       // A blank line ends the paragraph.
      if (tag_open) return false;  // Its '<' was text after all.
      if (in_paragraph) walker.LeaveBlock();
      in_paragraph = false;
      line = next_line;
      continue;
    }
    // Indented four spaces or more, a paragraph's first line is code.
    const bool indented = begin - line >= 4;
    if (indented && !in_paragraph) {
      line = IndentedCodeEnd(text, line);
      if (line == 0) return false;
      // md4c's code block: a block whose text is a gap, no prose.
      walker.EnterBlock();
      walker.LeaveBlock();
      continue;
    }
    if (!PlainLineStart(text, begin, line_end, indented, in_paragraph)) return false;
    std::size_t end = line_end;  // Trailing spaces are not text.
    while (text[end - 1] == ' ') --end;
    if (in_paragraph) {
      walker.Text(MD_TEXT_SOFTBR, "\n", 1);
    } else {
      walker.EnterBlock();
      in_paragraph = true;
    }
    if (!PlainLineText(text, begin, end, &walker, &tag_open)) return false;
    line = next_line;
  }
  if (tag_open) return false;
  if (in_paragraph) walker.LeaveBlock();
  return true;
}

}  // namespace internal

void MarkdownProse(std::string_view text, std::size_t body_offset, ProseBlocks* out) {
  if (!internal::PlainParagraphs(text, body_offset, out))
    internal::Md4cProse(text, body_offset, out);
}

void PlainTextProse(std::string_view text, std::size_t body_offset, ProseBlocks* out) {
  struct Line {
    std::uint32_t begin;
    std::uint32_t end;  // Without the line break.
  };
  std::vector<Line> lines;
  std::size_t longest = 0;
  for (std::size_t pos = body_offset; pos < text.size();) {
    std::size_t end = text.find('\n', pos);
    std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos) end = text.size();
    if (end > pos && text[end - 1] == '\r') --end;
    lines.push_back({static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)});
    longest = std::max(longest, end - pos);
    pos = next;
  }
  const bool line_per_paragraph = longest > 100;
  auto line_text = [&](std::size_t i) {
    return text.substr(lines[i].begin, lines[i].end - lines[i].begin);
  };
  // A wrapped line ends because the next word did not fit; a heading line
  // ends far short of the wrap width even with the next word added.
  auto is_heading = [&](std::size_t i) {
    std::string_view line = line_text(i);
    if (line.size() > 60 || EndsWithClosingPunctuation(line)) return false;
    if (i + 1 >= lines.size()) return true;
    std::string_view next = line_text(i + 1);
    const std::size_t first_word = std::min(next.find(' '), next.size());
    return (line.size() + 1 + first_word) * 4 < longest * 3;
  };

  out->clear();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (IsBlank(line_text(i))) {
      out->EndBlock();
      continue;
    }
    const bool opening = out->LastOpen() == nullptr;
    const bool heading = opening && is_heading(i);
    out->Add({lines[i].begin, lines[i].end, !opening});
    if (line_per_paragraph || heading) out->EndBlock();
  }
  out->EndBlock();
}

}  // namespace factcheck
