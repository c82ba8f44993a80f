// UTF-8 checks, escaping for reports and terminals, and positions: any bytes.
#include "base/utf8.h"
#include "fuzz_support.h"

using namespace factcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = fuzz::AsText(data, size);
  const auto problem = FindUtf8Problem(text);
  if (problem) fuzz::Require(problem->offset < size);

  // Escaped names are valid UTF-8, and valid text escapes to itself.
  const std::string escaped = EscapeInvalidUtf8(text);
  const auto escaped_problem = FindUtf8Problem(escaped);
  fuzz::Require(!escaped_problem || escaped_problem->is_nul);
  if (!problem) fuzz::Require(escaped == text);

  // Nothing below 0x20 but nothing else either: no escape reaches a terminal.
  for (unsigned char c : ForTerminal(text)) fuzz::Require(c >= 0x20 && c != 0x7F);

  LineIndex lines(text);
  for (size_t offset = 0; offset <= size; offset += 1 + offset / 8) {
    const auto at = lines.At(offset);
    fuzz::Require(at.line >= 1 && at.column >= 1);
    lines.Line(at.line);
    IsCodePointBoundary(text, offset);
  }
  return 0;
}
