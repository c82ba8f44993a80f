// `factcheck reference check` and `factcheck reference import`.
#include <gtest/gtest.h>

#include "test_support.h"

namespace factcheck {
namespace {

using testing::RunFactcheck;

const std::string kData = std::string(FACTCHECK_SOURCE_DIR) + "/tests/data/";

TEST(ReferenceCliTest, CheckPrintsCountsOfTheBundledData) {
  auto result = RunFactcheck(
      {"reference", "check",
       std::string(FACTCHECK_SOURCE_DIR) + "/config/reference/office-holders/israel.yaml",
       std::string(FACTCHECK_SOURCE_DIR) + "/config/reference/office-holders/people.yaml"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("ok: 2 files: 5 offices, "), std::string::npos) << result.out;
}

TEST(ReferenceCliTest, StatusShowsHowFarEachFileReachesAndWarnsOfOldOrUndeclaredData) {
  testing::TempDir dir;
  const std::string checked =
      dir.Write("checked.yaml",
                "coverage: {checked: 2001-05-01, complete_from: 1990}\n"
                "offices:\n  - {id: a.p, title: President, jurisdiction: Avalon,\n"
                "     holders: [{name: A B, from: 1990, to: 2000}, {name: C D, from: 2000}]}\n");
  const std::string undeclared =
      dir.Write("undeclared.yaml",
                "offices:\n  - {id: b.p, title: President, jurisdiction: Borduria,\n"
                "     holders: [{name: E F, from: 2010}]}\n");
  auto result = RunFactcheck({"reference", "status", checked, undeclared});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  // One line a file: offices, terms, open terms, complete from, checked.
  std::string columns;
  for (char c : result.out) {
    if (c != ' ' || columns.empty() || columns.back() != ' ') columns += c;
  }
  EXPECT_NE(columns.find(checked + " 1 2 1 1990 2001-05-01 ("), std::string::npos) << columns;
  EXPECT_NE(columns.find(undeclared + " 1 1 1 - -\n"), std::string::npos) << columns;
  EXPECT_NE(result.err.find("warning: " + checked + " was last checked "), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("warning: " + undeclared + " declares no coverage"), std::string::npos)
      << result.err;
}

TEST(ReferenceCliTest, StatusPerOfficeShowsTheHolderOnADayAndHowFarTheDataReaches) {
  testing::TempDir dir;
  const std::string data =
      dir.Write("data.yaml",
                "coverage: {checked: 2001-05-01, complete_from: 1990}\n"
                "offices:\n  - {id: a.p, title: President, jurisdiction: Avalon,\n"
                "     holders: [{name: A B, from: 1990, to: 2000}, {name: C D, from: 2000}]}\n"
                "  - {id: b.p, title: Prime Minister, jurisdiction: Borduria,\n"
                "     holders: [{name: E F, from: 1995, to: 1999}]}\n");
  auto result = RunFactcheck({"reference", "status", "--offices", "--as-of", "1996-06-01", data});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::string columns;
  for (char c : result.out) {
    if (c != ' ' || columns.empty() || columns.back() != ' ') columns += c;
  }
  EXPECT_NE(columns.find("holder on 1996-06-01\n"), std::string::npos) << columns;
  EXPECT_NE(columns.find("Avalon President 2 1990 2001-05-01 A B\n"), std::string::npos) << columns;
  EXPECT_NE(columns.find("Borduria Prime Minister 1 1990 2001-05-01 E F\n"), std::string::npos) << columns;
  // After the check, an open term is no longer known to run.
  result = RunFactcheck({"reference", "status", "--offices", "--as-of", "2010-01-01", data});
  EXPECT_NE(result.out.find("unknown (C D until at least 2001-05-01)"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("none listed"), std::string::npos) << result.out;
  result = RunFactcheck({"reference", "status", "--offices", "--as-of", "soon", data});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find("--as-of 'soon' is not a day"), std::string::npos) << result.err;
}

TEST(ReferenceCliTest, CheckReportsFilesThatDisagreeAboutAHolder) {
  testing::TempDir dir;
  const std::string ours =
      dir.Write("ours.yaml",
                "offices:\n  - {id: a.pm, title: Prime Minister, jurisdiction: Avalon,\n"
                "     holders: [{name: Ann Ash, from: 2001, to: 2005-06-01}, "
                "{name: Bo Birch, from: 2005-06-01}]}\n");
  const std::string theirs =
      dir.Write("theirs.yaml",
                "offices:\n  - {id: avalon.prime-minister, title: prime minister, "
                "jurisdiction: Avalon,\n"
                "     holders: [{name: Ann Ash, from: 2001-01-01, to: 2005-06-01},\n"
                "               {name: Cy Cole, from: 2005-06-01, to: 2006-01-01}]}\n");
  auto result = RunFactcheck({"reference", "check", ours, theirs});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("warning: the files disagree: " + ours +
                            ":3 lists Bo Birch as Prime Minister of Avalon from 2005-06-01; " +
                            theirs + ":4 lists Cy Cole from 2005-06-01 to 2006-01-01"),
            std::string::npos)
      << result.err;
  // Where they agree, nothing is said.
  EXPECT_EQ(result.err.find("Ann Ash"), std::string::npos) << result.err;
}

TEST(ReferenceCliTest, CheckNamesTheBadLine) {
  testing::TempDir dir;
  const std::string file = dir.Write("bad.yaml",
                                     "offices:\n  - {id: x, title: T, jurisdiction: J,\n"
                                     "     holders: [{name: A B, from: 2020-02-30}]}\n");
  auto result = RunFactcheck({"reference", "check", file});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(file + ":3:34: 'from' must be a date"), std::string::npos)
      << result.err;
}

TEST(ReferenceCliTest, ImportsACsvWithAColumnMappingAndDateFormat) {
  testing::TempDir dir;
  const std::string out = (dir.path() / "examples.yaml").string();
  auto result = RunFactcheck({"reference",
                              "import",
                              "csv",
                              kData + "cabinet.csv",
                              "--name",
                              "appointee",
                              "--title-column",
                              "position",
                              "--jurisdiction",
                              "Avalon",
                              "--adjective",
                              "Avalonian",
                              "--from",
                              "start_date",
                              "--to",
                              "end_date",
                              "--date-format",
                              "%m/%d/%y",
                              "--open-value",
                              "Still in office",
                              "-o",
                              out});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("cabinet.csv:4: skipped: cannot read"), std::string::npos)
      << result.err;
  const std::string yaml = testing::ReadFile(out);
  EXPECT_NE(yaml.find("id: avalon.secretary-of-examples"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("{name: \"Doe, Jane\", from: 1977-01-21, to: 1979-09-23}"), std::string::npos)
      << yaml;
  EXPECT_NE(yaml.find("{name: John Roe, from: 1979-09-23}"), std::string::npos) << yaml;
  EXPECT_EQ(RunFactcheck({"reference", "check", out}).exit_code, 0);
}

// A normalized source as the IfG ministers database is: people renamed over
// time (a peerage), and one post title in several departments.
TEST(ReferenceCliTest, ImportKeepsTheNameOfTheDayAndTellsDepartmentsApart) {
  testing::TempDir dir;
  dir.Write("person.csv",
            "id,name,start_date,end_date\n"
            "p1,Anne Avon,,2008-10-03\n"
            "p1,Baroness Avon,2008-10-03,\n"
            "p2,Ben Bray,,\n");
  dir.Write("post.csv",
            "id,name\n"
            "health,Minister of State\n"
            "trade,Minister of State\n");
  const std::string appointments = dir.Write("appointment.csv",
                                             "person_id,post_id,start_date,end_date\n"
                                             "p1,health,2004-01-01,2006-01-01\n"
                                             "p2,trade,2005-01-01,2007-01-01\n"
                                             "p1,trade,2009-01-01,\n");
  const std::string out = (dir.path() / "ministers.yaml").string();
  const auto person = (dir.path() / "person.csv").string();
  const auto post = (dir.path() / "post.csv").string();
  auto result = RunFactcheck({"reference",
                              "import",
                              "csv",
                              appointments,
                              "--name",
                              "person_id",
                              "--lookup",
                              "person_id=" + person + ":id:name:start_date:end_date",
                              "--title-column",
                              "post_id",
                              "--lookup",
                              "post_id=" + post + ":id:name",
                              "--office-key",
                              "post_id",
                              "--jurisdiction",
                              "Avalon",
                              "--from",
                              "start_date",
                              "--to",
                              "end_date",
                              "-o",
                              out});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const std::string yaml = testing::ReadFile(out);
  // Two offices of the same title, neither cutting the other's terms.
  EXPECT_NE(yaml.find("id: avalon.minister-of-state.health"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("id: avalon.minister-of-state.trade"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("{name: Anne Avon, from: 2004-01-01, to: 2006-01-01}"), std::string::npos)
      << yaml;
  EXPECT_NE(yaml.find("{name: Ben Bray, from: 2005-01-01, to: 2007-01-01}"), std::string::npos)
      << yaml;
  // The name of the day, and the other one as an alias.
  EXPECT_NE(yaml.find("{name: Baroness Avon, from: 2009-01-01}"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("{name: Anne Avon, aliases: [Baroness Avon]}"), std::string::npos) << yaml;
  EXPECT_EQ(result.err.find("ended it there"), std::string::npos) << result.err;
  EXPECT_EQ(RunFactcheck({"reference", "check", out}).exit_code, 0);
}

TEST(ReferenceCliTest, ATitleMapGivesPostsTheTitlesThePressUses) {
  testing::TempDir dir;
  const std::string map = dir.Write("map.csv",
                                    "formal,title,aliases\n"
                                    "Secretary of State for the Home Department,Home Secretary,\n"
                                    "Chancellor of the Exchequer,Chancellor of the Exchequer,"
                                    "Chancellor;Treasury chief\n");
  const std::string posts = dir.Write("posts.csv",
                                      "name,post,from,to\n"
                                      "Ann Ash,Secretary of State for the Home Department,"
                                      "2001-01-01,2004-12-15\n"
                                      "Bo Birch,Secretary of State for the Home Department,"
                                      "2004-12-15,\n"
                                      "Cy Cole,Chancellor of the Exchequer,1997-05-02,\n"
                                      "Di Dunn,Minister of State,2003-01-01,\n");
  const std::string out = (dir.path() / "ministers.yaml").string();
  auto result = RunFactcheck({"reference", "import", "csv", posts, "--name", "name",
                              "--title-column", "post", "--title-map", map, "--jurisdiction",
                              "Avalon", "--from", "from", "--to", "to", "-o", out});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const std::string yaml = testing::ReadFile(out);
  EXPECT_NE(yaml.find("id: avalon.home-secretary\n    title: Home Secretary"), std::string::npos)
      << yaml;
  EXPECT_NE(yaml.find("title: Chancellor of the Exchequer\n    jurisdiction: Avalon\n    aliases: "
                      "[Chancellor, Treasury chief]"),
            std::string::npos)
      << yaml;
  // Posts the map does not name keep their formal name.
  EXPECT_NE(yaml.find("title: Minister of State"), std::string::npos) << yaml;
}

// REIGN's leader list: the start's day, month and year in three columns, the
// end's month and year in two.
TEST(ReferenceCliTest, ImportsDatesSplitOverYearMonthAndDayColumns) {
  testing::TempDir dir;
  const std::string leaders = dir.Write("leaders.csv",
                                        "stateabb,leader,sdate,smonth,syear,emonth,eyear\n"
                                        "AVL,Ash,12,4,1945,1,1953\n"
                                        "AVL,Birch,20,1,1953,,\n"
                                        "AVL,Cole,31,2,1960,3,1961\n");
  auto result = RunFactcheck({"reference", "import", "csv", leaders, "--name", "leader", "--title",
                              "President", "--jurisdiction-column", "stateabb", "--from",
                              "syear,smonth,sdate", "--to", "eyear,emonth"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("{name: Ash, from: 1945-04-12, to: 1953-01}"), std::string::npos)
      << result.out;
  // An end with no month or year is a term still running.
  EXPECT_NE(result.out.find("{name: Birch, from: 1953-01-20}"), std::string::npos) << result.out;
  // 31 February is no date: the row is skipped, naming its line and dates.
  EXPECT_NE(result.err.find("leaders.csv:4: skipped: cannot read name, title or dates "
                            "('1960/2/31', '1961/3')"),
            std::string::npos)
      << result.err;
}

TEST(ReferenceCliTest, ImportsWikidataSparqlResults) {
  auto result =
      RunFactcheck({"reference", "import", "wikidata", kData + "wikidata-position-held.json"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("id: avalon.prime-minister"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("title: Prime Minister"), std::string::npos);
  EXPECT_NE(result.out.find("{name: Ada Example, from: 2015-05-04, to: 2019-07-24}"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("{name: Ben Sample, from: 2019-07-24}"), std::string::npos);
  EXPECT_NE(result.err.find("binding 3: skipped"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace factcheck
