// The documents every plugin must handle, whatever it checks: the built-in
// edge cases of `factcheck plugin test`.
#ifndef FACTCHECK_CORE_PLUGIN_TEST_EDGE_CASES_H_
#define FACTCHECK_CORE_PLUGIN_TEST_EDGE_CASES_H_

#include <string>
#include <vector>

namespace factcheck {

struct EdgeCase {
  std::string name;  // A file name: its extension decides Markdown or plain text.
  std::string what;  // For people: "empty", "2 MiB of prose".
  std::string text;
};

// empty.md, huge.md (about 1 MiB of prose, every kind of figure, date and
// name a checker might look for), non-ascii.md (accents, Greek, Cyrillic,
// CJK, right-to-left scripts, emoji, combining marks, no-break spaces),
// no-sentences.md (front matter, code, comments and a rule, but no prose),
// markdown-code.md (inline code, fenced and indented code, links, emphasis,
// lists, a table, quotes, raw HTML) and crlf.txt (plain text with CRLF line
// ends).
std::vector<EdgeCase> EdgeCases();

}  // namespace factcheck

#endif  // FACTCHECK_CORE_PLUGIN_TEST_EDGE_CASES_H_
