// UTF-8 validation and byte-offset to line/column conversion.
#ifndef FACTCHECK_CORE_BASE_UTF8_H_
#define FACTCHECK_CORE_BASE_UTF8_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck {

// The byte offset of the first ill-formed sequence or NUL byte, if any.
struct Utf8Problem {
  std::size_t offset;
  bool is_nul;
};
std::optional<Utf8Problem> FindUtf8Problem(std::string_view text);

// `text` with every byte that is not part of well-formed UTF-8 written as
// "\xNN": a file name as protocol messages and reports can carry it.
std::string EscapeInvalidUtf8(std::string_view text);
// The same into *out, in the storage it has.
void EscapeInvalidUtf8(std::string_view text, std::string* out);

// `text` for a terminal: control characters (C0 but tab, DEL, C1 and thus
// escape sequences) become '?' and tabs a space, one character each, so that
// columns stay where they were and nothing from an article reaches the
// terminal as a command.
std::string ForTerminal(std::string_view text);

// The byte offset of 1-based code-point column `column` in `line` (a line's
// text without its break); its end if beyond, its start for column 0.
std::size_t OffsetOfColumn(std::string_view line, unsigned column);

// True when `offset` is a boundary between two code points (or an end).
bool IsCodePointBoundary(std::string_view text, std::size_t offset);

// Maps byte offsets to 1-based lines and 1-based columns counted in code
// points. Line breaks are LF, CRLF or a lone CR; a byte-order mark at the
// start is no column. Built once per document in one pass; a lookup is a
// binary search and a count of at most a block of bytes, however long the
// line.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  struct Position {
    unsigned line;
    unsigned column;
  };
  Position At(std::size_t offset) const;
  // The line's text without its line break.
  std::string_view Line(unsigned line) const;
  // The byte offset of a line's column (1-based, in code points), or of the
  // line's end when it is shorter: the inverse of At, as fast however long
  // the line.
  std::size_t OffsetOf(unsigned line, unsigned column) const;

 private:
  static constexpr std::size_t kBlock = 1024;
  // Code points in text_[0, offset).
  std::size_t CodePointsBefore(std::size_t offset) const;

  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> block_code_points_;  // Code points before each block.
};

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_UTF8_H_
