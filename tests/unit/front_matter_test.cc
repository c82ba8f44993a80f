#include "document/front_matter.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "factcheck/error.h"

namespace factcheck {
namespace {

TEST(FrontMatterTest, ReadsScalarsAndWhereTheBodyStarts) {
  const std::string text = "---\ntitle: \"A visit\"\ndate: 2023-06-15\ntags: [a, b]\n---\nBody.\n";
  FrontMatter fm = ParseFrontMatter("a.md", text);
  EXPECT_EQ(text.substr(fm.body_offset), "Body.\n");
  EXPECT_EQ(fm.scalars.at("title").text, "A visit");
  EXPECT_EQ(fm.scalars.at("date").text, "2023-06-15");
  EXPECT_EQ(fm.scalars.at("date").line, 3u);
  EXPECT_EQ(fm.scalars.at("date").column, 7u);
  EXPECT_EQ(fm.scalars.count("tags"), 0u);  // Not a scalar.
}

TEST(FrontMatterTest, KeysComeInTheOrderWrittenWhicheverParserReadThem) {
  for (const std::string yaml :
       {"zeta: 1\nalpha: 2\nmid: 3\n", "zeta: 1\nalpha: 2\nmid: 3\nlist: [x]\n"}) {
    FrontMatter fm = ParseFrontMatter("a.md", "---\n" + yaml + "---\nBody.\n");
    std::string keys;
    for (const auto& [key, value] : fm.scalars) keys += key + " ";
    EXPECT_EQ(keys, "zeta alpha mid ") << yaml;
    EXPECT_THROW(fm.scalars.at("beta"), std::out_of_range);
  }
}

TEST(FrontMatterTest, NoFenceOrNoClosingFenceIsNoFrontMatter) {
  EXPECT_EQ(ParseFrontMatter("a.md", "Text.\n---\n").body_offset, 0u);
  EXPECT_EQ(ParseFrontMatter("a.md", "---\nA rule, then text.\n").body_offset, 0u);
}

TEST(FrontMatterTest, BadYamlNamesFileLineAndColumn) {
  try {
    ParseFrontMatter("a.md", "---\ntitle: ok\ndate: [unclosed\n---\nBody\n");
    FAIL();
  } catch (const LocatedError& e) {
    EXPECT_EQ(e.file(), "a.md");
    EXPECT_GE(e.line(), 3u);
    EXPECT_NE(std::string(e.what()).find("front matter is not valid YAML"), std::string::npos);
  }
  EXPECT_THROW(ParseFrontMatter("a.md", "---\n- a list\n---\n"), LocatedError);
}

}  // namespace
}  // namespace factcheck

namespace factcheck {
namespace {

// Flat front matter is read without yaml-cpp; it must read exactly as
// yaml-cpp would, and everything else must still go through yaml-cpp.
TEST(FrontMatterTest, FlatAndFullYamlReadTheSame) {
  const std::string flat =
      "---\ntitle: \"A 'quoted' title\"\ndate: 2023-06-15\nauthor: Ann O'Neil\nsingle: 'x "
      "y'\n---\n";
  FrontMatter fm = ParseFrontMatter("a.md", flat);
  EXPECT_EQ(fm.scalars.at("title").text, "A 'quoted' title");
  EXPECT_EQ(fm.scalars.at("author").text, "Ann O'Neil");
  EXPECT_EQ(fm.scalars.at("single").text, "x y");
  EXPECT_EQ(fm.scalars.at("date").column, 7u);
  // Forms the flat reader leaves to yaml-cpp.
  const std::string full =
      "---\ntitle: \"Tab\\tand \\\"escapes\\\"\"\ndate: 2023-06-15 # a comment\ntags: [a, b]\n"
      "summary: >\n  folded\n  text\n---\n";
  FrontMatter fm2 = ParseFrontMatter("a.md", full);
  EXPECT_EQ(fm2.scalars.at("title").text, "Tab\tand \"escapes\"");
  EXPECT_EQ(fm2.scalars.at("date").text, "2023-06-15");
  EXPECT_EQ(fm2.scalars.at("summary").text, "folded text\n");
  EXPECT_EQ(fm2.scalars.count("tags"), 0u);
}

}  // namespace
}  // namespace factcheck
