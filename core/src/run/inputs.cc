#include "run/inputs.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <limits>
#include <set>
#include <string>
#include <string_view>
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
  FolderWalk(FileList* files, std::vector<InputProblem>* problems)
      : files_(*files), problems_(problems) {}

  void Walk(const std::string& folder) {
    struct stat info {};
    if (::stat(folder.c_str(), &info) != 0) return Problem(folder, "cannot be looked at");
    if (!seen_.emplace(info.st_dev, info.st_ino).second) {
      // Reached before by another path: a link to it, a folder given twice,
      // or the folder itself when a link elsewhere was met first.
      struct stat own {};
      const bool link = ::lstat(folder.c_str(), &own) == 0 && S_ISLNK(own.st_mode);
      return Problem(folder, link ? "is a symbolic link back into a folder already searched: "
                                    "not followed"
                                  : "is a folder already searched by another path: "
                                    "not searched again");
    }
    DIR* listing = ::opendir(folder.c_str());
    if (listing == nullptr) {
      return Problem(folder, std::string("cannot be listed: ") + std::strerror(errno));
    }
    // The names in one buffer and a small record each, with room for what
    // the folder's size suggests (its bytes bound its names' on the file
    // systems that give one; bounded): only the room they fill is touched,
    // a fresh page being a fault, dear on a virtual machine. A string and
    // its heap block a name made a listing of 19,043 files fault 300 times.
    const auto size = std::min<std::size_t>(static_cast<std::size_t>(info.st_size), 1 << 22);
    std::string names;
    names.reserve(size);
    std::vector<Entry> entries;
    entries.reserve(size / 16);
    errno = 0;
    while (const dirent* entry = ::readdir(listing)) {
      const std::string_view name = entry->d_name;
      if (name == "." || name == ".." || name.size() > 0xFFFF) continue;
      if (names.size() + name.size() > std::numeric_limits<std::uint32_t>::max()) {
        ::closedir(listing);
        return Problem(folder, "cannot be listed: its names pass 4 GiB");
      }
      entries.push_back({NameKey(name), static_cast<std::uint32_t>(names.size()),
                         static_cast<std::uint16_t>(name.size()), entry->d_type});
      names.append(name);
    }
    const int error = errno;
    ::closedir(listing);
    if (error != 0)
      return Problem(folder, std::string("cannot be listed: ") + std::strerror(error));
    // In the order of their names, which is their paths' in the folder: a
    // folder of articles without subfolders or links needs no sort of its
    // paths (ExpandInputs). Their first eight bytes, as a number, decide
    // most comparisons.
    const auto name_of = [&names](const Entry& entry) {
      return std::string_view(names).substr(entry.offset, entry.length);
    };
    std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
      return a.key != b.key ? a.key < b.key : name_of(a) < name_of(b);
    });
    const std::string prefix = folder.ends_with('/') ? folder : folder + '/';
    files_.Reserve(entries.size(), entries.size() * prefix.size() + names.size());
    // The folder's own entries before its links, so that a folder a link
    // beside it leads to is listed by its own path, whatever the names.
    for (const bool links : {false, true}) {
      for (const Entry& entry : entries) {
        if (IsLinkOrUnknown(entry.type) == links) Visit(prefix, name_of(entry), entry.type);
      }
    }
  }

 private:
  // A folder's entry: where its name is in the listing's buffer, the first
  // eight bytes of it as a number that orders as the bytes do (padded with
  // zeros, as a shorter name orders first), and its type.
  struct Entry {
    std::uint64_t key;
    std::uint32_t offset;
    std::uint16_t length;
    unsigned char type;
  };
  // Whether the listing gave a link, or no type (then stat says what it is).
  static bool IsLinkOrUnknown(unsigned char type) { return type == DT_LNK || type == DT_UNKNOWN; }
  static std::uint64_t NameKey(std::string_view name) {
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < 8; ++i) {
      key = key << 8 | (i < name.size() ? static_cast<unsigned char>(name[i]) : 0u);
    }
    return key;
  }

  // The entry `name` of the folder whose path is `prefix` (ending in '/').
  void Visit(const std::string& prefix, std::string_view name, unsigned char type) {
    if (name.starts_with(".")) return;
    // An article the listing says is a regular file, as most are, is added
    // without a string of its own.
    if (type == DT_REG) {
      if (IsArticle(name)) files_.AddJoined(prefix, name);
      return;
    }
    const std::string path = prefix + std::string(name);
    // Links and types the listing did not give are followed with a system
    // call.
    const Kind kind =
        IsLinkOrUnknown(type) ? KindOf(path) : (type == DT_DIR ? Kind::kFolder : Kind::kOther);
    if (kind == Kind::kFolder) return Walk(path);
    if (!IsArticle(name)) return;
    if (kind == Kind::kFile) {
      files_.Add(path);
    } else if (kind == Kind::kMissing) {
      Problem(path, "is a broken symbolic link");
    } else {
      Problem(path, "is not a regular file (a FIFO, socket or device): not read");
    }
  }

  void Problem(const std::string& path, const std::string& message) {
    if (problems_ != nullptr) problems_->push_back({path, message});
  }

  FileList& files_;
  std::vector<InputProblem>* problems_;
  std::set<std::pair<dev_t, ino_t>> seen_;
};

}  // namespace

FileList ExpandInputs(const std::vector<std::string>& paths, std::vector<InputProblem>* problems,
                      bool* listed_regular) {
  FileList files;
  FolderWalk walk(&files, problems);  // Adds regular files only.
  bool regular = true;
  for (const std::string& path : paths) {
    const Kind kind = path == "-" ? Kind::kOther : KindOf(path);
    if (kind == Kind::kFolder) {
      walk.Walk(path);
      continue;
    }
    files.Add(path);
    regular = regular && kind == Kind::kFile;
  }
  if (listed_regular != nullptr) *listed_regular = regular;
  // A folder's files come in order (FolderWalk): a run over one folder of
  // articles needs no sort; subfolders and links make one.
  files.SortUnique();
  return files;
}

}  // namespace factcheck
