// The HTML report in a real browser: Debian's Chromium renders it headless;
// the highlights must sit where the spans say, and nothing from the article
// may run as script.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <utility>
#include <vector>

#include "test_support.h"

namespace factcheck {
namespace {

std::string Chromium() {
  for (const char* path : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    if (std::filesystem::exists(path)) return path;
  }
  return "";
}

// Runs headless Chromium on `url` with `flags`; its stdout goes to `out`.
bool RunChromium(const std::string& browser, const std::string& flags, const std::string& url,
                 const testing::TempDir& dir, const std::string& out) {
  const std::string command =
      "timeout 60 '" + browser +
      "' --headless --no-sandbox --disable-gpu --disable-quic --disable-background-networking "
      "--disable-component-update --disable-sync --no-first-run --hide-scrollbars "
      "--user-data-dir='" +
      (dir.path() / "profile").string() + "' " + flags + " '" + url + "' > '" + out +
      "' 2>/dev/null";
  return std::system(command.c_str()) == 0;
}

// The DOM after scripts ran; `fragment` is added to the page's URL.
std::string RenderedDom(const std::string& browser, const std::string& html,
                        const testing::TempDir& dir, const std::string& fragment = "") {
  const std::string out = (dir.path() / "dom.html").string();
  if (!RunChromium(browser, "--dump-dom", "file://" + html + fragment, dir, out)) return "";
  return testing::ReadFile(out);
}

// A report of the test plugin's findings on `articles` (name, text).
std::string Report(const testing::TempDir& dir,
                   const std::vector<std::pair<std::string, std::string>>& articles) {
  const std::string config = dir.Write("c.yaml", testing::TestPluginConfig("library: test_plugin"));
  std::vector<std::string> args{"check", "--config", config, "--format", "html"};
  for (const auto& [name, text] : articles) args.push_back(dir.Write(name, text));
  return dir.Write("report.html", testing::RunFactcheck(args).out);
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
                     "data-plugin=\"words\" data-finding=\"f0-0\""),
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

TEST(HtmlReportTest, MarkdownIsShownAsReadersSeeItWithExactHighlights) {
  const std::string browser = Chromium();
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed";
  testing::TempDir dir;
  const std::string html =
      Report(dir, {{"a.md",
                    "---\ntitle: A story\n---\n# The headline\n\n"
                    "A *falsehood* in [a link](https://example.org/x) and **a rumour**.\n\n"
                    "<!-- factcheck-ignore other: a comment the reader never sees -->\n"
                    "[Not a link](javascript:alert(1)) and the truth.\n"}});
  const std::string dom = RenderedDom(browser, html, dir);
  ASSERT_FALSE(dom.empty()) << "chromium rendered nothing";
  EXPECT_NE(dom.find("<h3>The headline</h3>"), std::string::npos) << dom;
  EXPECT_EQ(dom.find("title: A story"), std::string::npos) << "front matter is not prose";
  EXPECT_NE(dom.find("<em><mark class=\"contradicted\""), std::string::npos) << dom;
  EXPECT_NE(dom.find(">falsehood</mark></em>"), std::string::npos) << dom;
  EXPECT_NE(dom.find("<a rel=\"noopener noreferrer\" href=\"https://example.org/x\">a link</a>"),
            std::string::npos)
      << dom;
  EXPECT_NE(dom.find(">rumour</mark></strong>"), std::string::npos) << dom;
  EXPECT_EQ(dom.find("javascript:"), std::string::npos) << dom;
  EXPECT_EQ(dom.find("never sees"), std::string::npos) << dom;
}

TEST(HtmlReportTest, ProblemsComeFirstAndAHighlightOpensItsFinding) {
  const std::string browser = Chromium();
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed";
  testing::TempDir dir;
  const std::string html = Report(dir, {{"a.md", "Only the truth here.\n"},
                                        {"b.md", "The truth, a rumour and a falsehood.\n"}});
  const std::string dom = RenderedDom(browser, html, dir);
  ASSERT_FALSE(dom.empty());
  // b.md, with a contradiction, comes before a.md; in it the contradiction
  // before the rumour; supported findings are collapsed.
  EXPECT_LT(dom.find("b.md <small>"), dom.find("a.md <small>")) << dom;
  EXPECT_LT(dom.find("id=\"f1-2\""), dom.find("id=\"f1-1\"")) << dom;
  EXPECT_NE(dom.find("<details><summary>1 supported by the reference data</summary>"),
            std::string::npos)
      << dom;
  // A link to a finding (what a click on its highlight does) opens it.
  const std::string opened = RenderedDom(browser, html, dir, "#f0-0");
  EXPECT_NE(opened.find("<details open=\"\"><summary>1 supported"), std::string::npos) << opened;
  EXPECT_NE(opened.find("id=\"f0-0\" data-verdict=\"supported\" data-plugin=\"words\" "
                        "class=\"active\""),
            std::string::npos)
      << opened;
}

TEST(HtmlReportTest, ScreenshotsAtDesktopAndPhoneWidth) {
  const std::string browser = Chromium();
  if (browser.empty()) GTEST_SKIP() << "chromium is not installed";
  testing::TempDir dir;
  const std::string html =
      Report(dir, {{"story.md",
                    "# Minister visits\n\nThe *minister* told a rumour and a falsehood, then the "
                    "truth.\n\nA second paragraph with [a link](https://example.org) and more of "
                    "the truth.\n"}});
  // Kept in the build tree for people to look at.
  const auto shots =
      std::filesystem::path(FACTCHECK_BINARY).parent_path().parent_path() / "screenshots";
  std::filesystem::create_directories(shots);
  for (const auto& [name, size] :
       {std::pair{"report-1300.png", "1300,900"}, std::pair{"report-400.png", "400,900"}}) {
    const std::string png = (shots / name).string();
    std::filesystem::remove(png);
    ASSERT_TRUE(RunChromium(browser, "--screenshot='" + png + "' --window-size=" + size,
                            "file://" + html, dir, (dir.path() / "log").string()));
    EXPECT_GT(std::filesystem::file_size(png), 10'000u) << png;
  }
}

}  // namespace
}  // namespace factcheck
