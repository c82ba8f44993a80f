// SARIF output validated by Microsoft's SARIF Multitool, which .ci/run
// installs with npm into build/tools; skipped where it is not installed.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "test_support.h"

namespace factcheck {
namespace {

TEST(SarifTest, MultitoolFindsNoErrors) {
  const std::filesystem::path tool =
      std::filesystem::path(FACTCHECK_BINARY).parent_path().parent_path() /
      "tools/node_modules/.bin/sarif-multitool";
  if (!std::filesystem::exists(tool)) GTEST_SKIP() << tool << " is not installed";
  testing::TempDir dir;
  const std::string config = dir.Write("c.yaml", testing::TestPluginConfig("library: test_plugin"));
  // Every kind of result: an error with a suggested fix, a warning, a note,
  // and a finding suppressed by a comment.
  const std::string article =
      dir.Write("a.md",
                "A falsehood, a rumour and the truth.\n\n"
                "<!-- factcheck-ignore words: a quoted speech -->\nA quoted falsehood.\n");
  auto result = testing::RunFactcheck(
      {"check", "--config", config, "--format", "sarif", "--show-supported", article});
  ASSERT_EQ(result.exit_code, 1) << result.err;
  const std::string sarif = dir.Write("out.sarif", result.out);
  const std::string log = (dir.path() / "validate.log").string();
  const int rc = std::system(
      ("timeout 300 '" + tool.string() + "' validate '" + sarif + "' > '" + log + "' 2>&1")
          .c_str());
  const std::string output = testing::ReadFile(log);
  EXPECT_EQ(rc, 0) << output;
  EXPECT_EQ(output.find(": error "), std::string::npos) << output;
  EXPECT_NE(output.find("Analysis completed successfully"), std::string::npos) << output;
}

}  // namespace
}  // namespace factcheck
