#include "front_matter.h"

#include <gtest/gtest.h>

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
