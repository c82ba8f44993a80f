#include "document/front_matter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <stdexcept>
#include <utility>

#include "base/yaml_guard.h"
#include "common/ascii_runs.h"
#include "factcheck/error.h"

namespace factcheck {
namespace {

// YAML's white space within a line: a space or a tab.
bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// A line of the text: its bytes without the line break, and where the
// next one starts. Line breaks are LF, CRLF or a lone CR, as in LineIndex.
struct Line {
  std::string_view bytes;
  std::size_t next = 0;
  bool lone_cr = false;  // Ended by a CR without an LF.

  // The bytes without trailing blanks.
  std::string_view Content() const {
    std::string_view content = bytes;
    while (!content.empty() && IsBlank(content.back())) content.remove_suffix(1);
    return content;
  }
};

// The first CR or LF at or after `pos`, or the text's size: both looked for
// sixteen bytes at a time, where a memchr for each cost twice as much on
// front matter's short lines.
std::size_t LineBreakFrom(std::string_view text, std::size_t pos) {
#if defined(__SSE2__)
  const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  for (; pos + 16 <= text.size(); pos += 16) {
    const __m128i chunk = text::internal::Load16(text.data() + pos);
    const int breaks =
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(chunk, lf), _mm_cmpeq_epi8(chunk, cr)));
    if (breaks != 0) return pos + std::countr_zero(static_cast<unsigned>(breaks));
  }
#endif
  while (pos < text.size() && text[pos] != '\n' && text[pos] != '\r') ++pos;
  return pos;
}

Line LineAt(std::string_view text, std::size_t pos) {
  const std::size_t end = LineBreakFrom(text, pos);
  Line line{text.substr(pos, end - pos), text.size(), false};
  if (end < text.size()) {
    const bool crlf = text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n';
    line.lone_cr = text[end] == '\r' && !crlf;
    line.next = end + (crlf ? 2 : 1);
  }
  return line;
}

// A byte of a flat key: an ASCII letter or digit, '_' or '-'.
bool IsKeyChar(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return text::IsAsciiLetter(byte) || text::IsAsciiDigit(byte) || c == '_' || c == '-';
}

// Whether `text` has byte `mark` with a blank (a space or a tab) after it
// (`blank_after`) or before it: memchr to each mark, where the general
// search for two bytes looked at each byte.
bool HasMarkBesideBlank(std::string_view text, char mark, bool blank_after) {
  const char* at = text.data();
  const char* const end = text.data() + text.size();
  while (at < end) {
    const auto* found = static_cast<const char*>(std::memchr(at, mark, end - at));
    if (found == nullptr) return false;
    const bool has_beside = blank_after ? found + 1 < end : found > text.data();
    if (has_beside) {
      if (IsBlank(blank_after ? found[1] : found[-1])) return true;
    }
    at = found + 1;
  }
  return false;
}

// Most front matter is flat `key: value` lines. Those are read directly,
// as views of the text, which is many times faster than yaml-cpp's scanner;
// a line of anything else (lists, nesting, comments, escapes, block
// scalars, anchors) returns false, and the whole front matter goes to
// yaml-cpp, so the two always agree. `line` is the line's number in the file.
bool ReadFlatLine(std::string_view text, unsigned line, FrontMatter::Scalars* out) {
  if (text.empty()) return true;
  std::size_t colon = 0;
  while (colon < text.size() && IsKeyChar(text[colon])) ++colon;
  if (colon == 0 || colon + 1 >= text.size() || text[colon] != ':' || text[colon + 1] != ' ') {
    return false;
  }
  std::size_t value_start = colon + 1;
  // Blanks around a value are YAML's white space, tabs as spaces.
  while (value_start < text.size() && IsBlank(text[value_start])) ++value_start;
  std::string_view value = text.substr(value_start);
  while (!value.empty() && IsBlank(value.back())) value.remove_suffix(1);
  if (value.empty()) return false;
  const char first = value.front();
  std::string_view scalar = value;
  if (first == '"' || first == '\'') {
    if (value.size() < 2 || value.back() != first) return false;
    scalar = value.substr(1, value.size() - 2);
    if (scalar.find(first) != std::string_view::npos ||
        scalar.find('\\') != std::string_view::npos) {
      return false;
    }
  } else {
    static constexpr std::string_view kIndicators = "[]{}&*!|>%@`#,?:-\"'";
    if (kIndicators.find(first) != std::string_view::npos) return false;
    // A mapping's colon, a comment: left to yaml-cpp.
    if (HasMarkBesideBlank(value, ':', true) || HasMarkBesideBlank(value, '#', false) ||
        value.back() == ':') {
      return false;
    }
  }
  // A repeated key: let yaml-cpp judge it.
  return out->Add(text.substr(0, colon),
                  FrontMatter::Value{scalar, line, static_cast<unsigned>(value_start) + 1});
}

// The front matter [begin, end) of `text` read by yaml-cpp into `out`.
void ReadYaml(const std::string& path, std::string_view text, FrontMatter::Scalars* out) {
  std::string yaml(text);
  // yaml-cpp takes a lone CR for part of the value; as LF, byte for byte,
  // lines and columns stay where they were.
  for (std::size_t i = 0; i < yaml.size(); ++i) {
    if (yaml[i] == '\r' && (i + 1 == yaml.size() || yaml[i + 1] != '\n')) yaml[i] = '\n';
  }
  // Strict first: yaml-cpp forgives an unterminated quote that swallows
  // the lines after it, and repeated keys.
  try {
    CheckYamlBounds(yaml, path, 2);
  } catch (const LocatedError& e) {
    const std::string what = e.what();
    throw LocatedError(
        path, e.line(), e.column(),
        what.starts_with("not valid YAML") ? "front matter is " + what : "front matter: " + what);
  }
  YAML::Node root;
  try {
    root = YAML::Load(yaml);
  } catch (const YAML::Exception& e) {
    throw LocatedError(path, static_cast<unsigned>(e.mark.line) + 2,
                       static_cast<unsigned>(e.mark.column) + 1,
                       "front matter is not valid YAML: " + e.msg);
  }
  if (root.IsDefined() && !root.IsNull() && !root.IsMap()) {
    throw LocatedError(path, 2, 1, "front matter must be a YAML mapping");
  }
  if (!root.IsMap()) return;
  for (const auto& entry : root) {
    if (!entry.first.IsScalar()) continue;
    const YAML::Mark mark = entry.second.Mark();
    if (!entry.second.IsScalar()) {
      // A date that is a list or a mapping is a mistake, not a date.
      if (entry.first.Scalar() == "date") {
        throw LocatedError(path, static_cast<unsigned>(mark.line) + 2,
                           static_cast<unsigned>(mark.column) + 1,
                           "front matter date must be one date, YYYY-MM-DD");
      }
      continue;
    }
    out->Set(entry.first.Scalar(), entry.second.Scalar(), static_cast<unsigned>(mark.line) + 2,
             static_cast<unsigned>(mark.column) + 1);
  }
}

}  // namespace

FrontMatter::Scalars::const_iterator FrontMatter::Scalars::find(std::string_view key) const {
  return std::find_if(entries_.begin(), entries_.end(),
                      [key](const Entry& entry) { return entry.first == key; });
}

const FrontMatter::Value& FrontMatter::Scalars::at(std::string_view key) const {
  const auto it = find(key);
  if (it == end()) throw std::out_of_range("no front matter key " + std::string(key));
  return it->second;
}

bool FrontMatter::Scalars::Add(std::string_view key, Value value) {
  if (find(key) != end()) return false;
  entries_.emplace_back(key, value);
  return true;
}

void FrontMatter::Scalars::Set(const std::string& key, const std::string& text, unsigned line,
                               unsigned column) {
  const Value value{owned_.emplace_back(text), line, column};
  const auto it = find(key);
  if (it == end()) {
    entries_.emplace_back(owned_.emplace_back(key), value);
  } else {
    entries_[it - begin()].second = value;
  }
}

FrontMatter ParseFrontMatter(const std::string& path, std::string_view text) {
  FrontMatter result;
  const std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  // A file without front matter is let go before its first line is read.
  if (text.compare(start, 3, "---") != 0) return result;
  const Line opening = LineAt(text, start);
  if (opening.Content() != "---") return result;
  // One pass: each line is read as a flat `key: value` while the closing
  // fence is looked for, until one is not; then yaml-cpp reads them all.
  const std::size_t yaml_begin = opening.next;
  bool flat = true;
  unsigned number = 2;  // The first line after the opening fence.
  for (std::size_t pos = yaml_begin; pos < text.size(); ++number) {
    const Line line = LineAt(text, pos);
    const std::string_view content = line.Content();
    if (content == "---" || content == "...") {
      if (!flat) {
        result.scalars = FrontMatter::Scalars();
        ReadYaml(path, text.substr(yaml_begin, pos - yaml_begin), &result.scalars);
      }
      result.body_offset = line.next;
      return result;
    }
    // Lone CRs as line breaks: left to the full parser.
    flat = flat && !line.lone_cr && ReadFlatLine(line.bytes, number, &result.scalars);
    pos = line.next;
  }
  return FrontMatter();  // Never closed: an ordinary "---" line, not front matter.
}

}  // namespace factcheck
