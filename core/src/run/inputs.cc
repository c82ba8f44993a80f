#include "run/inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

namespace factcheck {
namespace fs = std::filesystem;
namespace {

bool IsArticle(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".md" || ext == ".markdown" || ext == ".txt";
}

// Walks folders once each (by device and inode, so that a symbolic link back
// up the tree ends), collecting articles and problems.
class FolderWalk {
 public:
  FolderWalk(std::vector<std::string>* files, std::vector<InputProblem>* problems)
      : files_(*files), problems_(problems) {}

  void Walk(const fs::path& folder) {
    struct stat info {};
    if (::stat(folder.c_str(), &info) != 0) return Problem(folder, "cannot be looked at");
    if (!seen_.emplace(info.st_dev, info.st_ino).second) {
      return Problem(folder,
                     "is a symbolic link back into a folder already searched: not followed");
    }
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    if (ec) return Problem(folder, "cannot be listed: " + ec.message());
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) return Problem(folder, "cannot be listed: " + ec.message());
      entries.push_back(*it);
    }
    for (const fs::directory_entry& entry : entries) Visit(entry);
  }

 private:
  void Visit(const fs::directory_entry& entry) {
    const fs::path& path = entry.path();
    if (path.filename().string().starts_with(".")) return;
    std::error_code ec;
    // The entry's type as the listing gave it, followed through symbolic
    // links: a system call per file only for links and odd files.
    if (entry.is_directory(ec)) return Walk(path);
    if (!IsArticle(path)) return;
    if (entry.is_regular_file(ec)) return files_.push_back(path.string());
    const fs::file_status status = entry.status(ec);
    if (status.type() == fs::file_type::regular) {
      files_.push_back(path.string());
    } else if (status.type() == fs::file_type::not_found) {
      Problem(path, "is a broken symbolic link");
    } else {
      Problem(path, "is not a regular file (a FIFO, socket or device): not read");
    }
  }

  void Problem(const fs::path& path, const std::string& message) {
    if (problems_ != nullptr) problems_->push_back({path.string(), message});
  }

  std::vector<std::string>& files_;
  std::vector<InputProblem>* problems_;
  std::set<std::pair<dev_t, ino_t>> seen_;
};

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths,
                                      std::vector<InputProblem>* problems) {
  std::vector<std::string> files;
  FolderWalk walk(&files, problems);
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !fs::is_directory(path, ec)) {
      files.push_back(path);
      continue;
    }
    walk.Walk(path);
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace factcheck
