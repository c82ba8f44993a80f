#include "base/yaml_guard.h"

#include <yaml.h>

#include <map>
#include <memory>
#include <set>
#include <vector>

#include "factcheck/error.h"

namespace factcheck {
namespace {

// One open sequence or mapping: the nodes under it so far and, for a
// mapping, its keys and whether the next scalar is a key.
struct Collection {
  bool mapping;
  std::size_t nodes = 1;
  std::string anchor;
  std::set<std::string> keys;
  bool expect_key = true;
};

class Guard {
 public:
  Guard(const std::string& path, unsigned first_line, const YamlLimits& limits)
      : path_(path), first_line_(first_line), limits_(limits) {}

  void Check(std::string_view yaml) {
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    std::unique_ptr<yaml_parser_t, decltype(&yaml_parser_delete)> owner(&parser,
                                                                        &yaml_parser_delete);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(yaml.data()),
                                 yaml.size());
    for (;;) {
      yaml_event_t event;
      if (!yaml_parser_parse(&parser, &event)) {
        Fail(parser.problem_mark,
             std::string("not valid YAML: ") + (parser.problem ? parser.problem : "unreadable"));
      }
      std::unique_ptr<yaml_event_t, decltype(&yaml_event_delete)> held(&event, &yaml_event_delete);
      if (event.type == YAML_STREAM_END_EVENT) return;
      Handle(event);
    }
  }

 private:
  [[noreturn]] void Fail(const yaml_mark_t& mark, const std::string& message) const {
    throw LocatedError(path_, static_cast<unsigned>(mark.line) + first_line_,
                       static_cast<unsigned>(mark.column) + 1, message);
  }

  static std::string Anchor(const yaml_char_t* anchor) {
    return anchor == nullptr ? "" : reinterpret_cast<const char*>(anchor);
  }

  void Handle(const yaml_event_t& event) {
    switch (event.type) {
      case YAML_SCALAR_EVENT: {
        const std::string value(reinterpret_cast<const char*>(event.data.scalar.value),
                                event.data.scalar.length);
        Node(event.start_mark, 1, value);
        if (!event.data.scalar.anchor) return;
        anchors_[Anchor(event.data.scalar.anchor)] = 1;
        return;
      }
      case YAML_ALIAS_EVENT: {
        const std::string anchor = Anchor(event.data.alias.anchor);
        for (const Collection& open : open_) {
          if (open.anchor == anchor) {
            Fail(event.start_mark,
                 "the alias *" + anchor.substr(0, 60) + " refers to a value that contains it");
          }
        }
        auto it = anchors_.find(anchor);
        const std::size_t size = it == anchors_.end() ? 1 : it->second;
        alias_nodes_ += size;
        if (alias_nodes_ > limits_.max_alias_nodes) {
          Fail(event.start_mark, "aliases expand to more than " +
                                     std::to_string(limits_.max_alias_nodes) +
                                     " nodes; write the values out");
        }
        Node(event.start_mark, size, "");
        return;
      }
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        Node(event.start_mark, 0, "");
        if (open_.size() >= limits_.max_depth) {
          Fail(event.start_mark,
               "nested more than " + std::to_string(limits_.max_depth) + " levels deep");
        }
        Collection collection{event.type == YAML_MAPPING_START_EVENT};
        collection.anchor =
            Anchor(event.type == YAML_MAPPING_START_EVENT ? event.data.mapping_start.anchor
                                                          : event.data.sequence_start.anchor);
        open_.push_back(std::move(collection));
        return;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: {
        Collection closed = std::move(open_.back());
        open_.pop_back();
        if (!closed.anchor.empty()) anchors_[closed.anchor] = closed.nodes;
        if (!open_.empty()) open_.back().nodes += closed.nodes;
        return;
      }
      default:
        return;
    }
  }

  // Counts `nodes` into the open collection; a scalar key of a mapping must
  // not repeat.
  void Node(const yaml_mark_t& mark, std::size_t nodes, const std::string& scalar) {
    total_ += nodes == 0 ? 1 : nodes;
    if (total_ > limits_.max_nodes) {
      Fail(mark, "more than " + std::to_string(limits_.max_nodes) + " values");
    }
    if (open_.empty()) return;
    Collection& parent = open_.back();
    parent.nodes += nodes;
    if (!parent.mapping) return;
    if (parent.expect_key && nodes == 1 && !scalar.empty() && !parent.keys.insert(scalar).second) {
      Fail(mark, "the key '" + scalar.substr(0, 60) + "' appears twice in one mapping");
    }
    parent.expect_key = !parent.expect_key;
  }

  const std::string& path_;
  unsigned first_line_;
  YamlLimits limits_;
  std::vector<Collection> open_;
  std::map<std::string, std::size_t> anchors_;
  std::size_t total_ = 0;
  std::size_t alias_nodes_ = 0;
};

}  // namespace

void CheckYamlBounds(std::string_view yaml, const std::string& path, unsigned first_line,
                     const YamlLimits& limits) {
  Guard(path, first_line, limits).Check(yaml);
}

}  // namespace factcheck
