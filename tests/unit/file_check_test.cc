// The first stage of a file's check: the request every plugin receives.
#include "run/file_check.h"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>

#include <string>

#include "document/document_loader.h"

namespace factcheck {
namespace {

RunOptions WithTokens(bool tokens) {
  RunOptions options;
  options.document.tokens = tokens;
  options.document.time_expressions = true;
  return options;
}

// The document `text` gives when built into a new message.
v1::Document Fresh(const std::string& path, const std::string& text, const RunOptions& options) {
  v1::Document document;
  BuildDocumentInto(path, text, options.document, &document);
  return document;
}

const std::string kLong =
    "---\ntitle: Talks\ndate: 2023-04-03\nplaces: israel\n---\n"
    "Former Prime Minister Benjamin Netanyahu met NATO's chief on Monday, April 3.\n\n"
    "The talks, the first in a decade, ran until Friday. Officials said a deal may come "
    "next week or in May 2024.\n";
const std::string kShort = "Talks resume Tuesday.\n";

// Requests are cleared and reused from file to file (file_check.cc): a
// document built after another holds nothing of it, with or without tokens.
TEST(FileCheckTest, ADocumentBuiltAfterAnotherHoldsNothingOfIt) {
  for (int round = 0; round < 3; ++round) {
    for (const bool tokens : {true, false, true}) {
      const RunOptions options = WithTokens(tokens);
      {
        FileCheck check = LoadText("long.md", kLong, options);
        ASSERT_NE(check.request, nullptr);
        EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(
            check.request->document(), Fresh("long.md", kLong, options)));
      }
      FileCheck check = LoadText("short.txt", kShort, options);
      ASSERT_NE(check.request, nullptr);
      const v1::Document& built = check.request->document();
      EXPECT_EQ(built.has_tokens(), tokens);
      EXPECT_TRUE(built.metadata().empty());
      EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(
          built, Fresh("short.txt", kShort, options)))
          << built.DebugString();
      EXPECT_TRUE(check.request->configuration_id().empty());
    }
  }
}

}  // namespace
}  // namespace factcheck
