#include "base/utf8.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace factcheck {

std::optional<Utf8Problem> FindUtf8Problem(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    // ASCII fast path: the bulk of news text.
    if (bytes[i] < 0x80) {
      if (bytes[i] == 0) return Utf8Problem{static_cast<std::size_t>(i), true};
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return Utf8Problem{static_cast<std::size_t>(start), false};
  }
  return std::nullopt;
}

bool IsCodePointBoundary(std::string_view text, std::size_t offset) {
  if (offset == 0 || offset == text.size()) return true;
  if (offset > text.size()) return false;
  return !U8_IS_TRAIL(static_cast<uint8_t>(text[offset]));
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    line_starts_.push_back(i + 1);
  }
}

LineIndex::Position LineIndex::At(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<unsigned>(it - line_starts_.begin());
  const std::size_t start = line_starts_[line - 1];
  unsigned column = 1;
  for (std::size_t i = start; i < offset; ++i) {
    if (!U8_IS_TRAIL(static_cast<uint8_t>(text_[i]))) ++column;
  }
  return {line, column};
}

std::string_view LineIndex::Line(unsigned line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::size_t start = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  if (end > start && text_[end - 1] == '\r') --end;
  return text_.substr(start, end - start);
}

}  // namespace factcheck
