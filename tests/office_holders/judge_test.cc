// Claims found in sentences and the verdicts the data gives them, including
// the readings fixtures cannot set up with the bundled data.
#include "judge.h"

#include <gtest/gtest.h>

#include "claims.h"
#include "reference.h"
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
        "from: 2016-03-01}]}\n"));
    reference_.Finish();
  }

  // The verdicts of every claim in `sentence`, as of 2023-06-15.
  std::vector<std::string> Verdicts(const std::string& sentence_text) {
    v1::Sentence sentence;
    auto* segment = sentence.add_segments();
    segment->set_begin(0);
    segment->set_end(static_cast<std::uint32_t>(sentence_text.size()));
    auto tokens = text::Tokenize(sentence_text, sentence);
    auto day = ParsePartialDate("2023-06-15");
    Period as_of{day->first, day->last, "2023-06-15"};
    DocumentContext context;
    std::vector<std::string> out;
    for (const Claim& claim : FindClaims(reference_, sentence_text, tokens, as_of, &context)) {
      v1::Finding finding;
      Judge(reference_, claim, &finding);
      out.push_back(v1::Verdict_Name(finding.verdict()) + ": " + finding.message());
    }
    return out;
  }

  testing::TempDir dir_;
  Reference reference_;
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
            "the post from 2015-03-01 to 2016-03-01");
}

TEST_F(JudgeTest, APartialDateLeavesTheEdgeOpen) {
  // Jan Novak's term starts some day in 2010.
  EXPECT_EQ(Verdicts("On March 1, 2010, Avalonian President Jan Novak spoke.")[0].substr(0, 26),
            "VERDICT_NEEDS_VERIFICATION");
  EXPECT_EQ(Verdicts("On March 1, 2011, Avalonian President Jan Novak spoke.")[0].substr(0, 17),
            "VERDICT_SUPPORTED");
}

TEST_F(JudgeTest, EveryClaimInASentenceIsFound) {
  EXPECT_EQ(Verdicts("Avalonian President Eva Berg met Bordurian President Kurt Lamm.").size(), 2u);
}

}  // namespace
}  // namespace factcheck::office_holders
