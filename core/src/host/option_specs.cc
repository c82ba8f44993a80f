#include "host/option_specs.h"

namespace factcheck {
namespace {

using google::protobuf::Value;

bool StringOrStrings(const Value& value) {
  if (value.has_string_value()) return true;
  if (!value.has_list_value()) return false;
  for (const auto& item : value.list_value().values()) {
    if (!item.has_string_value()) return false;
  }
  return true;
}

std::string Accepted(const v1::DescribeResponse& description) {
  std::string names;
  for (const auto& spec : description.options()) names += (names.empty() ? "" : ", ") + spec.name();
  return names.empty() ? "the plugin accepts no options" : "the plugin accepts: " + names;
}

}  // namespace

bool IsCheckedOptionType(const std::string& type) {
  return type == "string" || type == "list of strings" || type == "list of paths" ||
         type == "bool" || type == "number" || type == "mapping";
}

std::optional<std::string> OptionTypeMismatch(const Value& value, const std::string& type) {
  if (type == "string" && !value.has_string_value()) return "must be a string";
  if (type == "list of strings" && !StringOrStrings(value)) {
    return "must be a string or a list of strings";
  }
  if (type == "list of paths" && !StringOrStrings(value))
    return "must be a path or a list of paths";
  if (type == "bool" && !value.has_bool_value()) return "must be true or false";
  if (type == "number" && !value.has_number_value()) return "must be a number";
  if (type == "mapping" && !value.has_struct_value()) return "must be a mapping";
  return std::nullopt;
}

std::optional<OptionProblem> CheckOptions(const PluginConfig& entry, const Config& config,
                                          const v1::DescribeResponse& description) {
  auto position_of = [&](const std::string& key) {
    auto it = entry.option_positions.find(key);
    return it == entry.option_positions.end() ? entry.options_position : it->second;
  };
  // In the order of the file, so the first mistake is the one named.
  std::optional<OptionProblem> first;
  auto keep = [&](FilePosition position, std::string message) {
    const auto before = [](FilePosition a, FilePosition b) {
      return a.line < b.line || (a.line == b.line && a.column < b.column);
    };
    if (!first || before(position, first->position)) first = OptionProblem{position, message};
  };
  for (const auto& [key, value] : entry.options.fields()) {
    const v1::OptionSpec* spec = nullptr;
    for (const auto& s : description.options()) {
      if (s.name() == key) spec = &s;
    }
    if (spec == nullptr) {
      keep(position_of(key), "unknown option '" + key + "' (" + Accepted(description) + ")");
    } else if (auto mismatch = OptionTypeMismatch(value, spec->type())) {
      keep(position_of(key), "option '" + key + "' " + *mismatch);
    }
  }
  if (first) return first;
  for (const auto& spec : description.options()) {
    const bool shared = spec.name() == "reference" && !config.reference.paths.empty();
    if (spec.required() && !shared && entry.options.fields().count(spec.name()) == 0) {
      return OptionProblem{entry.options_position, "option '" + spec.name() + "' is required"};
    }
  }
  return std::nullopt;
}

}  // namespace factcheck
