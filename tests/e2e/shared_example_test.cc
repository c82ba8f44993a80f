// The project's reference article from ../shared/examples (not in the
// repository): skipped when that folder is absent, as in a user's clone.
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "factcheck/v1/report.pb.h"
#include "test_support.h"

namespace factcheck {
namespace {

TEST(SharedExampleTest, NatoVisitWithEveryBuiltInChecker) {
  const std::filesystem::path article =
      std::filesystem::path(FACTCHECK_SOURCE_DIR) / "../shared/examples/nato-israel-visit.txt";
  if (!std::filesystem::exists(article)) GTEST_SKIP() << article << " is not here";
  auto result = testing::RunFactcheck(
      {"check", "--as-of", "2023-06-15", "--format", "json", article.string()});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  v1::Report report;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(result.out, &report).ok());
  const std::string text = testing::ReadFile(article);
  std::vector<std::string> found;
  for (const auto& f : report.files(0).findings()) {
    found.push_back(f.checker() + " " + v1::Verdict_Name(f.verdict()).substr(8) + " " +
                    text.substr(f.span().begin(), f.span().end() - f.span().begin()));
  }
  EXPECT_EQ(
      found,
      (std::vector<std::string>{
          "office-holders SUPPORTED NATO Deputy Secretary General Mircea Geoana",
          "recency NEEDS_VERIFICATION the highest-ranking NATO representative to engage in "
          "direct talks with Israeli leaders in over a decade",
          "office-holders CONTRADICTED former Israeli Prime Minister Benjamin Netanyahu",
          "office-holders SUPPORTED Foreign Minister Eli Cohen",
          "office-holders SUPPORTED Defense Minister Yoav Gallant",
          "dates SUPPORTED 2015 Iran nuclear deal", "office-holders SUPPORTED President Erdogan"}));
  for (const auto& f : report.files(0).findings()) {
    if (f.checker() == "recency") {
      EXPECT_NE(f.claim().find("between 2013-06-15 and 2023-06-15"), std::string::npos)
          << f.claim();
    }
  }
}

}  // namespace
}  // namespace factcheck
