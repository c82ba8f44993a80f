#include "reference/yaml_fields.h"

#include <algorithm>

#include "factcheck/error.h"

namespace factcheck::yaml {

void Fields::Fail(const Value& node, const std::string& message) const {
  yaml::Fail(path_, node, message);
}

void Fields::CheckKeys(const Value& map, std::initializer_list<const char*> allowed,
                       const std::string& what) const {
  if (map.kind != Value::Kind::kMapping) Fail(map, what + " must be a mapping");
  for (std::size_t i = 0; i < map.children.size(); i += 2) {
    const std::string& key = map.children[i].scalar;
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return key == a; })) {
      std::string list;
      for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      Fail(map.children[i],
           "unknown key " + Shown(key) + " in " + what + " (expected one of: " + list + ")");
    }
  }
}

std::string Fields::Text(const Value& map, const char* key, bool required) const {
  const Value* value = map.Find(key);
  if (value == nullptr || value->kind == Value::Kind::kNull) {
    if (required) Fail(map, std::string("missing '") + key + "'");
    return {};
  }
  if (value->kind != Value::Kind::kScalar || value->scalar.empty()) {
    Fail(*value, std::string("'") + key + "' must be a non-empty string");
  }
  return value->scalar;
}

std::vector<std::string> Fields::List(const Value& map, const char* key) const {
  std::vector<std::string> out;
  const Value* value = map.Find(key);
  if (value == nullptr || value->kind == Value::Kind::kNull) return out;
  if (value->kind != Value::Kind::kSequence) {
    Fail(*value, std::string("'") + key + "' must be a list");
  }
  for (const auto& item : value->children) {
    if (item.kind != Value::Kind::kScalar || item.scalar.empty()) {
      Fail(item, std::string("each entry of '") + key + "' must be a non-empty string");
    }
    out.push_back(item.scalar);
  }
  return out;
}

std::optional<PartialDate> Fields::Date(const Value& map, const char* key, bool required) const {
  const Value* value = map.Find(key);
  if (value == nullptr || value->kind == Value::Kind::kNull) {
    if (required) Fail(map, std::string("missing '") + key + "'");
    return std::nullopt;
  }
  auto date = value->kind == Value::Kind::kScalar ? ParsePartialDate(value->scalar) : std::nullopt;
  if (!date) {
    Fail(*value, std::string("'") + key + "' must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got " +
                     Shown(value->scalar) + ")");
  }
  return date;
}

}  // namespace factcheck::yaml
