#include "base/yaml_struct.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "base/yaml_guard.h"
#include "factcheck/error.h"

namespace factcheck {
namespace {

bool ParseNumber(const std::string& text, double* out) {
  if (text.empty()) return false;
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  if (*begin == '+') ++begin;
  auto [ptr, ec] = std::from_chars(begin, end, *out);
  return ec == std::errc() && ptr == end && std::isfinite(*out);
}

}  // namespace

google::protobuf::Value YamlToValue(const YAML::Node& node) {
  google::protobuf::Value value;
  switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      value.set_null_value(google::protobuf::NULL_VALUE);
      break;
    case YAML::NodeType::Scalar: {
      const std::string& text = node.Scalar();
      double number;
      if (node.Tag() == "!") {  // Quoted: always a string.
        value.set_string_value(text);
      } else if (text == "~" || text == "null" || text == "Null" || text == "NULL") {
        value.set_null_value(google::protobuf::NULL_VALUE);
      } else if (text == "true" || text == "True" || text == "TRUE") {
        value.set_bool_value(true);
      } else if (text == "false" || text == "False" || text == "FALSE") {
        value.set_bool_value(false);
      } else if (ParseNumber(text, &number)) {
        value.set_number_value(number);
      } else {
        value.set_string_value(text);
      }
      break;
    }
    case YAML::NodeType::Sequence: {
      auto* list = value.mutable_list_value();
      for (const auto& item : node) *list->add_values() = YamlToValue(item);
      break;
    }
    case YAML::NodeType::Map: {
      auto* fields = value.mutable_struct_value()->mutable_fields();
      for (const auto& entry : node) {
        // Callers check keys where they can name the place; never a crash.
        if (!entry.first.IsScalar()) throw Error("a mapping's key must be a word");
        (*fields)[entry.first.Scalar()] = YamlToValue(entry.second);
      }
      break;
    }
  }
  return value;
}

YAML::Node ValueToYaml(const google::protobuf::Value& value) {
  switch (value.kind_case()) {
    case google::protobuf::Value::kBoolValue:
      return YAML::Node(value.bool_value());
    case google::protobuf::Value::kNumberValue: {
      const double number = value.number_value();
      if (number == std::floor(number) && std::abs(number) < 9e15) {
        return YAML::Node(static_cast<long long>(number));
      }
      return YAML::Node(number);
    }
    case google::protobuf::Value::kStringValue:
      return YAML::Node(value.string_value());
    case google::protobuf::Value::kListValue: {
      YAML::Node list(YAML::NodeType::Sequence);
      for (const auto& item : value.list_value().values()) {
        list.push_back(ValueToYaml(item));
      }
      return list;
    }
    case google::protobuf::Value::kStructValue: {
      // Sorted, so that a dump is the same on every run.
      std::map<std::string, const google::protobuf::Value*> sorted;
      for (const auto& [key, item] : value.struct_value().fields()) {
        sorted[key] = &item;
      }
      YAML::Node map(YAML::NodeType::Map);
      for (const auto& [key, item] : sorted) map[key] = ValueToYaml(*item);
      return map;
    }
    default:
      return YAML::Node(YAML::NodeType::Null);
  }
}

std::optional<YAML::Node> LoadYamlFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error = errno;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return std::nullopt;
    throw Error(path + ": cannot read: " + std::strerror(error));
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw Error(path + ": cannot read: " + std::strerror(errno));
  const std::string text = buffer.str();
  CheckYamlBounds(text, path);
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw LocatedError(path, static_cast<unsigned>(e.mark.line) + 1,
                       static_cast<unsigned>(e.mark.column) + 1, "not valid YAML: " + e.msg);
  }
}

}  // namespace factcheck
