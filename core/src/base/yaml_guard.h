// Bounds for YAML read from files we do not control (configurations found
// next to articles, front matter, the ledger): a small file must not grow
// without limit through aliases, nest deep enough to exhaust the stack, or
// say the same key twice. Checked with libyaml's event parser, which neither
// recurses nor expands aliases, before anything builds a tree.
#ifndef FACTCHECK_CORE_BASE_YAML_GUARD_H_
#define FACTCHECK_CORE_BASE_YAML_GUARD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace factcheck {

struct YamlLimits {
  std::size_t max_depth = 64;            // Nested sequences and mappings.
  std::size_t max_nodes = 2'000'000;     // Nodes once aliases are expanded.
  std::size_t max_alias_nodes = 10'000;  // Of those, nodes that aliases add.
};

// Throws LocatedError naming `path`, and the line and column (counted from
// `first_line`, for YAML that starts inside a file), when `yaml` is not valid
// YAML, repeats a key in a mapping, or exceeds `limits`.
void CheckYamlBounds(std::string_view yaml, const std::string& path, unsigned first_line = 1,
                     const YamlLimits& limits = {});

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_YAML_GUARD_H_
