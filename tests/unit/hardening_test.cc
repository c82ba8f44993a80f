// Untrusted bytes at the lowest layer: bounded YAML, front matter with any
// line ending, positions with a byte-order mark, file names that are not
// UTF-8, control characters on the way to a terminal, and folders whose
// entries cannot be read.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "base/utf8.h"
#include "base/yaml_guard.h"
#include "document/front_matter.h"
#include "factcheck/error.h"
#include "run/inputs.h"
#include "test_support.h"

namespace factcheck {
namespace {

namespace fs = std::filesystem;

// The message of the LocatedError that `yaml` raises, or "" when it passes.
std::string YamlProblem(const std::string& yaml) {
  try {
    CheckYamlBounds(yaml, "c.yaml");
  } catch (const LocatedError& e) {
    EXPECT_EQ(e.file(), "c.yaml");
    EXPECT_GE(e.line(), 1u);
    return e.what();
  }
  return "";
}

TEST(YamlGuardTest, OrdinaryYamlWithAFewAliasesPasses) {
  EXPECT_EQ(YamlProblem("a: &x [1, 2]\nb: *x\nc: {d: e}\n"), "");
}

TEST(YamlGuardTest, AliasBombIsRefusedBeforeAnythingIsExpanded) {
  // Each level doubles the one before: 2^20 nodes from a few hundred bytes.
  std::string bomb = "l0: &l0 [x, x]\n";
  for (int i = 1; i <= 20; ++i) {
    bomb += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [*l" + std::to_string(i - 1) +
            ", *l" + std::to_string(i - 1) + "]\n";
  }
  EXPECT_NE(YamlProblem(bomb), "");
}

TEST(YamlGuardTest, SelfReferencingAliasIsRefused) {
  // yaml-cpp builds a cycle from this, and converting it overflows the stack.
  EXPECT_NE(YamlProblem("a: &x [*x]\n"), "");
}

TEST(YamlGuardTest, DeepNestingIsRefused) {
  EXPECT_EQ(YamlProblem(std::string(60, '[') + std::string(60, ']') + "\n"), "");
  EXPECT_NE(YamlProblem(std::string(50'000, '[') + std::string(50'000, ']') + "\n"), "");
  std::string block;
  for (int i = 0; i < 100; ++i) block += std::string(i, ' ') + "k:\n";
  EXPECT_NE(YamlProblem(block), "");
}

TEST(YamlGuardTest, DuplicateKeysAreRefusedWithTheirLine) {
  try {
    CheckYamlBounds("a: 1\nb: 2\na: 3\n", "c.yaml");
    FAIL() << "a key twice was accepted";
  } catch (const LocatedError& e) {
    EXPECT_EQ(e.line(), 3u);
  }
}

TEST(YamlGuardTest, LinesCountFromWhereTheYamlStarts) {
  try {
    CheckYamlBounds("a: 1\na: 2\n", "f.md", 2);
    FAIL();
  } catch (const LocatedError& e) {
    EXPECT_EQ(e.line(), 3u);
  }
}

TEST(FrontMatterHardeningTest, CrlfAndCrOnlyFencesKeepTheFrontMatter) {
  for (const std::string eol : {"\r\n", "\r"}) {
    const std::string text = "---" + eol + "date: 2023-06-15" + eol + "---" + eol + "Body." + eol;
    FrontMatter fm = ParseFrontMatter("a.md", text);
    ASSERT_EQ(fm.scalars.count("date"), 1u) << "line ending of " << eol.size() << " bytes";
    EXPECT_EQ(fm.scalars.at("date").text, "2023-06-15");
    EXPECT_EQ(fm.scalars.at("date").line, 2u);
    EXPECT_EQ(text.substr(fm.body_offset), "Body." + eol);
  }
}

TEST(FrontMatterHardeningTest, LineEndingsAreFoundAnywhereInALongLine) {
  // Line breaks are looked for sixteen bytes at a time: one at every place
  // of a block, and after the last whole block.
  for (const std::string eol : {"\n", "\r\n", "\r"}) {
    for (std::size_t length = 1; length <= 40; ++length) {
      const std::string title(length, 'x');
      const std::string text =
          "---" + eol + "title: " + title + eol + "date: 2023-06-15" + eol + "---" + eol + "B";
      FrontMatter fm = ParseFrontMatter("a.md", text);
      ASSERT_EQ(fm.scalars.count("title"), 1u) << length;
      EXPECT_EQ(fm.scalars.at("title").text, title);
      EXPECT_EQ(fm.scalars.at("date").line, 3u);
      EXPECT_EQ(text.substr(fm.body_offset), "B");
    }
  }
}

TEST(FrontMatterHardeningTest, DuplicateDateAndAliasBombAreErrors) {
  EXPECT_THROW(ParseFrontMatter("a.md", "---\ndate: 2020-01-01\ndate: 2021-01-01\n---\nB\n"),
               LocatedError);
  std::string bomb = "---\nl0: &l0 [x, x]\n";
  for (int i = 1; i <= 20; ++i) {
    bomb += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [*l" + std::to_string(i - 1) +
            ", *l" + std::to_string(i - 1) + "]\n";
  }
  EXPECT_THROW(ParseFrontMatter("a.md", bomb + "---\nBody\n"), LocatedError);
}

TEST(LineIndexHardeningTest, CrOnlyLinesAndByteOrderMark) {
  const std::string text =
      "\xEF\xBB\xBF"
      "ab\rcd\r\nef";
  LineIndex lines(text);
  EXPECT_EQ(lines.At(3).line, 1u);
  EXPECT_EQ(lines.At(3).column, 1u);  // The mark is no column.
  EXPECT_EQ(lines.At(4).column, 2u);
  EXPECT_EQ(lines.At(text.find("cd")).line, 2u);
  EXPECT_EQ(lines.At(text.find("cd")).column, 1u);
  EXPECT_EQ(lines.At(text.find("ef")).line, 3u);
  EXPECT_EQ(lines.Line(2), "cd");
}

TEST(Utf8HardeningTest, InvalidBytesInNamesAreEscapedAndValidTextKept) {
  EXPECT_EQ(EscapeInvalidUtf8("caf\xC3\xA9.md"), "caf\xC3\xA9.md");
  EXPECT_EQ(EscapeInvalidUtf8("caf\xE9.md"), "caf\\xE9.md");
  EXPECT_EQ(EscapeInvalidUtf8("\xC0\xAF"), "\\xC0\\xAF");
  EXPECT_FALSE(FindUtf8Problem(EscapeInvalidUtf8("a\xFF\xFE\xED\xA0\x80z")));
}

TEST(Utf8HardeningTest, TerminalTextHasNoControlCharactersAndKeepsItsColumns) {
  EXPECT_EQ(ForTerminal("a\x1B[31mred\x1B[0m\tb"), "a?[31mred?[0m b");
  EXPECT_EQ(ForTerminal("caf\xC3\xA9 \xC2\x9B"
                        "2J"),
            "caf\xC3\xA9 ?2J");  // C1 CSI.
  EXPECT_EQ(ForTerminal("bell\x07 del\x7F"), "bell? del?");
}

TEST(InputsHardeningTest, LoopsBrokenLinksAndFifosAreReportedNotSkipped) {
  testing::TempDir dir;
  dir.Write("ok/a.md", "A.\n");
  const fs::path root = dir.path();
  fs::create_directory_symlink(root / "ok", root / "ok" / "loop");
  fs::create_symlink(root / "missing.md", root / "ok" / "broken.md");
  ASSERT_EQ(::mkfifo((root / "ok" / "pipe.md").c_str(), 0600), 0);
  std::vector<InputProblem> problems;
  const auto files = ExpandInputs({root.string()}, &problems);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0], (root / "ok" / "a.md").string());
  std::string all;
  for (const auto& p : problems) all += p.path + ": " + p.message + "\n";
  EXPECT_NE(all.find("broken.md"), std::string::npos) << all;
  EXPECT_NE(all.find("pipe.md"), std::string::npos) << all;
  EXPECT_NE(all.find("loop"), std::string::npos) << all;
}

// A folder reached by its own path and by a link beside it is listed by its
// own path, whichever name sorts first; the link is the one reported. A link
// met first in another folder leaves its folder reported as searched.
TEST(InputsHardeningTest, AFolderAndALinkToItListTheFolderByItsOwnPath) {
  testing::TempDir dir;
  dir.Write("news/z/x.md", "X.\n");
  const fs::path root = dir.path();
  fs::create_directory_symlink(root / "news" / "z", root / "news" / "a");
  std::vector<InputProblem> problems;
  const auto files = ExpandInputs({(root / "news").string()}, &problems);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0], (root / "news" / "z" / "x.md").string());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, (root / "news" / "a").string());
  EXPECT_NE(problems[0].message.find("symbolic link"), std::string::npos);

  testing::TempDir other;
  other.Write("b/x.md", "X.\n");
  fs::create_directory_symlink(other.path() / "b", other.path() / "a-link-first");
  fs::create_directory(other.path() / "0");
  fs::create_directory_symlink(other.path() / "b", other.path() / "0" / "to-b");
  problems.clear();
  const auto listed =
      ExpandInputs({(other.path() / "0").string(), other.path().string()}, &problems);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0], (other.path() / "0" / "to-b" / "x.md").string());
  std::string all;
  for (const auto& p : problems) all += p.path + ": " + p.message + "\n";
  EXPECT_NE(all.find("/b: is a folder already searched by another path"), std::string::npos) << all;
}

TEST(InputsHardeningTest, UnlistableFolderIsReported) {
  if (::geteuid() == 0) GTEST_SKIP() << "root lists every folder; permissions cannot be tested";
  testing::TempDir dir;
  dir.Write("closed/a.md", "A.\n");
  fs::permissions(dir.path() / "closed", fs::perms::none);
  std::vector<InputProblem> problems;
  ExpandInputs({dir.path().string()}, &problems);
  fs::permissions(dir.path() / "closed", fs::perms::owner_all);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].path.find("closed"), std::string::npos);
}

}  // namespace
}  // namespace factcheck
