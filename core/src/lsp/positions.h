// LSP positions (0-based line, and character in UTF-16 code units, the
// protocol's default encoding) to and from the UTF-8 byte offsets of spans.
#ifndef FACTCHECK_CORE_LSP_POSITIONS_H_
#define FACTCHECK_CORE_LSP_POSITIONS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace factcheck::lsp {

struct Position {
  std::size_t line = 0;
  std::size_t character = 0;  // UTF-16 code units from the line's start.
};

class PositionMap {
 public:
  explicit PositionMap(std::string_view text);
  Position At(std::size_t offset) const;
  // The byte offset of `position`; past a line's end: its end.
  std::size_t OffsetOf(Position position) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace factcheck::lsp

#endif  // FACTCHECK_CORE_LSP_POSITIONS_H_
