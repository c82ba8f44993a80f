// YAML front matter at the top of an article ("---" ... "---").
#ifndef FACTCHECK_CORE_DOCUMENT_FRONT_MATTER_H_
#define FACTCHECK_CORE_DOCUMENT_FRONT_MATTER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factcheck {

struct FrontMatter {
  struct Value {
    std::string text;
    unsigned line;    // 1-based, in the whole file.
    unsigned column;  // 1-based.
  };
  // The top-level scalar values by key, in the order written; nested
  // mappings and lists are left out. An article has a few, so they are a
  // vector searched in turn rather than a tree of nodes (a tree cost every
  // file an allocation a key).
  class Scalars {
   public:
    using Entry = std::pair<std::string, Value>;
    using const_iterator = std::vector<Entry>::const_iterator;

    const_iterator begin() const { return entries_.begin(); }
    const_iterator end() const { return entries_.end(); }
    std::size_t size() const { return entries_.size(); }
    const_iterator find(std::string_view key) const;
    std::size_t count(std::string_view key) const { return find(key) != end() ? 1 : 0; }
    // Throws std::out_of_range when `key` is absent.
    const Value& at(std::string_view key) const;
    // Adds `key` with `value`; false, changing nothing, when it is there.
    bool Add(std::string key, Value value);
    // Adds `key`, or replaces its value.
    void Set(std::string key, Value value);
    void Reserve(std::size_t keys) { entries_.reserve(keys); }

   private:
    std::vector<Entry> entries_;
  };

  // Where the article body starts: just after the closing fence, or 0 when
  // there is no front matter.
  std::size_t body_offset = 0;
  Scalars scalars;
};

// Reads the front matter that opens `text`, if any. A "---" line with no
// closing fence is not front matter. Throws LocatedError (naming `path`) on
// YAML that does not parse or is not a mapping.
FrontMatter ParseFrontMatter(const std::string& path, std::string_view text);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_FRONT_MATTER_H_
