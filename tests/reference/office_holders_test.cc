// The office-holder reference data: its schema, its validation errors (with
// file, line and column) and how partial dates are read.
#include "reference/office_holders.h"

#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>

#include "common/host_tokens.h"
#include "factcheck/error.h"
#include "test_support.h"

namespace factcheck::reference {
namespace {

class ReferenceTest : public ::testing::Test {
 protected:
  // Loads `yaml` as one file; returns "" or the error as "line:column: message".
  std::string LoadError(const std::string& yaml) {
    OfficeHolders reference;
    try {
      reference.Load(dir_.Write("ref.yaml", yaml), "ref.yaml");
      reference.Finish();
    } catch (const LocatedError& e) {
      return std::to_string(e.line()) + ":" + std::to_string(e.column()) + ": " + e.what();
    }
    return "";
  }
  testing::TempDir dir_;
};

const char kOffice[] =
    "offices:\n"
    "  - id: il.prime-minister\n"
    "    title: Prime Minister\n"
    "    aliases: [premier]\n"
    "    jurisdiction: Israel\n"
    "    adjectives: [Israeli]\n"
    "    holders:\n";

TEST_F(ReferenceTest, ReadsOfficesHoldersAndPeople) {
  OfficeHolders reference;
  reference.Load(dir_.Write(
      "a.yaml", std::string(kOffice) +
                    "      - {name: Yair Lapid, from: 2022-07-01, to: 2022-12-29}\n"
                    "      - {name: Benjamin Netanyahu, from: 2022-12-29}\n"
                    "people:\n"
                    "  - {name: Benjamin Netanyahu, aliases: [Bibi], born: 1949-10-21}\n"));
  reference.Finish();
  const auto counts = reference.Counts();
  EXPECT_EQ(counts.offices, 1u);
  EXPECT_EQ(counts.holdings, 2u);
  EXPECT_EQ(counts.people, 2u);
  const Office& office = reference.offices()[0];
  EXPECT_EQ(office.DisplayName(), "Prime Minister of Israel");
  EXPECT_FALSE(office.holders[1].to.has_value());
  EXPECT_EQ(reference.Cite(office.holders[1].source)
                .substr(reference.Cite(office.holders[1].source).rfind(':')),
            ":9");
  const PersonView netanyahu = reference.people()[office.holders[1].person];
  EXPECT_EQ(netanyahu.name, "Benjamin Netanyahu");
  EXPECT_EQ(reference.loaded_people()[office.holders[1].person].aliases,
            std::vector<std::string>{"Bibi"});
  EXPECT_TRUE(netanyahu.born.has_value());
  ASSERT_EQ(netanyahu.holdings.size(), 1u);
  EXPECT_EQ(netanyahu.holdings[0].holding, 1u);
}

TEST_F(ReferenceTest, ARecordCitesItsOwnSourceElseItsOffices) {
  OfficeHolders reference;
  reference.Load(
      dir_.Write("ref.yaml",
                 std::string(kOffice) +
                     "      - {name: Naftali Bennett, from: 2021-06-13, to: 2022-06-30}\n"
                     "      - {name: Yair Lapid, from: 2022-07-01, to: 2022-12-29,\n"
                     "         source: 'https://example.org/lapid'}\n"
                     "    source: Knesset, Israel's governments\n"
                     "  - id: il.president\n"
                     "    title: President\n"
                     "    jurisdiction: Israel\n"
                     "    holders: [{name: Isaac Herzog, from: 2021-07-07}]\n"),
      "ref.yaml");
  reference.Finish();
  const Office& pm = reference.offices()[0];
  EXPECT_EQ(reference.Citation(pm.source), "Knesset, Israel's governments");
  EXPECT_EQ(reference.Citation(pm.holders[0].source), "Knesset, Israel's governments");
  EXPECT_EQ(reference.Citation(pm.holders[1].source), "https://example.org/lapid");
  EXPECT_EQ(reference.Cite(pm.holders[1].source), "ref.yaml:9");
  EXPECT_EQ(reference.Citation(reference.offices()[1].holders[0].source), "");
}

TEST_F(ReferenceTest, SeveralFilesMergeAndAPersonMayHoldAnOfficeTwice) {
  OfficeHolders reference;
  reference.Load(dir_.Write(
      "a.yaml", std::string(kOffice) +
                    "      - {name: Benjamin Netanyahu, from: 1996-06-18, to: 1999-07-06}\n"
                    "      - {name: Benjamin Netanyahu, from: 2009-03-31, to: 2021-06-13}\n"));
  reference.Load(
      dir_.Write("b.yaml", "people:\n  - {name: Benjamin Netanyahu, aliases: [Netanyahu]}\n"));
  reference.Finish();
  EXPECT_EQ(reference.Counts().files, 2u);
  EXPECT_EQ(reference.people().size(), 1u);
  EXPECT_EQ(reference.people()[0].holdings.size(), 2u);
}

TEST_F(ReferenceTest, PartialDatesCoverTheirWholePeriod) {
  auto year = ParsePartialDate("2004");
  ASSERT_TRUE(year);
  EXPECT_EQ(FormatDay(year->first), "2004-01-01");
  EXPECT_EQ(FormatDay(year->last), "2004-12-31");
  auto month = ParsePartialDate("2024-02");
  ASSERT_TRUE(month);
  EXPECT_EQ(FormatDay(month->last), "2024-02-29");
  EXPECT_FALSE(ParsePartialDate("2023-02-30"));
  EXPECT_FALSE(ParsePartialDate("2023-13"));
  EXPECT_FALSE(ParsePartialDate("June 2023"));
}

TEST_F(ReferenceTest, BadDataNamesLineAndColumn) {
  EXPECT_EQ(LoadError(std::string(kOffice) + "      - {name: A B, from: 2022-13-01}\n"),
            "8:27: 'from' must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got '2022-13-01')");
  EXPECT_EQ(LoadError(std::string(kOffice) + "      - {name: A B, from: 2022-01-01, to: 2021}\n"),
            "8:43: 'to' (2021) is before 'from' (2022-01-01)");
  EXPECT_EQ(LoadError(std::string(kOffice) + "      - {name: A B, from: 2001}\n" +
                      "  - id: il.prime-minister\n    title: X\n    jurisdiction: Y\n")
                .substr(0, 44),
            "9:9: duplicate office id 'il.prime-minister'");
  EXPECT_EQ(LoadError(std::string(kOffice) + "      - {name: A B, from: 2001, colour: red}\n"),
            "8:33: unknown key 'colour' in a holder (expected one of: name, from, to, source)");
  EXPECT_EQ(LoadError("offices:\n  - id: x\n    title: T\n"), "2:5: missing 'jurisdiction'");
  EXPECT_EQ(LoadError("events: []\n"),
            "1:1: unknown section 'events' (expected offices, people or coverage)");
  EXPECT_NE(LoadError("offices:\n  - {id: x\n").find(": not valid YAML"), std::string::npos);
}

TEST_F(ReferenceTest, OverlappingHoldersAreAnErrorButASameDayHandoverIsNot) {
  EXPECT_EQ(
      LoadError(std::string(kOffice) + "      - {name: A B, from: 2001-01-01, to: 2005-06-01}\n"
                                       "      - {name: C D, from: 2005-06-01}\n"),
      "");
  const std::string error = LoadError(std::string(kOffice) +
                                      "      - {name: A B, from: 2001-01-01, to: 2005-06-01}\n"
                                      "      - {name: C D, from: 2005-05-01}\n");
  EXPECT_EQ(error.substr(0, 50), "9:1: holders overlap in office 'il.prime-minister'");
  // Someone still in office (no `to`) followed by someone else.
  EXPECT_NE(LoadError(std::string(kOffice) + "      - {name: A B, from: 2001}\n" +
                      "      - {name: C D, from: 2005}\n"),
            "");
}

// The sentence filter never hides a claim: every title and alias of the
// bundled data, in a sentence, passes it; prose without one does not.
void LoadBundledData(OfficeHolders* reference) {
  const std::filesystem::path data =
      std::filesystem::path(FACTCHECK_SOURCE_DIR) / "config/reference/office-holders";
  for (const auto& dir : {data, data / "generated"}) {
    for (const auto& file : std::filesystem::directory_iterator(dir)) {
      if (file.path().extension() == ".yaml") reference->Load(file.path().string());
    }
  }
  reference->Finish();
}

// `text` as one sentence with the host's tokens.
v1::Document OneSentence(const std::string& text) {
  v1::Document document;
  document.set_text(text);
  auto* segment = document.add_sentences()->add_segments();
  segment->set_end(static_cast<std::uint32_t>(text.size()));
  text::AddDocumentTokens(&document);
  return document;
}

TEST(SentenceFilterTest, EveryBundledTitlePassesAndPlainProseDoesNot) {
  OfficeHolders reference;
  LoadBundledData(&reference);
  auto sentence = OneSentence;
  std::size_t phrases = 0;
  for (const Office& office : reference.offices()) {
    std::vector<std::string> titles = office.aliases;
    titles.push_back(office.title);
    for (const std::string& title : titles) {
      ++phrases;
      EXPECT_TRUE(reference.MayHaveClaim(sentence("Officials said " + title + " Jo Roe spoke."), 0))
          << title;
    }
  }
  EXPECT_GT(phrases, 500u);
  EXPECT_FALSE(reference.MayHaveClaim(sentence("Shares of the company rose 3 pct on Tuesday."), 0));
  // Every bundled title holds its key word: the matcher parses no title
  // after a sentence's last one.
  EXPECT_TRUE(reference.every_title_keyed());
}

TEST_F(ReferenceTest, ATitleOfFunctionWordsAloneHasNoKeyWord) {
  OfficeHolders reference;
  reference.Load(dir_.Write("a.yaml",
                            "offices:\n"
                            "  - id: x.head\n"
                            "    title: Head\n"
                            "    aliases: [Of The]\n"
                            "    jurisdiction: Xland\n"
                            "    holders: [{name: Jo Roe, from: 2001}]\n"));
  reference.Finish();
  EXPECT_FALSE(reference.every_title_keyed());
  EXPECT_TRUE(reference.title_words().Contains("head"));
}

// The name filter lets a sentence through exactly when a word that may start
// a name (capitalized, after a capitalized token, or of five letters or
// fewer before one) starts a full name or a bare surname of the data: for
// every person of the bundled data, named as written, in lower case, after
// a capital and after a particle, and for prose that names no one.
TEST(SentenceFilterTest, NamesPassWhereAWordThatMayStartOneStartsOne) {
  OfficeHolders reference;
  LoadBundledData(&reference);
  auto expected = [&](const v1::Document& document) {
    text::TokenList tokens = text::SentenceTokens(document, 0);
    reference.Number(&tokens.mutable_tokens());
    auto capitalized = [&](std::size_t i) { return i < tokens.size() && tokens[i].capitalized; };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const bool may_start = capitalized(i) || (i > 0 && capitalized(i - 1)) ||
                             (tokens[i].folded.size() <= 5 && capitalized(i + 1));
      if (tokens[i].kind == text::Token::Kind::kWord && may_start &&
          (reference.names().StartsWith(tokens[i].word) ||
           reference.bare_surnames().StartsWith(tokens[i].word))) {
        return true;
      }
    }
    return false;
  };
  std::vector<std::string> texts = {"Shares of the company rose 3 pct on Tuesday.", "", "Said.",
                                    "the minister, 62, said so."};
  for (std::uint32_t p = 0; p < reference.people().size(); p += 7) {
    const std::string name(reference.people()[p].name);
    std::string lower = name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    texts.push_back("Talks with " + name + " ended.");
    texts.push_back(name + "'s aide spoke.");
    texts.push_back("talks with " + lower + " ended.");
    texts.push_back("Talks with X " + lower + " ended.");
    texts.push_back("a talk by de " + name);
    texts.push_back("a talk by van " + lower + " Smith");
  }
  std::size_t passed = 0;
  for (const std::string& text : texts) {
    const v1::Document document = OneSentence(text);
    const bool passes = reference.MayNameSomeone(document, 0);
    EXPECT_EQ(passes, expected(document)) << text;
    passed += passes ? 1 : 0;
  }
  EXPECT_GT(passed, texts.size() / 3);
  EXPECT_LT(passed, texts.size());
}

}  // namespace
}  // namespace factcheck::reference
