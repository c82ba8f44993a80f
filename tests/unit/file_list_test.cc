#include "run/file_list.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace factcheck {
namespace {

std::vector<std::string> Paths(const FileList& files) {
  return std::vector<std::string>(files.begin(), files.end());
}

TEST(FileListTest, HoldsPathsInTheOrderAdded) {
  FileList files;
  EXPECT_TRUE(files.empty());
  files.Add("b.md");
  files.AddJoined("/news/", "a.md");
  files.Add("");
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files[0], "b.md");
  EXPECT_EQ(files[1], "/news/a.md");
  EXPECT_EQ(files[2], "");
  EXPECT_EQ(files[0], "b.md");
  EXPECT_EQ(Paths(files), (std::vector<std::string>{"b.md", "/news/a.md", ""}));
}

TEST(FileListTest, ComesFromAVectorOrABracedListAlike) {
  const std::vector<std::string> paths = {"a.md", "-", "c/d.txt"};
  const FileList from_vector = paths;
  const FileList from_list = {"a.md", "-", "c/d.txt"};
  EXPECT_EQ(Paths(from_vector), paths);
  EXPECT_EQ(Paths(from_list), paths);
}

TEST(FileListTest, SortsByBytesAndKeepsEachPathOnce) {
  FileList files = {"b.md", "a/x.md", "a.md", "b.md", "B.md", "a/x.md", "\xC3\xA9.md", "-"};
  files.SortUnique();
  EXPECT_EQ(Paths(files),
            (std::vector<std::string>{"-", "B.md", "a.md", "a/x.md", "b.md", "\xC3\xA9.md"}));
  // In order already: left as it is.
  FileList sorted = {"a", "b", "c"};
  sorted.SortUnique();
  EXPECT_EQ(Paths(sorted), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(FileListTest, ManyPathsReadBackAsTheyWereAdded) {
  FileList files;
  std::vector<std::string> expected;
  for (int i = 0; i < 5000; ++i) {
    expected.push_back("/archive/" + std::to_string(i) + ".md");
    files.Add(expected.back());
  }
  EXPECT_EQ(Paths(files), expected);
}

}  // namespace
}  // namespace factcheck
