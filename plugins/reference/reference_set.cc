#include "reference/reference_set.h"

#include <filesystem>
#include <fstream>

#include "factcheck/error.h"

namespace factcheck::reference {
namespace {

namespace fs = std::filesystem;

// An events file has a top-level `events:` or `series:` section; anything
// else is read as office-holder data.
bool IsEventsFile(const fs::path& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("events:") || line.starts_with("series:")) return true;
    if (line.starts_with("offices:") || line.starts_with("people:")) return false;
  }
  return false;
}

}  // namespace

std::string LoadReferenceFiles(const google::protobuf::Struct& options, const std::string& plugin,
                               const std::string& config_dir, Events* events,
                               OfficeHolders* people) {
  std::vector<std::string> paths;
  for (const auto& [key, value] : options.fields()) {
    if (key != "reference") return plugin + ": unknown option '" + key + "' (expected: reference)";
    if (value.has_string_value()) {
      paths.push_back(value.string_value());
    } else if (value.has_list_value()) {
      for (const auto& item : value.list_value().values()) {
        if (!item.has_string_value()) return plugin + ": option 'reference' must list paths";
        paths.push_back(item.string_value());
      }
    } else {
      return plugin + ": option 'reference' must be a path or a list of paths";
    }
  }
  try {
    for (const std::string& path : paths) {
      const fs::path full =
          fs::path(path).is_absolute() ? fs::path(path) : fs::path(config_dir) / path;
      std::error_code ec;
      const fs::path shown = fs::proximate(full, ec);
      const std::string shown_text = ec ? full.string() : shown.string();
      if (!fs::exists(full)) throw Error(shown_text + ": no such file");
      if (IsEventsFile(full)) {
        events->Load(full.string(), shown_text);
      } else {
        people->Load(full.string(), shown_text);
      }
    }
    events->Finish();
    people->Finish();
  } catch (const LocatedError& e) {
    return e.Describe();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace factcheck::reference
