// YAML front matter at the top of an article ("---" ... "---").
#ifndef FACTCHECK_CORE_DOCUMENT_FRONT_MATTER_H_
#define FACTCHECK_CORE_DOCUMENT_FRONT_MATTER_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace factcheck {

struct FrontMatter {
  struct Value {
    std::string text;
    unsigned line;    // 1-based, in the whole file.
    unsigned column;  // 1-based.
  };
  // Where the article body starts: just after the closing fence, or 0 when
  // there is no front matter.
  std::size_t body_offset = 0;
  // The top-level scalar values; nested mappings and lists are left out.
  std::map<std::string, Value> scalars;
};

// Reads the front matter that opens `text`, if any. A "---" line with no
// closing fence is not front matter. Throws LocatedError (naming `path`) on
// YAML that does not parse or is not a mapping.
FrontMatter ParseFrontMatter(const std::string& path, std::string_view text);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_FRONT_MATTER_H_
