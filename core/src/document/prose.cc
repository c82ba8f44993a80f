#include "document/prose.h"

#include <md4c.h>

#include <algorithm>

namespace factcheck {
namespace {

class MarkdownWalker {
 public:
  MarkdownWalker(std::string_view text, std::vector<ProseBlock>* blocks)
      : text_(text), blocks_(blocks) {}

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
    if (!current_.empty() && !pending_break_ && current_.back().end == begin) {
      current_.back().end = end;
    } else {
      current_.push_back({begin, end, pending_break_ && !current_.empty()});
    }
    pending_break_ = false;
    return 0;
  }

  void Flush() {
    if (!current_.empty()) blocks_->push_back(std::move(current_));
    current_.clear();
    pending_break_ = false;
  }

 private:
  std::string_view text_;
  std::vector<ProseBlock>* blocks_;
  ProseBlock current_;
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

}  // namespace

std::vector<ProseBlock> MarkdownProse(std::string_view text, std::size_t body_offset) {
  std::vector<ProseBlock> blocks;
  if (body_offset >= text.size()) return blocks;
  MarkdownWalker walker(text, &blocks);
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
  return blocks;
}

std::vector<ProseBlock> PlainTextProse(std::string_view text, std::size_t body_offset) {
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

  std::vector<ProseBlock> blocks;
  ProseBlock current;
  auto flush = [&] {
    if (!current.empty()) blocks.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (IsBlank(line_text(i))) {
      flush();
      continue;
    }
    const bool heading = current.empty() && is_heading(i);
    current.push_back({lines[i].begin, lines[i].end, !current.empty()});
    if (line_per_paragraph || heading) flush();
  }
  flush();
  return blocks;
}

}  // namespace factcheck
