// The paths of a run's articles, in one buffer.
#ifndef FACTCHECK_CORE_RUN_FILE_LIST_H_
#define FACTCHECK_CORE_RUN_FILE_LIST_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck {

// A list of paths held as one string and where each ends: an archive's
// 19,043 paths as strings were a string and a heap block each, and their
// fresh pages a fault each (dear on a virtual machine), more than half the
// time of listing the folder.
class FileList {
 public:
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;

    const_iterator() = default;
    std::string_view operator*() const { return (*list_)[index_]; }
    const_iterator& operator++() {
      ++index_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++index_;
      return before;
    }
    bool operator==(const const_iterator& other) const { return index_ == other.index_; }

   private:
    friend class FileList;
    const_iterator(const FileList* list, std::size_t index) : list_(list), index_(index) {}
    const FileList* list_ = nullptr;
    std::size_t index_ = 0;
  };

  FileList() = default;
  FileList(std::initializer_list<std::string_view> paths);
  // The same paths as a vector of strings holds them.
  FileList(const std::vector<std::string>& paths);  // NOLINT: implicit.

  // Room for `paths` more paths of `bytes` bytes in all.
  void Reserve(std::size_t paths, std::size_t bytes);
  // Adds `path`; AddJoined adds `folder` (ending in '/') followed by `name`.
  void Add(std::string_view path);
  void AddJoined(std::string_view folder, std::string_view name);

  std::size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::string_view operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(bytes_).substr(begin, ends_[i] - begin);
  }
  const_iterator begin() const { return const_iterator(this, 0); }
  const_iterator end() const { return const_iterator(this, size()); }

  // Sorted by their bytes, each path once. A list in that order already
  // (a folder's listing) is left as it is.
  void SortUnique();

 private:
  // Throws Error when the paths outgrow the 32-bit ends.
  void Added();

  std::string bytes_;
  std::vector<std::uint32_t> ends_;  // One past each path's last byte.
};

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_FILE_LIST_H_
