// The HTML report in a real browser: Debian's Chromium renders it headless;
// the highlights must sit where the spans say, and nothing from the article
// may run as script.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "test_support.h"

namespace factcheck {
namespace {

std::string Chromium() {
  for (const char* path : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (std::filesystem::exists(path)) return path;
  }
  return "";
}

// The DOM after scripts ran.
std::string RenderedDom(const std::string& browser, const std::string& html,
                        const testing::TempDir& dir) {
  const std::string out = (dir.path() / "dom.html").string();
  const std::string command =
      "timeout 60 '" + browser +
      "' --headless --no-sandbox --disable-gpu --disable-background-networking "
      "--disable-component-update --disable-sync --no-first-run --user-data-dir='" +
      (dir.path() / "profile").string() + "' --dump-dom 'file://" + html + "' > '" + out +
      "' 2>/dev/null";
  if (std::system(command.c_str()) != 0) return "";
  return testing::ReadFile(out);
}

TEST(HtmlReportTest, HighlightsSitOnTheirSpansAndArticleHtmlDoesNotRun) {
  const std::string browser = Chromium();
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed";
  testing::TempDir dir;
  const std::string config = dir.Write("c.yaml", testing::TestPluginConfig("library: test_plugin"));
  const std::string article =
      dir.Write("a.txt",
                "A falsehood <script>document.title='pwned'</script> and a rumour "
                "<img src=x onerror=\"document.title='pwned too'\"> & the truth.\n");
  auto result = testing::RunFactcheck({"check", "--config", config, "--format", "html", article});
  ASSERT_EQ(result.exit_code, 1) << result.err;
  const std::string html = dir.Write("report.html", result.out);
  const std::string dom = RenderedDom(browser, html, dir);
  ASSERT_FALSE(dom.empty()) << "chromium rendered nothing";
  // The article's markup is text, not elements, and did not run.
  EXPECT_NE(dom.find("<title>factcheck report</title>"), std::string::npos) << dom;
  EXPECT_EQ(dom.find("pwned</title>"), std::string::npos);
  EXPECT_EQ(dom.find("<img src=\"x\""), std::string::npos);
  EXPECT_NE(dom.find("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), std::string::npos);
  // Each highlight holds exactly the flagged words, colored by verdict.
  EXPECT_NE(dom.find("<mark class=\"contradicted\" data-verdict=\"contradicted\" "
                     "data-plugin=\"words\" data-finding=\"0\""),
            std::string::npos)
      << dom;
  EXPECT_NE(dom.find(">falsehood</mark>"), std::string::npos);
  EXPECT_NE(dom.find("class=\"needs-verification\""), std::string::npos);
  EXPECT_NE(dom.find(">rumour</mark>"), std::string::npos);
  EXPECT_NE(dom.find(">truth</mark>"), std::string::npos);
  // The filter script ran: every verdict is checked, so nothing is "off".
  EXPECT_EQ(dom.find("class=\"contradicted off\""), std::string::npos);
  EXPECT_NE(dom.find("1 file, 3 claims"), std::string::npos);
}

}  // namespace
}  // namespace factcheck
