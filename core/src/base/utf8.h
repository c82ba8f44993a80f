// UTF-8 validation and byte-offset to line/column conversion.
#ifndef FACTCHECK_CORE_BASE_UTF8_H_
#define FACTCHECK_CORE_BASE_UTF8_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace factcheck {

// The byte offset of the first ill-formed sequence or NUL byte, if any.
struct Utf8Problem {
  std::size_t offset;
  bool is_nul;
};
std::optional<Utf8Problem> FindUtf8Problem(std::string_view text);

// True when `offset` is a boundary between two code points (or an end).
bool IsCodePointBoundary(std::string_view text, std::size_t offset);

// Maps byte offsets to 1-based lines and 1-based columns counted in code
// points. Built once per document in one pass; lookups are binary searches.
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

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_UTF8_H_
