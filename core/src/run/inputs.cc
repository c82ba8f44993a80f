#include "run/inputs.h"

#include <algorithm>
#include <filesystem>

namespace factcheck {
namespace fs = std::filesystem;
namespace {

bool IsArticle(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".md" || ext == ".markdown" || ext == ".txt";
}

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const fs::path& entry = it->path();
      if (entry.filename().string().starts_with(".")) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && IsArticle(entry)) files.push_back(entry.string());
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace factcheck
