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

// The request a file's check let go is the next file's (the pool keeps it),
// and holds nothing of the one before, whatever that one's front matter or
// an error halfway through building it left.
TEST(FileCheckTest, ARequestIsReusedAndLeftCleanByAnError) {
  const RunOptions options = WithTokens(true);
  const v1::CheckRequest* first = nullptr;
  {
    FileCheck check = LoadText("long.md", kLong, options);
    first = check.request.get();
  }
  {
    FileCheck check = LoadText("other.md", "---\nauthor: Ann\n---\nTalks resume.\n", options);
    EXPECT_EQ(check.request.get(), first);
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(
        check.request->document(),
        Fresh("other.md", "---\nauthor: Ann\n---\nTalks resume.\n", options)));
  }
  // A front matter date that is no date: an error after the path and the
  // front matter's keys were set.
  const FileCheck failed =
      LoadText("bad.md", "---\ntitle: Talks\ndate: someday\n---\nTalks.\n", options);
  EXPECT_TRUE(failed.done);
  EXPECT_EQ(failed.request, nullptr);
  FileCheck check = LoadText("short.txt", kShort, options);
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(
      check.request->document(), Fresh("short.txt", kShort, options)))
      << check.request->document().DebugString();
}

// LoadFile makes the report in the one it is given to reuse (the run's
// reports go round): whatever another file's report left in it (a path,
// an error, findings, a date), it gives what a new report gives, in the
// storage that report kept, and is left empty.
TEST(FileCheckTest, AReportIsMadeInTheOneItIsGiven) {
  const RunOptions options = WithTokens(true);
  v1::FileReport fresh_report;
  const FileCheck fresh = LoadFile("long.md", ReadOutcome{kLong, ""}, options, &fresh_report);
  v1::FileReport reuse;
  reuse.set_path("an/earlier/file/with/a/long/path.md");
  reuse.mutable_path()->reserve(1000);
  reuse.set_as_of("1999-01-01");
  reuse.add_errors()->set_message("an earlier error");
  reuse.add_findings()->set_message("an earlier finding");
  const FileCheck check = LoadFile("long.md", ReadOutcome{kLong, ""}, options, &reuse);
  EXPECT_EQ(check.report.DebugString(), fresh.report.DebugString());
  EXPECT_EQ(check.report.path(), "long.md");
  EXPECT_GE(check.report.path().capacity(), 1000u);
  EXPECT_EQ(reuse.ByteSizeLong(), 0u);
  // A path that is not UTF-8 is shown escaped, as ever.
  const FileCheck odd = LoadFile("b\xFF.md", ReadOutcome{kShort, ""}, options, &reuse);
  EXPECT_EQ(odd.report.path(), "b\\xFF.md");
}

}  // namespace
}  // namespace factcheck
