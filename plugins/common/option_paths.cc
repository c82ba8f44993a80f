#include "common/option_paths.h"

#include <filesystem>

#include "factcheck/error.h"

namespace factcheck::kit {
namespace fs = std::filesystem;

std::vector<ReferencePath> ReferencePaths(const google::protobuf::Struct& options,
                                          const std::string& plugin, const std::string& config_dir,
                                          bool required) {
  std::vector<std::string> paths;
  for (const auto& [key, value] : options.fields()) {
    if (key != "reference") {
      throw Error(plugin + ": unknown option '" + key + "' (expected: reference)");
    }
    if (value.has_string_value()) {
      paths.push_back(value.string_value());
    } else if (value.has_list_value()) {
      for (const auto& item : value.list_value().values()) {
        if (!item.has_string_value()) throw Error(plugin + ": option 'reference' must list paths");
        paths.push_back(item.string_value());
      }
    } else {
      throw Error(plugin + ": option 'reference' must be a path or a list of paths");
    }
  }
  if (required && paths.empty()) throw Error(plugin + ": option 'reference' is required");
  std::vector<ReferencePath> out;
  for (const std::string& path : paths) {
    const fs::path full =
        fs::path(path).is_absolute() ? fs::path(path) : fs::path(config_dir) / path;
    std::error_code ec;
    const fs::path shown = fs::proximate(full, ec);
    out.push_back({full.string(), ec ? full.string() : shown.string()});
  }
  return out;
}

}  // namespace factcheck::kit
