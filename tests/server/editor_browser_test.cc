// The live editor in a real browser: headless Debian Chromium, driven by
// puppeteer-core (installed by scripts/test.sh into build/tools), types a
// sentence into the page that `factcheck serve` serves and waits for its
// highlight (editor_browser.js has the steps). Skipped, saying why, where
// Chromium, Node.js or puppeteer-core cannot be had.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "server_process.h"
#include "test_support.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

TEST(EditorBrowserTest, TypedSentenceGetsItsHighlightAndFindingCanBeVerified) {
  const fs::path tools = fs::path(FACTCHECK_BINARY).parent_path().parent_path() / "tools";
  const fs::path puppeteer = tools / "node_modules/puppeteer-core";
  if (!fs::exists("/usr/bin/chromium")) GTEST_SKIP() << "/usr/bin/chromium is not installed";
  if (std::system("command -v node >/dev/null 2>&1") != 0) GTEST_SKIP() << "node is not installed";
  if (!fs::exists(puppeteer)) {
    GTEST_SKIP() << puppeteer << " is not installed (scripts/test.sh installs it with npm)";
  }
  testing::TempDir dir;
  const std::string config =
      dir.Write("factcheck.yaml",
                testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN));
  testing::ServerProcess server({"--config", config}, dir.path().string());
  const fs::path screenshot =
      fs::path(FACTCHECK_BINARY).parent_path().parent_path() / "Testing/editor-browser-test.png";
  fs::create_directories(screenshot.parent_path());
  const std::string log = (dir.path() / "browser.log").string();
  const std::string command = "NODE_PATH='" + (tools / "node_modules").string() +
                              "' timeout 120 node '" + FACTCHECK_SOURCE_DIR +
                              "/tests/server/editor_browser.js' '" + server.url() +
                              "' /usr/bin/chromium '" + (dir.path() / "profile").string() + "' '" +
                              screenshot.string() + "' > '" + log + "' 2>&1";
  const int rc = std::system(command.c_str());
  EXPECT_EQ(rc, 0) << testing::ReadFile(log) << "\nserver:\n" << server.Stderr();
  EXPECT_TRUE(fs::exists(screenshot));
  // The page's "mark verified" wrote the ledger beside the configuration.
  EXPECT_NE(testing::ReadFile(dir.path() / ".factcheck-verified.yaml").find("by: Ann Editor"),
            std::string::npos);
}

}  // namespace
}  // namespace factcheck
