#include "base/utf8.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factcheck {

std::optional<Utf8Problem> FindUtf8Problem(std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    bool stopped = false;  // At a byte the loops below would stop at too.
#if defined(__SSE2__)
    // Sixteen bytes of ASCII without NUL at a time, the bulk of news text:
    // a byte over 0x7F has its top bit set, a NUL equals zero.
    while (i + 16 <= length) {
      const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
      const int stop =
          _mm_movemask_epi8(_mm_or_si128(chunk, _mm_cmpeq_epi8(chunk, _mm_setzero_si128())));
      if (stop != 0) {
        i += std::countr_zero(static_cast<unsigned>(stop));
        stopped = true;
        break;
      }
      i += 16;
    }
#endif
    // The same eight at a time, for the rest.
    constexpr std::uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
    while (!stopped && i + 8 <= length) {
      std::uint64_t word;
      std::memcpy(&word, bytes + i, sizeof word);
      if ((word & kHigh) != 0 || ((word - kOnes) & ~word & kHigh) != 0) break;
      i += 8;
    }
    if (i >= length) break;
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

std::string EscapeInvalidUtf8(std::string_view text) {
  std::string out;
  EscapeInvalidUtf8(text, &out);
  return out;
}

void EscapeInvalidUtf8(std::string_view text, std::string* out) {
  // Nearly every path and message is valid UTF-8: copied whole.
  if (!FindUtf8Problem(text)) {
    out->assign(text);
    return;
  }
  static const char* kHex = "0123456789ABCDEF";
  out->clear();
  out->reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0) {
      out->append(text.substr(start, i - start));
      continue;
    }
    for (int32_t k = start; k < i; ++k) {
      *out += "\\x";
      out->push_back(kHex[bytes[k] >> 4]);
      out->push_back(kHex[bytes[k] & 15]);
    }
  }
}

std::string ForTerminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\t') {
      out.push_back(' ');
    } else if (c < 0x20 || c == 0x7F) {
      out.push_back('?');
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      out.push_back('?');  // A C1 control character, such as the 8-bit CSI.
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::size_t OffsetOfColumn(std::string_view line, unsigned column) {
  unsigned at = 1;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (U8_IS_TRAIL(static_cast<uint8_t>(line[i]))) continue;
    if (at >= column) return i;
    ++at;
  }
  return line.size();
}

bool IsCodePointBoundary(std::string_view text, std::size_t offset) {
  if (offset == 0 || offset == text.size()) return true;
  if (offset > text.size()) return false;
  return !U8_IS_TRAIL(static_cast<uint8_t>(text[offset]));
}

namespace {

// The UTF-8 continuation bytes (10xxxxxx) of `text`, counted eight bytes at a
// time: a byte is one when its top bit is set and the next bit is not.
std::size_t TrailBytes(std::string_view text) {
  constexpr std::uint64_t kTopBits = 0x8080808080808080ull;
  std::size_t count = 0;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    // ASCII words skip the count: without -mpopcnt it is a library call.
    if (const std::uint64_t trails = word & ~(word << 1) & kTopBits; trails != 0) {
      count += static_cast<std::size_t>(std::popcount(trails));
    }
  }
  for (; i < text.size(); ++i) count += U8_IS_TRAIL(static_cast<uint8_t>(text[i]));
  return count;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  // A byte-order mark opens line 1 but is no column of it. Room for a line
  // per LF, counted first (by memchr, from LF to LF: the library's count
  // was a byte at a time), spares the vector's regrowth on every file of a
  // run.
  std::size_t lines = 1;
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    ++lines;
  }
  line_starts_.reserve(lines);
  line_starts_.push_back(text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
  // Code points per block eight bytes at a time, and line breaks by memchr:
  // per byte of every file with a finding, and of every text report's.
  std::size_t count = 0;
  block_code_points_.reserve(text.size() / kBlock + 1);
  for (std::size_t begin = 0; begin < text.size(); begin += kBlock) {
    block_code_points_.push_back(count);
    const std::size_t end = std::min(begin + kBlock, text.size());
    count += end - begin - TrailBytes(text.substr(begin, end - begin));
  }
  if (text.find('\r') == std::string_view::npos) {
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      line_starts_.push_back(i + 1);
    }
    return;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      line_starts_.push_back(i + 1);  // LF, a lone CR, or the LF of a CRLF.
    }
  }
}

std::size_t LineIndex::CodePointsBefore(std::size_t offset) const {
  if (offset == 0 || block_code_points_.empty()) return 0;
  // The end of a text of whole blocks lies in no block: it counts from the last.
  const std::size_t block = std::min(offset / kBlock, block_code_points_.size() - 1);
  const std::size_t count = block_code_points_[block];
  const std::size_t from = block * kBlock;
  return count + (offset - from) - TrailBytes(text_.substr(from, offset - from));
}

LineIndex::Position LineIndex::At(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = std::max(1u, static_cast<unsigned>(it - line_starts_.begin()));
  const std::size_t start = std::min(line_starts_[line - 1], offset);
  return {line, static_cast<unsigned>(CodePointsBefore(offset) - CodePointsBefore(start) + 1)};
}

std::string_view LineIndex::Line(unsigned line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  const std::size_t start = line_starts_[line - 1];
  std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_.size();
  if (end > start && text_[end - 1] == '\n') --end;
  if (end > start && text_[end - 1] == '\r') --end;
  return text_.substr(start, end - start);
}

std::size_t LineIndex::OffsetOf(unsigned line, unsigned column) const {
  const std::string_view text = Line(line);
  if (text.empty())
    return line == 0 || line > line_starts_.size() ? text_.size() : line_starts_[line - 1];
  const std::size_t start = static_cast<std::size_t>(text.data() - text_.data());
  const std::size_t end = start + text.size();
  // The code point wanted, counted from the start of the text: its block
  // by binary search, then a scan of at most one block.
  const std::size_t wanted = CodePointsBefore(start) + std::max(column, 1u) - 1;
  auto after = std::upper_bound(block_code_points_.begin(), block_code_points_.end(), wanted);
  std::size_t block =
      after == block_code_points_.begin() ? 0 : (after - block_code_points_.begin()) - 1;
  std::size_t i = std::max(block * kBlock, start);
  std::size_t count = CodePointsBefore(i);
  for (; i < end; ++i) {
    if (U8_IS_TRAIL(static_cast<uint8_t>(text_[i]))) continue;
    if (count == wanted) return i;
    ++count;
  }
  return end;
}

}  // namespace factcheck
