#include "run/file_list.h"

#include <algorithm>
#include <limits>
#include <numeric>

#include "factcheck/error.h"

namespace factcheck {

FileList::FileList(std::initializer_list<std::string_view> paths) {
  for (const std::string_view path : paths) Add(path);
}

FileList::FileList(const std::vector<std::string>& paths) {
  std::size_t bytes = 0;
  for (const std::string& path : paths) bytes += path.size();
  Reserve(paths.size(), bytes);
  for (const std::string& path : paths) Add(path);
}

void FileList::Reserve(std::size_t paths, std::size_t bytes) {
  // Geometrically, as a walk asks again for each folder of a tree.
  if (const std::size_t needed = ends_.size() + paths; needed > ends_.capacity()) {
    ends_.reserve(std::max(needed, 2 * ends_.capacity()));
  }
  if (const std::size_t needed = bytes_.size() + bytes; needed > bytes_.capacity()) {
    bytes_.reserve(std::max(needed, 2 * bytes_.capacity()));
  }
}

void FileList::Add(std::string_view path) {
  bytes_.append(path);
  Added();
}

void FileList::AddJoined(std::string_view folder, std::string_view name) {
  bytes_.append(folder);
  bytes_.append(name);
  Added();
}

void FileList::Added() {
  if (bytes_.size() > std::numeric_limits<std::uint32_t>::max()) {
    throw Error("too many files to check in one run: their paths pass 4 GiB");
  }
  ends_.push_back(static_cast<std::uint32_t>(bytes_.size()));
}

void FileList::SortUnique() {
  bool in_order = true;
  for (std::size_t i = 1; i < size() && in_order; ++i) in_order = (*this)[i - 1] < (*this)[i];
  if (in_order) return;
  std::vector<std::uint32_t> order(size());
  std::iota(order.begin(), order.end(), 0u);
  // Paths that compare equal are the same bytes: any order of them will do.
  std::sort(order.begin(), order.end(),
            [this](std::uint32_t a, std::uint32_t b) { return (*this)[a] < (*this)[b]; });
  FileList sorted;
  sorted.Reserve(size(), bytes_.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (k > 0 && (*this)[order[k]] == (*this)[order[k - 1]]) continue;
    sorted.Add((*this)[order[k]]);
  }
  *this = std::move(sorted);
}

}  // namespace factcheck
