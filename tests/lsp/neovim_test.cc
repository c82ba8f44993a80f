// `factcheck lsp` with a real client: Neovim's built-in LSP client, headless,
// opens an article with known findings and reads back its diagnostics and a
// hover (nvim_diagnostics.lua). Skipped, saying so, where Neovim is not
// installed (scripts/install-deps.sh installs Debian's).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "test_support.h"

namespace factcheck {
namespace {

TEST(NeovimTest, OpeningAnArticleShowsItsFindingsAsDiagnostics) {
  if (std::system("command -v nvim >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "nvim is not installed (Debian package neovim)";
  }
  testing::TempDir dir;
  dir.Write(".factcheck.yaml",
            testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN));
  const std::string article = dir.Write("news/draft.md",
                                        "---\ndate: 2023-06-15\n---\n# Budget\n\n"
                                        "The minister’s falsehood and a rumour, then the truth.\n");
  const std::string out = (dir.path() / "out.json").string();
  const std::string log = (dir.path() / "nvim.log").string();
  const std::string command =
      "cd '" + dir.path().string() + "' && HOME='" + dir.path().string() + "' FACTCHECK_BINARY='" +
      FACTCHECK_BINARY + "' FACTCHECK_FILE='" + article + "' FACTCHECK_OUT='" + out +
      "' timeout 90 nvim --headless --clean -c 'luafile " + FACTCHECK_SOURCE_DIR +
      "/tests/lsp/nvim_diagnostics.lua' > '" + log + "' 2>&1";
  const int rc = std::system(command.c_str());
  ASSERT_EQ(rc, 0) << testing::ReadFile(log);
  const std::string result = testing::ReadFile(out);
  ASSERT_FALSE(result.empty()) << testing::ReadFile(log);
  // Contradicted is an error (1), needs verification a warning (2); the
  // supported "truth" is not shown by default. The server sends UTF-16
  // characters (15 before "falsehood"); Neovim keeps byte columns, in which
  // the curly apostrophe is three bytes: 17.
  EXPECT_NE(result.find("\"line\": 5"), std::string::npos) << result;
  EXPECT_NE(result.find("\"col\": 17"), std::string::npos) << result;
  EXPECT_NE(result.find("\"end_col\": 26"), std::string::npos) << result;
  EXPECT_NE(result.find("\"severity\": 1"), std::string::npos) << result;
  EXPECT_NE(result.find("\"severity\": 2"), std::string::npos) << result;
  EXPECT_NE(result.find("contradicted: The word 'falsehood' is flagged."), std::string::npos)
      << result;
  EXPECT_NE(result.find("\"code\": \"words/flagged-word\""), std::string::npos) << result;
  EXPECT_NE(result.find("\"source\": \"factcheck\""), std::string::npos) << result;
  EXPECT_EQ(result.find("'truth'"), std::string::npos) << result;
  EXPECT_NE(result.find("test-plugin:1"), std::string::npos) << "hover with evidence: " << result;
}

}  // namespace
}  // namespace factcheck
