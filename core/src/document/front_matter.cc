#include "document/front_matter.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <utility>

#include "base/yaml_guard.h"
#include "common/ascii_runs.h"
#include "factcheck/error.h"

namespace factcheck {
namespace {

// The line starting at `pos` without its line break and trailing blanks;
// `line_end` is set past the break.
std::string_view LineAt(std::string_view text, std::size_t pos, std::size_t* line_end) {
  // Line breaks are LF, CRLF or a lone CR, as in LineIndex: the next LF
  // found by memchr, then a CR before it. (The standard find_first_of calls
  // memchr on the set for every byte.)
  std::size_t end = text.size();
  if (pos < text.size()) {
    const char* const data = text.data();
    const auto* lf = static_cast<const char*>(std::memchr(data + pos, '\n', text.size() - pos));
    if (lf != nullptr) end = static_cast<std::size_t>(lf - data);
    if (const auto* cr = static_cast<const char*>(std::memchr(data + pos, '\r', end - pos))) {
      end = static_cast<std::size_t>(cr - data);
    }
  }
  std::size_t next = text.size();
  if (end < text.size()) {
    next = end + (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n' ? 2 : 1);
  }
  std::string_view content = text.substr(pos, end - pos);
  while (!content.empty() && (content.back() == ' ' || content.back() == '\t'))
    content.remove_suffix(1);
  *line_end = next;
  return content;
}

// A byte of a flat key: an ASCII letter or digit, '_' or '-'.
bool IsKeyChar(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return text::IsAsciiLetter(byte) || text::IsAsciiDigit(byte) || c == '_' || c == '-';
}

// Most front matter is flat `key: value` lines. Those are read directly,
// which is many times faster than yaml-cpp's scanner; anything else (lists,
// nesting, comments, escapes, block scalars, anchors) returns false and goes
// to yaml-cpp, so the two always agree.
bool ParseFlatYaml(std::string_view yaml, FrontMatter::Scalars* out) {
  // Lone CRs as line breaks: left to the full parser.
  for (std::size_t cr = yaml.find('\r'); cr != std::string_view::npos;
       cr = yaml.find('\r', cr + 1)) {
    if (cr + 1 >= yaml.size() || yaml[cr + 1] != '\n') return false;
  }
  unsigned line = 2;  // The first line after the opening fence.
  for (std::size_t pos = 0; pos < yaml.size(); ++line) {
    std::size_t end = yaml.find('\n', pos);
    if (end == std::string_view::npos) end = yaml.size();
    std::string_view text = yaml.substr(pos, end - pos);
    pos = end + 1;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    if (text.empty()) continue;
    std::size_t colon = 0;
    while (colon < text.size() && IsKeyChar(text[colon])) ++colon;
    if (colon == 0 || colon + 1 >= text.size() || text[colon] != ':' || text[colon + 1] != ' ') {
      return false;
    }
    std::size_t value_start = colon + 1;
    while (value_start < text.size() && text[value_start] == ' ') ++value_start;
    std::string_view value = text.substr(value_start);
    while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
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
      if (value.find(": ") != std::string_view::npos ||
          value.find(" #") != std::string_view::npos || value.back() == ':') {
        return false;
      }
    }
    if (!out->Add(std::string(text.substr(0, colon)),
                  FrontMatter::Value{std::string(scalar), line,
                                     static_cast<unsigned>(value_start) + 1})) {
      return false;  // Let yaml-cpp judge duplicates.
    }
  }
  return true;
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

bool FrontMatter::Scalars::Add(std::string key, Value value) {
  if (find(key) != end()) return false;
  entries_.emplace_back(std::move(key), std::move(value));
  return true;
}

void FrontMatter::Scalars::Set(std::string key, Value value) {
  const auto it = find(key);
  if (it == end()) {
    entries_.emplace_back(std::move(key), std::move(value));
  } else {
    entries_[it - begin()].second = std::move(value);
  }
}

FrontMatter ParseFrontMatter(const std::string& path, std::string_view text) {
  FrontMatter result;
  std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  std::size_t pos;
  if (LineAt(text, start, &pos) != "---") return result;
  const std::size_t yaml_begin = pos;
  while (pos < text.size()) {
    std::size_t next;
    const std::string_view line = LineAt(text, pos, &next);
    if (line == "---" || line == "...") {
      FrontMatter::Scalars flat;
      flat.Reserve(4);
      if (ParseFlatYaml(text.substr(yaml_begin, pos - yaml_begin), &flat)) {
        result.scalars = std::move(flat);
        result.body_offset = next;
        return result;
      }
      std::string yaml(text.substr(yaml_begin, pos - yaml_begin));
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
        throw LocatedError(path, e.line(), e.column(),
                           what.starts_with("not valid YAML") ? "front matter is " + what
                                                              : "front matter: " + what);
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
      if (root.IsMap()) {
        for (const auto& entry : root) {
          if (!entry.first.IsScalar()) continue;
          if (!entry.second.IsScalar()) {
            // A date that is a list or a mapping is a mistake, not a date.
            if (entry.first.Scalar() == "date") {
              const YAML::Mark mark = entry.second.Mark();
              throw LocatedError(path, static_cast<unsigned>(mark.line) + 2,
                                 static_cast<unsigned>(mark.column) + 1,
                                 "front matter date must be one date, YYYY-MM-DD");
            }
            continue;
          }
          const YAML::Mark mark = entry.second.Mark();
          result.scalars.Set(entry.first.Scalar(),
                             {entry.second.Scalar(), static_cast<unsigned>(mark.line) + 2,
                              static_cast<unsigned>(mark.column) + 1});
        }
      }
      result.body_offset = next;
      return result;
    }
    pos = next;
  }
  return result;  // Never closed: an ordinary "---" line, not front matter.
}

}  // namespace factcheck
