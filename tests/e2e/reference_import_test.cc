// `factcheck reference import`: the congress-legislators YAML, what the
// written file says about itself, and merging an import with hand-curated
// data that is preferred to it.
#include <gtest/gtest.h>

#include "test_support.h"

namespace factcheck {
namespace {

using testing::RunFactcheck;

// A person as the project writes them: the middle names, a nickname or an
// official full name; terms as president and roles in Congress.
constexpr char kCongress[] = R"(- name: {first: Harold, middle: Quentin Ames, last: Avery}
  terms:
  - {type: prez, start: '1901-03-04', end: '1905-03-04'}
  - {type: prez, start: '1905-03-04', end: '1909-03-04'}
  - {type: viceprez, start: '1897-03-04', end: '1901-03-04'}
  - {type: rep, start: '1890-03-04', end: '1897-03-04'}
- name: {first: William, middle: Bell, last: Birch, nickname: Billy}
  terms:
  - {type: prez, start: '1909-03-04'}
- name: {first: Cora, last: Cole, official_full: Cora D. Cole}
  leadership_roles:
  - {title: Speaker of the House, chamber: house, start: '2019-01-03', end: '2023-01-03'}
  - {title: House Democratic Caucus Chair, chamber: house, start: '2015-01-03', end: '2019-01-03'}
  - {title: Speaker of the House, chamber: house, start: 'soon'}
)";

TEST(ReferenceImportTest, ReadsCongressLegislatorsAsThePressNamesPeople) {
  testing::TempDir dir;
  const std::string people = dir.Write("executive.yaml", kCongress);
  const std::string map = dir.Write("congress.csv",
                                    "formal,title,aliases\n"
                                    "President,President,\n"
                                    "Vice President,Vice President,\n"
                                    "Speaker of the House,Speaker of the House,House Speaker\n");
  auto result = RunFactcheck(
      {"reference", "import", "congress", people, "--title-map", map, "--only-mapped"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& yaml = result.out;
  // Middle names as initials, written out as an alias; two terms in a row
  // are one; a seat in the House is no office.
  EXPECT_NE(yaml.find("{name: Harold Q. A. Avery, from: 1901-03-04, to: 1909-03-04}"),
            std::string::npos)
      << yaml;
  EXPECT_NE(yaml.find("{name: Harold Q. A. Avery, aliases: [Harold Quentin Ames Avery]}"),
            std::string::npos)
      << yaml;
  EXPECT_NE(yaml.find("title: Vice President"), std::string::npos) << yaml;
  EXPECT_EQ(yaml.find("1890-03-04"), std::string::npos) << yaml;
  // The nickname, and the official full name, win.
  EXPECT_NE(yaml.find("{name: Billy Birch, from: 1909-03-04}"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("title: Speaker of the House\n    jurisdiction: United States\n    "
                      "aliases: [House Speaker]"),
            std::string::npos)
      << yaml;
  EXPECT_NE(yaml.find("{name: Cora D. Cole, from: 2019-01-03, to: 2023-01-03}"), std::string::npos)
      << yaml;
  // Roles the map does not name are left out with --only-mapped; a date
  // that does not parse is a warning naming the line.
  EXPECT_EQ(yaml.find("Caucus"), std::string::npos) << yaml;
  EXPECT_NE(result.err.find("executive.yaml:14:5: skipped: cannot read the dates ('soon', '')"),
            std::string::npos)
      << result.err;
}

TEST(ReferenceImportTest, CongressYamlThatIsNotAListOfPeopleIsAnErrorNamingTheLine) {
  testing::TempDir dir;
  const std::string bad = dir.Write("bad.yaml", "- name: {first: A, last: B}\n- 42\n");
  auto result = RunFactcheck({"reference", "import", "congress", bad});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find("bad.yaml:2:3: a person needs a 'name' map"), std::string::npos)
      << result.err;
  const std::string broken = dir.Write("broken.yaml", "- name: {first: A\n");
  result = RunFactcheck({"reference", "import", "congress", broken});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find("broken.yaml:"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("not YAML"), std::string::npos) << result.err;
}

TEST(ReferenceImportTest, TheWrittenFileCitesItsSourceAndDeclaresItsCoverage) {
  testing::TempDir dir;
  const std::string rows = dir.Write("rows.csv", "name,from\nAnn Ash,2001-01-01\n");
  const std::string out = (dir.path() / "out.yaml").string();
  auto result = RunFactcheck({"reference",
                              "import",
                              "csv",
                              rows,
                              "--name",
                              "name",
                              "--title",
                              "President",
                              "--jurisdiction",
                              "Avalon",
                              "--from",
                              "from",
                              "--source",
                              "Avalon Gazette, list of presidents",
                              "--checked",
                              "2024-06-30",
                              "--complete-from",
                              "1990",
                              "--note",
                              "Built by a script.",
                              "-o",
                              out});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string yaml = testing::ReadFile(out);
  EXPECT_EQ(yaml.rfind("# Built by a script.\n# imported by `factcheck reference import csv` "
                       "from rows.csv\ncoverage: {checked: 2024-06-30, complete_from: 1990}\n",
                       0),
            0u)
      << yaml;
  EXPECT_NE(yaml.find("source: Avalon Gazette, list of presidents\n"), std::string::npos) << yaml;
  result = RunFactcheck({"reference", "import", "csv", rows, "--name", "name", "--title", "P",
                         "--jurisdiction", "A", "--from", "from", "--checked", "last week"});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find("'last week' is not a date"), std::string::npos) << result.err;
}

// The hand-curated file keeps its terms; the import fills the years it does
// not give, as terms of the same office, and says where the two disagree.
TEST(ReferenceImportTest, AnImportDefersToPreferredDataAndExtendsItsOffices) {
  testing::TempDir dir;
  const std::string hand =
      dir.Write("hand.yaml",
                "coverage: {checked: 2010-01-01}\n"
                "offices:\n  - {id: av.pm, title: Prime Minister, aliases: [premier],\n"
                "     jurisdiction: Avalon,\n"
                "     holders: [{name: Ann Ash, from: 2001-01-01, to: 2005-06-01},\n"
                "               {name: Bo Birch, from: 2005-06-01}]}\n");
  const std::string rows = dir.Write("rows.csv",
                                     "name,post,from,to\n"
                                     "Di Dunn,premier,1990-01-01,2001-01-01\n"
                                     "Ann Ash,Prime Minister,2001-01-01,2005-06-01\n"
                                     "Cy Cole,Prime Minister,2003-01-01,2004-01-01\n"
                                     "Bo Birch,Prime Minister,2005-06-01,2012-03-01\n"
                                     "Ed Eve,Prime Minister,2012-03-01,\n");
  const std::string out = (dir.path() / "out.yaml").string();
  auto result = RunFactcheck({"reference", "import", "csv", rows, "--name", "name",
                              "--title-column", "post", "--jurisdiction", "Avalon", "--from",
                              "from", "--to", "to", "--defer-to", hand, "-o", out});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("3 terms left out: the preferred files give them"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("rows.csv:4: Cy Cole as Prime Minister of Avalon 2003-01-01 to "
                            "2004-01-01 left out: " +
                            hand + ":5 lists Ann Ash from 2001-01-01 to 2005-06-01"),
            std::string::npos)
      << result.err;
  const std::string yaml = testing::ReadFile(out);
  // Both kept terms extend the hand-curated office, under its title (the
  // first row used its alias).
  EXPECT_NE(yaml.find("id: av.pm\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("extends: true"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("{name: Di Dunn, from: 1990-01-01, to: 2001-01-01}"), std::string::npos)
      << yaml;
  EXPECT_EQ(yaml.find("Cy Cole"), std::string::npos) << yaml;
  // Loaded together they are one office: Bo Birch's open term, checked in
  // 2010, ends where the import's later term starts; nothing disagrees.
  result = RunFactcheck({"reference", "status", hand, out});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  result = RunFactcheck({"reference", "check", hand, out});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("ok: 2 files: 1 offices, 4 terms"), std::string::npos) << result.out;
  EXPECT_EQ(result.err.find("disagree"), std::string::npos) << result.err;
}

// An acting holder during a leave, posts held jointly: terms that overlap
// by more than a month are holders at the same time, none of them cut.
TEST(ReferenceImportTest, HoldersAtTheSameTimeGoToAFurtherOfficeOfTheTitle) {
  testing::TempDir dir;
  const std::string rows = dir.Write("rows.csv",
                                     "name,from,to\n"
                                     "Ann Ash,2020-02-13,2022-09-06\n"
                                     "Bo Birch,2021-03-02,2021-09-10\n"
                                     "Cy Cole,2022-09-01,2023-01-01\n");
  auto result = RunFactcheck({"reference", "import", "csv", rows, "--name", "name", "--title",
                              "Attorney General", "--jurisdiction", "Avalon", "--from", "from",
                              "--to", "to"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& yaml = result.out;
  EXPECT_NE(yaml.find("id: avalon.attorney-general\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("id: avalon.attorney-general.2\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("{name: Bo Birch, from: 2021-03-02, to: 2021-09-10}"), std::string::npos)
      << yaml;
  EXPECT_NE(result.err.find("rows.csv:3: Bo Birch's term in avalon.attorney-general from "
                            "2021-03-02 overlaps Ann Ash's; both kept"),
            std::string::npos)
      << result.err;
  // A handover dated a few days loose ends the earlier term.
  EXPECT_NE(yaml.find("{name: Ann Ash, from: 2020-02-13, to: 2022-09-01}"), std::string::npos)
      << yaml;
}

TEST(ReferenceImportTest, AnOfficeExtendingAnotherMustNameTheSameOffice) {
  testing::TempDir dir;
  const std::string hand = dir.Write("hand.yaml",
                                     "offices:\n  - {id: av.pm, title: Prime Minister, "
                                     "jurisdiction: Avalon, holders: [{name: A B, from: 2001}]}\n");
  const std::string other =
      dir.Write("other.yaml",
                "offices:\n  - {id: av.pm, title: President, extends: true,\n"
                "     jurisdiction: Avalon, holders: [{name: C D, from: 1990}]}\n");
  auto result = RunFactcheck({"reference", "check", hand, other});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find("other.yaml:2:10: 'av.pm' extends Prime Minister of Avalon"),
            std::string::npos)
      << result.err;
  // Without `extends`, a second office of one id is a mistake.
  const std::string twice =
      dir.Write("twice.yaml",
                "offices:\n  - {id: av.pm, title: Prime Minister, jurisdiction: Avalon,\n"
                "     holders: [{name: C D, from: 1990, to: 2000}]}\n");
  result = RunFactcheck({"reference", "check", hand, twice});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find("duplicate office id 'av.pm'"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace factcheck
