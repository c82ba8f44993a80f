// YAML front matter at the top of an article ("---" ... "---").
#ifndef FACTCHECK_CORE_DOCUMENT_FRONT_MATTER_H_
#define FACTCHECK_CORE_DOCUMENT_FRONT_MATTER_H_

#include <boost/container/small_vector.hpp>
#include <cstddef>
#include <list>
#include <string>
#include <string_view>
#include <utility>

namespace factcheck {

struct FrontMatter {
  struct Value {
    // The scalar as YAML reads it: a view of the article's text where it is
    // written there whole (flat `key: value` lines, most front matter),
    // else of a string the FrontMatter keeps.
    std::string_view text;
    unsigned line;    // 1-based, in the whole file.
    unsigned column;  // 1-based.
  };
  // The top-level scalar values by key, in the order written; nested
  // mappings and lists are left out. An article has a few, so they are a
  // short vector searched in turn, held in place up to eight keys: most
  // files' front matter allocates nothing.
  class Scalars {
   public:
    using Entry = std::pair<std::string_view, Value>;
    using const_iterator = boost::container::small_vector<Entry, 8>::const_iterator;

    Scalars() = default;
    // Moved, never copied: its views may be of its own strings.
    Scalars(Scalars&&) = default;
    Scalars& operator=(Scalars&&) = default;
    Scalars(const Scalars&) = delete;
    Scalars& operator=(const Scalars&) = delete;

    const_iterator begin() const { return entries_.begin(); }
    const_iterator end() const { return entries_.end(); }
    std::size_t size() const { return entries_.size(); }
    const_iterator find(std::string_view key) const;
    std::size_t count(std::string_view key) const { return find(key) != end() ? 1 : 0; }
    // Throws std::out_of_range when `key` is absent.
    const Value& at(std::string_view key) const;
    // Adds `key` with `value`, both views that outlive this; false,
    // changing nothing, when the key is there.
    bool Add(std::string_view key, Value value);
    // Adds `key` with a copy of `text`, or replaces its value.
    void Set(const std::string& key, const std::string& text, unsigned line, unsigned column);

   private:
    boost::container::small_vector<Entry, 8> entries_;
    // The keys and values Set copied: a list, so that no string moves.
    std::list<std::string> owned_;
  };

  // Where the article body starts: just after the closing fence, or 0 when
  // there is no front matter.
  std::size_t body_offset = 0;
  Scalars scalars;
};

// Reads the front matter that opens `text`, if any. A "---" line with no
// closing fence is not front matter. Throws LocatedError (naming `path`) on
// YAML that does not parse or is not a mapping. Its keys and values may be
// views of `text`, which must outlive it.
FrontMatter ParseFrontMatter(const std::string& path, std::string_view text);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_FRONT_MATTER_H_
