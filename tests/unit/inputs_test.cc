#include "run/inputs.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace factcheck {
namespace {

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
      ExpandInputs({root, root + "/b.md", "-"}),
      (std::vector<std::string>{"-", root + "/a/c.markdown", root + "/a/d.txt", root + "/b.md"}));
}

}  // namespace
}  // namespace factcheck
