// How recency spells out what a claim says there was none of: the words
// after "first" or a superlative when there are some, the claim's own words
// quoted when there are none (it names what it compares before it).
#include <google/protobuf/util/json_util.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "factcheck/v1/report.pb.h"
#include "test_support.h"

namespace factcheck {
namespace {

TEST(RecencyWordingTest, AClaimWithNoSubjectOfItsOwnIsQuotedAsWritten) {
  testing::TempDir dir;
  const std::string article = dir.Write("talks.md",
                                        "---\ndate: 1987-03-10\n---\n"
                                        "The talks on March 2 were the first in a decade.\n\n"
                                        "Exports rose to the highest level since 1980.\n\n"
                                        "For the first time in six years, the two met.\n");
  auto result = testing::RunFactcheck({"check", "--format", "json", article});
  v1::Report report;
  ASSERT_TRUE(google::protobuf::util::JsonStringToMessage(result.out, &report).ok()) << result.err;
  std::vector<std::string> claims;
  for (const auto& f : report.files(0).findings()) {
    if (f.checker() == "recency") claims.push_back(f.claim() + " | " + f.message());
  }
  EXPECT_EQ(claims,
            (std::vector<std::string>{
                "nothing comparable to \"the first in a decade\" between 1977-03-10 and "
                "1987-03-10 | Check that there was nothing comparable to \"the first in a "
                "decade\" between 10 March 1977 and 10 March 1987",
                "nothing to match \"highest level\" between 1980-01-01 and 1987-03-10 | Check "
                "that nothing matched \"highest level\" between 1 January 1980 and 10 March 1987",
                "nothing comparable to \"For the first time in six years\" between 1981-03-10 "
                "and 1987-03-10 | Check that there was nothing comparable to \"For the first "
                "time in six years\" between 10 March 1981 and 10 March 1987"}));
}

}  // namespace
}  // namespace factcheck
