#include "common/options.h"

#include <filesystem>

#include "factcheck/error.h"

namespace factcheck::kit {
namespace fs = std::filesystem;
namespace {

using google::protobuf::Value;

bool AllStrings(const Value& value) {
  if (value.has_string_value()) return true;
  if (!value.has_list_value()) return false;
  for (const auto& item : value.list_value().values()) {
    if (!item.has_string_value()) return false;
  }
  return true;
}

// Whether `value` has the shape `type` asks for; otherwise what it must be.
std::string Mismatch(const Value& value, OptionType type) {
  switch (type) {
    case OptionType::kPaths:
      return AllStrings(value) ? "" : "must be a path or a list of paths";
    case OptionType::kStrings:
      return AllStrings(value) ? "" : "must be a string or a list of strings";
    case OptionType::kString:
      return value.has_string_value() ? "" : "must be a string";
    case OptionType::kBool:
      return value.has_bool_value() ? "" : "must be true or false";
    case OptionType::kNumber:
      return value.has_number_value() ? "" : "must be a number";
  }
  return "";
}

// Whether every name of `names` is a plain one: `names` is not empty, and
// has no empty name, "." or ".." ("reference/events.yaml", not "./a",
// "a/../b", "a//b", "a/" or "/a").
bool AllPlainNames(std::string_view names) {
  if (names.empty()) return false;
  for (std::size_t begin = 0; begin <= names.size();) {
    std::size_t end = names.find('/', begin);
    if (end == std::string_view::npos) end = names.size();
    const std::string_view name = names.substr(begin, end - begin);
    if (name.empty() || name == "." || name == "..") return false;
    begin = end + 1;
  }
  return true;
}

// `dir` lexically normal and without a final "/", where a plain relative
// path joined to it after a "/" is as lexically normal; empty for "", "."
// and "/", which the general rule takes.
std::string PlainFolder(const std::string& dir) {
  std::string normal = fs::path(dir).lexically_normal().string();
  if (normal.size() > 1 && normal.back() == '/') normal.pop_back();
  if (normal.empty() || normal == "." || normal.back() == '/') return "";
  return normal;
}

std::vector<std::string> StringsOf(const Value& value) {
  if (value.has_string_value()) return {value.string_value()};
  std::vector<std::string> out;
  for (const auto& item : value.list_value().values()) out.push_back(item.string_value());
  return out;
}

}  // namespace

std::optional<ReferencePath> Options::Plain(const std::string& path) const {
  if (plain_dir_.empty() || path.empty()) return std::nullopt;
  if (path.front() != '/') {
    if (!AllPlainNames(path)) return std::nullopt;
    return ReferencePath{plain_dir_ + "/" + path, path};
  }
  // An absolute path in the folder, as the host passes the shared list.
  if (path.size() <= plain_dir_.size() || path.compare(0, plain_dir_.size(), plain_dir_) != 0 ||
      path[plain_dir_.size()] != '/') {
    return std::nullopt;
  }
  const std::string_view inside = std::string_view(path).substr(plain_dir_.size() + 1);
  if (!AllPlainNames(inside)) return std::nullopt;
  return ReferencePath{path, std::string(inside)};
}

// A file inside the configuration's folder is named from there
// ("reference/office-holders/israel.yaml"), as the configuration names it;
// any other file relative to the current folder.
std::string Options::Shown(const fs::path& full) const {
  const fs::path inside = full.lexically_relative(fs::path(config_dir_).lexically_normal());
  if (!inside.empty() && *inside.begin() != "..") return inside.string();
  std::error_code ec;
  const fs::path shown = fs::proximate(full, ec);
  return ec ? full.string() : shown.string();
}

const char* OptionTypeName(OptionType type) {
  switch (type) {
    case OptionType::kPaths:
      return "list of paths";
    case OptionType::kString:
      return "string";
    case OptionType::kStrings:
      return "list of strings";
    case OptionType::kBool:
      return "bool";
    case OptionType::kNumber:
      return "number";
  }
  return "string";
}

Options::Options(const google::protobuf::Struct& options, const std::vector<OptionSpec>& specs,
                 const std::string& plugin, const std::string& config_dir)
    : options_(options), config_dir_(config_dir), plain_dir_(PlainFolder(config_dir)) {
  std::string expected;
  for (const OptionSpec& spec : specs)
    expected += (expected.empty() ? "" : ", ") + std::string(spec.name);
  for (const auto& [key, value] : options.fields()) {
    const OptionSpec* spec = nullptr;
    for (const OptionSpec& s : specs) {
      if (key == s.name) spec = &s;
    }
    if (spec == nullptr) {
      throw Error(plugin + ": unknown option '" + key + "' (expected: " + expected + ")");
    }
    if (const std::string problem = Mismatch(value, spec->type); !problem.empty()) {
      throw Error(plugin + ": option '" + key + "' " + problem);
    }
  }
  for (const OptionSpec& spec : specs) {
    const Value* value = Find(spec.name);
    const bool empty =
        value == nullptr || (value->has_list_value() && value->list_value().values_size() == 0);
    if (spec.required && empty) {
      throw Error(plugin + ": option '" + spec.name + "' is required");
    }
  }
}

const Value* Options::Find(std::string_view name) const {
  auto it = options_.fields().find(std::string(name));
  return it == options_.fields().end() ? nullptr : &it->second;
}

std::vector<ReferencePath> Options::Paths(std::string_view name) const {
  std::vector<ReferencePath> out;
  const Value* value = Find(name);
  if (value == nullptr) return out;
  for (const std::string& path : StringsOf(*value)) {
    // A path of plain names is read as written: what the general rule
    // below gives it, without the parsing that cost each plugin's start
    // a third of a millisecond for twenty files.
    if (auto plain = Plain(path)) {
      out.push_back(*std::move(plain));
      continue;
    }
    const fs::path full =
        (fs::path(path).is_absolute() ? fs::path(path) : fs::path(config_dir_) / path)
            .lexically_normal();
    out.push_back({full.string(), Shown(full)});
  }
  return out;
}

std::optional<std::string> Options::String(std::string_view name) const {
  const Value* value = Find(name);
  if (value == nullptr) return std::nullopt;
  return value->string_value();
}

std::vector<std::string> Options::Strings(std::string_view name) const {
  const Value* value = Find(name);
  return value == nullptr ? std::vector<std::string>() : StringsOf(*value);
}

std::optional<bool> Options::Bool(std::string_view name) const {
  const Value* value = Find(name);
  if (value == nullptr) return std::nullopt;
  return value->bool_value();
}

std::optional<double> Options::Number(std::string_view name) const {
  const Value* value = Find(name);
  if (value == nullptr) return std::nullopt;
  return value->number_value();
}

}  // namespace factcheck::kit
