#include "run/inputs.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "test_support.h"

namespace factcheck {
namespace {

std::vector<std::string> Paths(const FileList& files) {
  return std::vector<std::string>(files.begin(), files.end());
}

TEST(InputsTest, FoldersAreSearchedForArticlesSortedWithoutHiddenEntries) {
  testing::TempDir dir;
  dir.Write("b.md", "");
  dir.Write("a/c.markdown", "");
  dir.Write("a/d.txt", "");
  dir.Write("a/e.csv", "");
  dir.Write(".git/f.md", "");
  dir.Write(".hidden.md", "");
  const std::string root = dir.path().string();
  EXPECT_EQ(
      Paths(ExpandInputs({root, root + "/b.md", "-"})),
      (std::vector<std::string>{"-", root + "/a/c.markdown", root + "/a/d.txt", root + "/b.md"}));
}

// A folder's entries are taken in the order of their names, and a
// subfolder's files where it comes: "b/x.md" before "b.md" in that order,
// which is not the order of the paths ('.' before '/'). The list comes out
// in the paths' order all the same, and a file given twice once.
TEST(InputsTest, NestedFoldersComeOutInTheOrderOfTheirPaths) {
  testing::TempDir dir;
  for (const char* name : {"b/x.md", "b.md", "b0.md", "a.md", "b/sub/y.md", "b/sub.md",
                           "long-name-one.md", "long-name-two.md", "B.md"}) {
    dir.Write(name, "");
  }
  const std::string root = dir.path().string();
  const std::vector<std::string> listed = Paths(ExpandInputs({root, root + "/a.md"}));
  std::vector<std::string> expected;
  for (const char* name : {"B.md", "a.md", "b.md", "b/sub.md", "b/sub/y.md", "b/x.md", "b0.md",
                           "long-name-one.md", "long-name-two.md"}) {
    expected.push_back(root + "/" + name);
  }
  EXPECT_EQ(listed, expected);
}

// Whether every article was listed as a regular file: what lets a run read
// each without asking its type first. Standard input, a pipe, a missing path
// or a device given by name is not one; a folder lists regular files only.
TEST(InputsTest, SaysWhetherEveryArticleWasListedAsARegularFile) {
  testing::TempDir dir;
  const std::string article = dir.Write("a/b.md", "");
  const std::string folder = (dir.path() / "a").string();
  const std::string fifo = (dir.path() / "pipe.md").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const auto listed = [](const std::vector<std::string>& paths) {
    bool regular = false;
    ExpandInputs(paths, nullptr, &regular);
    return regular;
  };
  EXPECT_TRUE(listed({folder}));
  EXPECT_TRUE(listed({article}));
  EXPECT_TRUE(listed({folder, article}));
  EXPECT_TRUE(listed({dir.path().string()}));  // The FIFO inside is left out, a problem.
  EXPECT_FALSE(listed({folder, "-"}));
  EXPECT_FALSE(listed({article, fifo}));
  EXPECT_FALSE(listed({article, (dir.path() / "missing.md").string()}));
  EXPECT_FALSE(listed({"/dev/null"}));
}

}  // namespace
}  // namespace factcheck
