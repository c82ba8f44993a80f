// Claims found in articles and the verdicts the data gives them, including
// the readings fixtures cannot set up with the bundled data.
#include <gtest/gtest.h>

#include "common/host_tokens.h"
#include "document/document_loader.h"
#include "office_holders/check_document.h"
#include "office_holders/places.h"
#include "reference/office_holders.h"
#include "test_support.h"

namespace factcheck::office_holders {
namespace {

class JudgeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    reference_.Load(dir_.Write(
        "ref.yaml",
        "offices:\n"
        "  - {id: a.president, title: President, jurisdiction: Avalon, adjectives: [Avalonian],\n"
        "     holders: [{name: Jan Novak, from: 2010, to: 2020-01-01}, {name: Eva Berg, from: "
        "2020-01-01}]}\n"
        "  - {id: b.president, title: President, jurisdiction: Borduria, adjectives: [Bordurian],\n"
        "     holders: [{name: Jan Novak, from: 2015-03-01, to: 2016-03-01}, {name: Kurt Lamm, "
        "from: 2016-03-01}]}\n"
        "  - {id: c.president, title: President, jurisdiction: Carpania, adjectives: [Carpanian],\n"
        "     holders: [{name: Hans Günthör, from: 2020-01-01}]}\n"));
    reference_.Finish();
  }

  // The findings of every claim in `text`, in an article of 2023-06-15.
  v1::CheckResponse Check(const std::string& text) {
    DocumentOptions options;
    options.command_line_as_of = std::chrono::year{2023} / 6 / 15;
    const LoadedDocument loaded = BuildDocument("a.md", text, options);
    v1::CheckResponse response;
    EXPECT_TRUE(CheckDocument(reference_, loaded.document, &response));
    return response;
  }

  // The suggested fix of the one finding in `text`: "replacement for
  // 'replaced text' (description)", or "" when there is none.
  std::string Suggestion(const std::string& text) {
    const v1::CheckResponse response = Check(text);
    EXPECT_EQ(response.findings_size(), 1);
    if (response.findings_size() != 1 || !response.findings(0).has_suggestion()) return "";
    const auto& s = response.findings(0).suggestion();
    return s.replacement() + " for '" +
           text.substr(s.span().begin(), s.span().end() - s.span().begin()) + "' (" +
           s.description() + ")";
  }

  // The verdicts of every claim in `text`, with their messages.
  std::vector<std::string> Verdicts(const std::string& text) {
    const v1::CheckResponse response = Check(text);
    std::vector<std::string> out;
    for (const auto& finding : response.findings()) {
      out.push_back(v1::Verdict_Name(finding.verdict()) + ": " + finding.message());
    }
    return out;
  }

  testing::TempDir dir_;
  reference::OfficeHolders reference_;
};

TEST_F(JudgeTest, TwoJurisdictionsThatDisagreeLeaveTheClaimOpen) {
  // In 2015 Jan Novak was president of both; Avalon says yes for 2015-06,
  // Borduria too; in 2019 only Avalon.
  auto verdicts = Verdicts("In 2019, President Jan Novak spoke.");
  ASSERT_EQ(verdicts.size(), 1u);
  EXPECT_EQ(verdicts[0].substr(0, 26), "VERDICT_NEEDS_VERIFICATION") << verdicts[0];
  EXPECT_NE(verdicts[0].find("ambiguous"), std::string::npos) << verdicts[0];
}

TEST_F(JudgeTest, AJurisdictionInTheTextSettlesIt) {
  EXPECT_EQ(Verdicts("In 2019, Avalonian President Jan Novak spoke.")[0].substr(0, 17),
            "VERDICT_SUPPORTED");
  EXPECT_EQ(Verdicts("In 2019, Bordurian President Jan Novak spoke.")[0],
            "VERDICT_CONTRADICTED: In 2019 the President of Borduria was Kurt Lamm; Jan Novak held "
            "the post from 1 March 2015 to 1 March 2016");
}

// The filter over the host's tokens that lets a sentence skip the search
// for the countries an article names never hides one: wherever CueAt finds
// a place or a seat, MayCueIn is true; and it lets go of sentences whose
// capitalized words start none.
TEST_F(JudgeTest, ThePlaceFilterNeverHidesAPlace) {
  const Places places(reference_);
  DocumentOptions options;
  options.command_line_as_of = std::chrono::year{2023} / 6 / 15;
  options.tokens = true;
  const LoadedDocument loaded = BuildDocument(
      "a.md",
      "Officials in France met. A British paper said so. The White House said nothing. "
      "Talks with German envoys went on. Nobody said more. Shares of Acme Corp rose. "
      "FRANCE and germany were named.",
      options);
  const v1::Document& document = loaded.document;
  ASSERT_EQ(document.sentences_size(), 7);
  int let_go = 0;
  for (int s = 0; s < document.sentences_size(); ++s) {
    const auto tokens = text::SentenceTokens(document, s);
    bool cue = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) cue = cue || places.CueAt(tokens, i).length > 0;
    if (cue) EXPECT_TRUE(places.MayCueIn(document, s)) << "sentence " << s;
    if (!places.MayCueIn(document, s)) ++let_go;
  }
  EXPECT_GE(let_go, 2);
  for (int s : {0, 1, 2, 3}) EXPECT_TRUE(places.MayCueIn(document, s)) << "sentence " << s;
  EXPECT_FALSE(places.MayCueIn(document, 4));
  EXPECT_FALSE(places.MayCueIn(document, 5));
}

TEST_F(JudgeTest, AContradictedHolderComesWithTheHolderOfTheDay) {
  EXPECT_EQ(Suggestion("In 2019, Bordurian President Jan Novak spoke."),
            "Kurt Lamm for 'Jan Novak' (The President of Borduria in 2019, according to the "
            "reference data)");
  // Written by surname, the fix is a surname too.
  EXPECT_EQ(Suggestion("On March 3, 2019, Bordurian President Novak said no."),
            "Lamm for 'Novak' (The President of Borduria on 3 March 2019, according to the "
            "reference data)");
}

TEST_F(JudgeTest, NoFixWhereTheDataOrTheWordingLeavesItOpen) {
  // Supported: nothing to fix.
  EXPECT_EQ(Suggestion("Bordurian President Kurt Lamm spoke."), "");
  // "former" before a sitting holder: the fix is not a name.
  EXPECT_EQ(Suggestion("Former Bordurian President Kurt Lamm spoke."), "");
}

TEST_F(JudgeTest, APartialDateLeavesTheEdgeOpen) {
  // Jan Novak's term starts some day in 2010.
  EXPECT_EQ(Verdicts("On March 1, 2010, Avalonian President Jan Novak spoke.")[0].substr(0, 26),
            "VERDICT_NEEDS_VERIFICATION");
  EXPECT_EQ(Verdicts("On March 1, 2011, Avalonian President Jan Novak spoke.")[0].substr(0, 17),
            "VERDICT_SUPPORTED");
}

TEST_F(JudgeTest, AnUnknownFormerOrIncomingHolderIsCheckedForTheirOwnTime) {
  // "former" speaks of a time before the article's; "incoming" of one after.
  EXPECT_EQ(Verdicts("Former Avalonian President Tom Hart spoke.")[0],
            "VERDICT_NEEDS_VERIFICATION: Tom Hart is not in the reference data; check that Tom "
            "Hart held the post of President before 15 June 2023; on 15 June 2023 the data lists "
            "Eva Berg as President of Avalon");
  EXPECT_EQ(Verdicts("Incoming Avalonian President Tom Hart spoke.")[0],
            "VERDICT_NEEDS_VERIFICATION: Tom Hart is not in the reference data; check that Tom "
            "Hart is to take the post of President; on 15 June 2023 the data lists Eva Berg as "
            "President of Avalon");
}

TEST_F(JudgeTest, ANameSpelledCloseToTheHoldersIsCheckedForItsSpelling) {
  EXPECT_EQ(Verdicts("Avalonian President Eva Bergg spoke on Tuesday.")[0],
            "VERDICT_NEEDS_VERIFICATION: Eva Bergg is not in the reference data; check that Eva "
            "Bergg was President on 15 June 2023; on 15 June 2023 the data lists Eva Berg as "
            "President of Avalon, a name spelled close to 'Eva Bergg': check the spelling");
  // Further apart, or too short to compare: the holder is only named.
  EXPECT_EQ(Verdicts("Avalonian President Eva Bergman spoke on Tuesday.")[0],
            "VERDICT_NEEDS_VERIFICATION: Eva Bergman is not in the reference data; check that Eva "
            "Bergman was President on 15 June 2023; on 15 June 2023 the data lists Eva Berg as "
            "President of Avalon");
  EXPECT_EQ(Verdicts("Avalonian President Ada Bergg spoke on Tuesday.")[0],
            "VERDICT_NEEDS_VERIFICATION: Ada Bergg is not in the reference data; check that Ada "
            "Bergg was President on 15 June 2023; on 15 June 2023 the data lists Eva Berg as "
            "President of Avalon");  // Another given name: another person.
  EXPECT_EQ(Verdicts("Bordurian President Kurt Lam spoke on Tuesday.")[0],
            "VERDICT_NEEDS_VERIFICATION: Kurt Lam is not in the reference data; check that Kurt "
            "Lam was President on 15 June 2023; on 15 June 2023 the data lists Kurt Lamm as "
            "President of Borduria");
  // A surname with letters over ASCII is compared as folded, whatever the
  // length of its bytes: "Günthör" is nine bytes, "gunthor" seven.
  EXPECT_EQ(Verdicts("Carpanian President Hans Gunthr spoke on Tuesday.")[0],
            "VERDICT_NEEDS_VERIFICATION: Hans Gunthr is not in the reference data; check that Hans "
            "Gunthr was President on 15 June 2023; on 15 June 2023 the data lists Hans Günthör as "
            "President of Carpania, a name spelled close to 'Hans Gunthr': check the spelling");
}

TEST_F(JudgeTest, EveryClaimInASentenceIsFound) {
  EXPECT_EQ(Verdicts("Avalonian President Eva Berg met Bordurian President Kurt Lamm.").size(), 2u);
}

// The data of Avalon was checked on 2021-06-01: after that day it cannot say
// whether the president in office then still is, or who else holds the post.
class CheckedDataTest : public JudgeTest {
 protected:
  void SetUp() override {
    reference_.Load(dir_.Write(
        "ref.yaml",
        "coverage: {checked: 2021-06-01, complete_from: 2010}\n"
        "offices:\n"
        "  - {id: a.president, title: President, jurisdiction: Avalon, adjectives: [Avalonian],\n"
        "     holders: [{name: Jan Novak, from: 2010, to: 2020-01-01}, {name: Eva Berg, from: "
        "2020-01-01}]}\n"));
    reference_.Finish();
  }
};

TEST_F(CheckedDataTest, AnOpenTermIsNotTakenAsRunningPastTheCheck) {
  EXPECT_EQ(Verdicts("Avalonian President Eva Berg spoke on Tuesday."),
            std::vector<std::string>{
                "VERDICT_NEEDS_VERIFICATION: The reference data lists Eva Berg as President of "
                "Avalon from 1 January 2020; the data was last checked on 1 June 2021; "
                "check that Berg still held the post on 15 June 2023"});
  EXPECT_EQ(Verdicts("Former Avalonian President Eva Berg spoke on Tuesday.")[0].substr(0, 26),
            "VERDICT_NEEDS_VERIFICATION");
}

TEST_F(CheckedDataTest, APastHolderIsNotContradictedByAHolderTheDataCannotName) {
  EXPECT_EQ(Verdicts("Avalonian President Jan Novak spoke on Tuesday."),
            std::vector<std::string>{
                "VERDICT_NEEDS_VERIFICATION: The reference data records no President of Avalon on "
                "15 June 2023; it lists Jan Novak from 2010 to 1 January 2020; the data "
                "was last checked on 1 June 2021"});
}

TEST_F(CheckedDataTest, ClaimsBeforeTheCheckAreDecidedAsBefore) {
  EXPECT_EQ(Verdicts("In 2021, Avalonian President Jan Novak spoke.")[0].substr(0, 20),
            "VERDICT_CONTRADICTED");
  EXPECT_EQ(Verdicts("In May 2021, Avalonian President Eva Berg spoke.")[0].substr(0, 17),
            "VERDICT_SUPPORTED");
}

// "President Novak" fits a past president of Avalon and of Borduria; the
// sentence names neither country.
TEST_F(JudgeTest, ASurnameAloneIsPlacedByTheCountryTheArticleNames) {
  const auto verdicts = Verdicts(
      "Avalonian President Eva Berg arrived on Tuesday.\n\n"
      "President Novak said on Tuesday he would stay.");
  ASSERT_EQ(verdicts.size(), 2u);
  EXPECT_EQ(verdicts[1],
            "VERDICT_CONTRADICTED: On 15 June 2023 the President of Avalon was Eva Berg; Jan Novak "
            "held the post from 2010 to 1 January 2020");
}

TEST_F(JudgeTest, ASurnameAloneStaysOpenWithoutACountry) {
  const auto verdicts = Verdicts("President Novak said on Tuesday he would stay.");
  ASSERT_EQ(verdicts.size(), 1u);
  EXPECT_EQ(verdicts[0].substr(0, 26), "VERDICT_NEEDS_VERIFICATION") << verdicts[0];
}

TEST_F(JudgeTest, ASurnameAloneStaysOpenWhenTheArticleNamesBothCountries) {
  const auto verdicts = Verdicts(
      "Avalonian President Eva Berg met Bordurian President Kurt Lamm on Tuesday.\n\n"
      "President Novak said on Tuesday he would stay.");
  ASSERT_EQ(verdicts.size(), 3u);
  EXPECT_EQ(verdicts[2].substr(0, 26), "VERDICT_NEEDS_VERIFICATION") << verdicts[2];
}

TEST_F(JudgeTest, TheHomeJurisdictionPlacesASurnameAlone) {
  DocumentOptions options;
  options.command_line_as_of = std::chrono::year{2023} / 6 / 15;
  const LoadedDocument loaded =
      BuildDocument("a.md", "President Novak said on Tuesday he would stay.", options);
  v1::CheckResponse response;
  ASSERT_TRUE(
      OfficeHoldersCheck(reference_, CheckOptions{"Borduria"}).Check(loaded.document, &response));
  ASSERT_EQ(response.findings_size(), 1);
  EXPECT_EQ(response.findings(0).verdict(), v1::VERDICT_CONTRADICTED)
      << response.findings(0).message();
  EXPECT_NE(response.findings(0).message().find("President of Borduria was Kurt Lamm"),
            std::string::npos)
      << response.findings(0).message();
}

}  // namespace
}  // namespace factcheck::office_holders
