// The project's reference article from ../shared/examples (not in the
// repository): skipped when that folder is absent, as in a user's clone.
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "factcheck/v1/report.pb.h"
#include "test_support.h"

namespace factcheck {
namespace {

TEST(SharedExampleTest, NatoVisitCallsASittingPrimeMinisterFormer) {
  const std::filesystem::path article =
      std::filesystem::path(FACTCHECK_SOURCE_DIR) / "../shared/examples/nato-israel-visit.txt";
  if (!std::filesystem::exists(article)) GTEST_SKIP() << article << " is not here";
  auto result = testing::RunFactcheck(
      {"check", "--as-of", "2023-06-15", "--format", "json", article.string()});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  v1::Report report;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(result.out, &report).ok());
  const std::string text = testing::ReadFile(article);
  std::vector<std::string> contradicted, supported;
  for (const auto& finding : report.files(0).findings()) {
    const std::string flagged =
        text.substr(finding.span().begin(), finding.span().end() - finding.span().begin());
    (finding.verdict() == v1::VERDICT_CONTRADICTED ? contradicted : supported).push_back(flagged);
    EXPECT_NE(finding.verdict(), v1::VERDICT_NEEDS_VERIFICATION) << flagged;
  }
  EXPECT_EQ(contradicted,
            std::vector<std::string>{"former Israeli Prime Minister Benjamin Netanyahu"});
  EXPECT_EQ(supported,
            (std::vector<std::string>{"NATO Deputy Secretary General Mircea Geoana",
                                      "Foreign Minister Eli Cohen", "Defense Minister Yoav Gallant",
                                      "2015 Iran nuclear deal", "President Erdogan"}));
}

}  // namespace
}  // namespace factcheck
