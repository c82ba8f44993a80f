#include "document/front_matter.h"

#include <gtest/gtest.h>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

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
    const std::string text = "---\n" + yaml + "---\nBody.\n";
    FrontMatter fm = ParseFrontMatter("a.md", text);
    std::string keys;
    for (const auto& [key, value] : fm.scalars) keys += std::string(key) + " ";
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

// Values of every shape the flat reader judges (colons, hashes, quotes,
// spaces and tabs in every place) read the same as when yaml-cpp reads them,
// which a list line makes it do; a value yaml-cpp rejects is rejected by
// both.
TEST(FrontMatterTest, FlatValuesReadAsYamlCppReadsThem) {
  const std::vector<std::string> pieces = {"a", ":", " ", "#", "'", "\"", "b:c", "-", "x y", "\t"};
  std::size_t compared = 0;
  for (const std::string& a : pieces) {
    for (const std::string& b : pieces) {
      for (const std::string& c : pieces) {
        const std::string line = "key: " + a + b + c + "\n";
        const std::string flat = "---\n" + line + "---\n";
        const std::string full = "---\n" + line + "list: [x]\n---\n";
        std::optional<std::string> read_flat, read_full;
        try {
          const FrontMatter fm = ParseFrontMatter("a.md", flat);
          if (fm.scalars.count("key")) read_flat = std::string(fm.scalars.at("key").text);
        } catch (const LocatedError&) {
        }
        try {
          const FrontMatter fm = ParseFrontMatter("a.md", full);
          if (fm.scalars.count("key")) read_full = std::string(fm.scalars.at("key").text);
        } catch (const LocatedError&) {
        }
        EXPECT_EQ(read_flat, read_full) << line;
        ++compared;
      }
    }
  }
  EXPECT_EQ(compared, 1000u);
}

}  // namespace
}  // namespace factcheck
