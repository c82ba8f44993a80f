#include "config/paths.h"

#include <cstdlib>
#include <filesystem>

#include "factcheck/error.h"

namespace factcheck {
namespace fs = std::filesystem;

namespace {
// Set by CMake: the install layout's folders, relative to the prefix.
#ifndef FACTCHECK_PLUGIN_SUBDIR
#define FACTCHECK_PLUGIN_SUBDIR "lib/factcheck/plugins"
#endif
#ifndef FACTCHECK_DATA_SUBDIR
#define FACTCHECK_DATA_SUBDIR "share/factcheck"
#endif

fs::path Prefix() { return fs::path(ExecutableDir()).parent_path(); }
}  // namespace

std::string ExecutableDir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return ".";
  return exe.parent_path().string();
}

std::string BundledPluginDir() { return (Prefix() / FACTCHECK_PLUGIN_SUBDIR).string(); }

std::string DefaultConfigPath() {
  return (Prefix() / FACTCHECK_DATA_SUBDIR / "factcheck.yaml").string();
}

std::string ResolvePluginLibrary(const std::string& value) {
  if (value.find('/') != std::string::npos || fs::path(value).extension() == ".so") {
    return value;
  }
  std::vector<std::string> dirs{BundledPluginDir()};
  if (const char* env = std::getenv("FACTCHECK_PLUGIN_PATH")) {
    std::string list = env;
    for (std::size_t begin = 0; begin <= list.size();) {
      std::size_t end = list.find(':', begin);
      if (end == std::string::npos) end = list.size();
      if (end > begin) dirs.push_back(list.substr(begin, end - begin));
      begin = end + 1;
    }
  }
  std::string looked;
  for (const std::string& dir : dirs) {
    fs::path candidate = fs::path(dir) / (value + ".so");
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    looked += "\n  " + candidate.string();
  }
  throw Error("plugin library '" + value + "' not found; looked in:" + looked +
              "\n(set FACTCHECK_PLUGIN_PATH to add folders)");
}

}  // namespace factcheck
