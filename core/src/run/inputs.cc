#include "run/inputs.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

namespace factcheck {
namespace {

bool IsArticle(std::string_view name) {
  return name.ends_with(".md") || name.ends_with(".markdown") || name.ends_with(".txt");
}

// What a path is, following symbolic links: kMissing for a broken link.
enum class Kind { kFolder, kFile, kMissing, kOther };

Kind KindOf(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    return errno == ENOENT || errno == ENOTDIR ? Kind::kMissing : Kind::kOther;
  }
  if (S_ISDIR(info.st_mode)) return Kind::kFolder;
  return S_ISREG(info.st_mode) ? Kind::kFile : Kind::kOther;
}

// Walks folders once each (by device and inode, so that a symbolic link back
// up the tree ends), collecting articles and problems. Listed with readdir,
// whose entry types spare a system call per file: an archive of short
// articles is mostly file names.
class FolderWalk {
 public:
  FolderWalk(std::vector<std::string>* files, std::vector<InputProblem>* problems)
      : files_(*files), problems_(problems) {}

  void Walk(const std::string& folder) {
    struct stat info {};
    if (::stat(folder.c_str(), &info) != 0) return Problem(folder, "cannot be looked at");
    if (!seen_.emplace(info.st_dev, info.st_ino).second) {
      return Problem(folder,
                     "is a symbolic link back into a folder already searched: not followed");
    }
    DIR* listing = ::opendir(folder.c_str());
    if (listing == nullptr) {
      return Problem(folder, std::string("cannot be listed: ") + std::strerror(errno));
    }
    std::vector<std::pair<std::string, unsigned char>> entries;  // Name and type.
    // Room for the entries the folder's size suggests, at sixteen bytes
    // each (an ext4 entry of a name of up to eight bytes; other file
    // systems give a size or nothing), bounded: the list is then not
    // copied as it grows, and only the room it fills is touched (a fresh
    // page costs a fault, dear on a virtual machine).
    entries.reserve(std::min<std::size_t>(static_cast<std::size_t>(info.st_size) / 16, 1 << 16));
    errno = 0;
    while (const dirent* entry = ::readdir(listing)) {
      const std::string_view name = entry->d_name;
      if (name != "." && name != "..") entries.emplace_back(name, entry->d_type);
    }
    const int error = errno;
    ::closedir(listing);
    if (error != 0)
      return Problem(folder, std::string("cannot be listed: ") + std::strerror(error));
    const std::string prefix = folder.ends_with('/') ? folder : folder + '/';
    // Grown once for the folder's files, still geometrically over many
    // folders.
    if (const std::size_t needed = files_.size() + entries.size(); needed > files_.capacity()) {
      files_.reserve(std::max(needed, 2 * files_.capacity()));
    }
    for (const auto& [name, type] : entries) Visit(prefix + name, name, type);
  }

 private:
  void Visit(std::string path, std::string_view name, unsigned char type) {
    if (name.starts_with(".")) return;
    // The type as the listing gave it; links and types it did not give are
    // followed with a system call.
    const bool follow = type == DT_LNK || type == DT_UNKNOWN;
    const Kind kind =
        follow ? KindOf(path)
               : (type == DT_DIR ? Kind::kFolder : (type == DT_REG ? Kind::kFile : Kind::kOther));
    if (kind == Kind::kFolder) return Walk(path);
    if (!IsArticle(name)) return;
    if (kind == Kind::kFile) {
      files_.push_back(std::move(path));
    } else if (kind == Kind::kMissing) {
      Problem(path, "is a broken symbolic link");
    } else {
      Problem(path, "is not a regular file (a FIFO, socket or device): not read");
    }
  }

  void Problem(const std::string& path, const std::string& message) {
    if (problems_ != nullptr) problems_->push_back({path, message});
  }

  std::vector<std::string>& files_;
  std::vector<InputProblem>* problems_;
  std::set<std::pair<dev_t, ino_t>> seen_;
};

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths,
                                      std::vector<InputProblem>* problems, bool* listed_regular) {
  std::vector<std::string> files;
  FolderWalk walk(&files, problems);  // Adds regular files only.
  bool regular = true;
  for (const std::string& path : paths) {
    const Kind kind = path == "-" ? Kind::kOther : KindOf(path);
    if (kind == Kind::kFolder) {
      walk.Walk(path);
      continue;
    }
    files.push_back(path);
    regular = regular && kind == Kind::kFile;
  }
  if (listed_regular != nullptr) *listed_regular = regular;
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace factcheck
