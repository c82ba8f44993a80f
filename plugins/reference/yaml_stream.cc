#include "reference/yaml_stream.h"

#include <yaml.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>

#include "factcheck/error.h"

namespace factcheck::yaml {
namespace {

class Parser {
 public:
  Parser(const std::string& path, const std::string& shown_as) : path_(shown_as) {
    file_ = std::fopen(path.c_str(), "rb");
    if (file_ == nullptr) {
      throw Error(shown_as + ": cannot open: " + std::strerror(errno));
    }
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_file(&parser_, file_);
  }
  ~Parser() {
    if (has_event_) yaml_event_delete(&event_);
    yaml_parser_delete(&parser_);
    std::fclose(file_);
  }

  // Advances to the next event.
  const yaml_event_t& Next() {
    if (has_event_) yaml_event_delete(&event_);
    has_event_ = false;
    if (!yaml_parser_parse(&parser_, &event_)) {
      const yaml_mark_t& mark = parser_.problem ? parser_.problem_mark : parser_.mark;
      std::string message =
          std::string("not valid YAML: ") + (parser_.problem ? parser_.problem : "parse error");
      if (parser_.context) message += std::string(" ") + parser_.context;
      throw LocatedError(path_, static_cast<unsigned>(mark.line) + 1,
                         static_cast<unsigned>(mark.column) + 1, message);
    }
    has_event_ = true;
    if (event_.type == YAML_ALIAS_EVENT) Fail(At(), "aliases are not supported here");
    return event_;
  }

  Value At() const {
    Value v;
    v.line = static_cast<unsigned>(event_.start_mark.line) + 1;
    v.column = static_cast<unsigned>(event_.start_mark.column) + 1;
    return v;
  }

  [[noreturn]] void Fail(const Value& node, const std::string& message) const {
    yaml::Fail(path_, node, message);
  }

  // Builds the value whose first event is the current one. Nesting is
  // bounded, so that a small file cannot exhaust the stack.
  Value Build(unsigned depth = 0) {
    static constexpr unsigned kMaxDepth = 64;
    Value value = At();
    if (depth > kMaxDepth) {
      Fail(value, "nested more than " + std::to_string(kMaxDepth) + " levels deep");
    }
    switch (event_.type) {
      case YAML_SCALAR_EVENT: {
        const auto& s = event_.data.scalar;
        value.scalar.assign(reinterpret_cast<const char*>(s.value), s.length);
        value.quoted = s.style != YAML_PLAIN_SCALAR_STYLE;
        const bool null = !value.quoted &&
                          (value.scalar.empty() || value.scalar == "~" || value.scalar == "null" ||
                           value.scalar == "Null" || value.scalar == "NULL");
        value.kind = null ? Value::Kind::kNull : Value::Kind::kScalar;
        return value;
      }
      case YAML_SEQUENCE_START_EVENT:
        value.kind = Value::Kind::kSequence;
        while (Next().type != YAML_SEQUENCE_END_EVENT) value.children.push_back(Build(depth + 1));
        return value;
      case YAML_MAPPING_START_EVENT: {
        value.kind = Value::Kind::kMapping;
        std::set<std::string> keys;
        while (Next().type != YAML_MAPPING_END_EVENT) {
          Value key = Build(depth + 1);
          if (key.kind != Value::Kind::kScalar) Fail(key, "mapping keys must be plain words");
          if (!keys.insert(key.scalar).second) Fail(key, "duplicate key " + Shown(key.scalar));
          Next();
          value.children.push_back(std::move(key));
          value.children.push_back(Build(depth + 1));
        }
        return value;
      }
      default:
        Fail(value, "unexpected YAML event");
    }
  }

  void ReadSections(const SectionHandler& on_section, const ItemHandler& on_item) {
    if (Next().type != YAML_STREAM_START_EVENT) Fail(At(), "no YAML stream");
    if (Next().type == YAML_STREAM_END_EVENT) return;  // An empty file.
    if (event_.type != YAML_DOCUMENT_START_EVENT) Fail(At(), "no YAML document");
    Next();
    if (event_.type == YAML_SCALAR_EVENT && Build().kind == Value::Kind::kNull) return;
    if (event_.type != YAML_MAPPING_START_EVENT) Fail(At(), "the file must be a YAML mapping");
    std::set<std::string> sections;
    while (Next().type != YAML_MAPPING_END_EVENT) {
      Value section = Build();
      if (section.kind != Value::Kind::kScalar) Fail(section, "section names must be words");
      if (!sections.insert(section.scalar).second) {
        Fail(section, "duplicate key " + Shown(section.scalar));
      }
      on_section(section);
      if (Next().type == YAML_SEQUENCE_START_EVENT) {
        // Items one at a time: only the current item is in memory.
        while (Next().type != YAML_SEQUENCE_END_EVENT) on_item(section, Build());
      } else {
        Value value = Build();
        if (value.kind != Value::Kind::kNull) on_item(section, value);
      }
    }
    Next();  // Document end.
    if (Next().type == YAML_DOCUMENT_START_EVENT) Fail(At(), "only one YAML document is allowed");
  }

 private:
  std::string path_;
  std::FILE* file_ = nullptr;
  yaml_parser_t parser_;
  yaml_event_t event_;
  bool has_event_ = false;
};

}  // namespace

std::string Shown(const std::string& text) {
  const bool word = !text.empty() && text.size() <= 40 &&
                    std::all_of(text.begin(), text.end(), [](unsigned char c) {
                      return std::isalnum(c) || c == ' ' || c == '_' || c == '-' || c == '.';
                    });
  return word ? "'" + text + "'" : "(a value that is no name)";
}

const Value* Value::Find(const std::string& key) const {
  if (kind != Kind::kMapping) return nullptr;
  for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
    if (children[i].scalar == key) return &children[i + 1];
  }
  return nullptr;
}

void Fail(const std::string& path, const Value& node, const std::string& message) {
  throw LocatedError(path, node.line, node.column, message);
}

void ReadSections(const std::string& path, const std::string& shown_as,
                  const SectionHandler& on_section, const ItemHandler& on_item) {
  Parser(path, shown_as).ReadSections(on_section, on_item);
}

}  // namespace factcheck::yaml
