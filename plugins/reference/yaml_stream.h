// Streams large YAML reference files with libyaml: the file's top level is a
// mapping of sections whose values are lists, and each list item is handed
// over as a small tree, then dropped, so memory stays bounded by one item.
// (yaml-cpp's document tree needed 3.4 GB and 41 s for a million records;
// this reads them in a few seconds in constant memory.)
#ifndef FACTCHECK_PLUGINS_REFERENCE_YAML_STREAM_H_
#define FACTCHECK_PLUGINS_REFERENCE_YAML_STREAM_H_

#include <functional>
#include <string>
#include <vector>

namespace factcheck::yaml {

struct Value {
  enum class Kind { kNull, kScalar, kSequence, kMapping };
  Kind kind = Kind::kNull;
  std::string scalar;
  bool quoted = false;
  unsigned line = 0;    // 1-based.
  unsigned column = 0;  // 1-based.
  // A sequence's items, or a mapping's keys and values alternating.
  std::vector<Value> children;

  // A mapping's value for `key`, or null.
  const Value* Find(const std::string& key) const;
};

// Called for each item of each top-level list: the section's key (as a node,
// for its position) and the item.
using ItemHandler = std::function<void(const Value& section, const Value& item)>;
// Called when a section starts, before its items (also for an empty one).
using SectionHandler = std::function<void(const Value& section)>;

// Reads `path`. A top-level value that is not a list is handed over as one
// item. Throws LocatedError naming file:line:column for YAML that does not
// parse, a top level that is not a mapping, and duplicate keys.
// `shown_as` names the file in errors.
void ReadSections(const std::string& path, const std::string& shown_as,
                  const SectionHandler& on_section, const ItemHandler& on_item);

// `text` quoted for an error message when it is a short name ('offices'),
// otherwise a description: errors never repeat arbitrary file contents.
std::string Shown(const std::string& text);

// Throws LocatedError at `node` in `path`.
[[noreturn]] void Fail(const std::string& path, const Value& node, const std::string& message);

}  // namespace factcheck::yaml

#endif  // FACTCHECK_PLUGINS_REFERENCE_YAML_STREAM_H_
