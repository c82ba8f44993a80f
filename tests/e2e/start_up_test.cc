// What a check loads: gRPC (libfactcheck_grpc.so and gRPC's own libraries)
// only once a plugin runs out of process, libcrypto only for a trust
// digest, and no library from the folder it runs in. The dynamic loader's
// own account (LD_DEBUG=files) says which libraries a process loaded.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <regex>
#include <set>
#include <string>

#include "test_support.h"

namespace factcheck {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::RunFactcheck;
using testing::TempDir;

// Runs factcheck with the dynamic loader naming each library it loads on
// stderr.
testing::CommandResult RunTellingLibraries(const std::vector<std::string>& args) {
  ::setenv("LD_DEBUG", "files", 1);
  testing::CommandResult result = RunFactcheck(args);
  ::unsetenv("LD_DEBUG");
  return result;
}

constexpr char kArticle[] =
    "Prime Minister Benjamin Netanyahu spoke in Jerusalem on Monday, March 6, 2023.\n";

TEST(StartUpTest, ACheckWithTheBundledInProcessCheckersNeverLoadsGrpc) {
  TempDir dir;
  const std::string article = dir.Write("a.md", kArticle);
  auto result = RunTellingLibraries({"check", "--format", "json", article});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("office-holders/"));    // The checkers ran.
  EXPECT_THAT(result.err, HasSubstr("office-holders.so"));  // The loader spoke.
  EXPECT_THAT(result.err, Not(HasSubstr("libfactcheck_grpc")));
  EXPECT_THAT(result.err, Not(HasSubstr("libgrpc")));
  EXPECT_THAT(result.err, Not(HasSubstr("libcrypto")));  // No trust digest was needed.
  EXPECT_THAT(result.err, Not(HasSubstr("libboost")));   // Boost.DLL on std::filesystem.
}

TEST(StartUpTest, APluginOutOfProcessLoadsGrpcWhenItIsReached) {
  TempDir dir;
  const std::string config = dir.Write(
      "factcheck.yaml", testing::TestPluginConfig("library: test_plugin\n    isolate: true"));
  const std::string article = dir.Write("a.md", "The truth.\n");
  auto result = RunTellingLibraries({"check", "--config", config, article});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("libfactcheck_grpc.so"));
  EXPECT_THAT(result.err, HasSubstr("libgrpc++"));
}

// The libraries a check loads are its own and the system's: one of the same
// name in the folder the check runs from (an article repository a hook
// checks) is never read. An empty entry in a binary's RUNPATH would make
// the dynamic loader look there first.
TEST(StartUpTest, ALibraryNamedLikeOneItLoadsInTheFolderItRunsFromIsNeverLoaded) {
  TempDir dir;
  const std::string article = dir.Write("a.md", kArticle);
  const auto told = RunTellingLibraries({"check", "--format", "json", article});
  ASSERT_EQ(told.exit_code, 0) << told.err;
  // "file=libmd4c.so.0 [0];  needed by ...": each library the loader looked for.
  const std::regex file_line(R"(file=([^ \[]+) \[)");
  std::set<std::string> names;
  for (std::sregex_iterator it(told.err.begin(), told.err.end(), file_line), end; it != end; ++it) {
    names.insert(std::filesystem::path((*it)[1].str()).filename().string());
  }
  ASSERT_GT(names.size(), 10u) << told.err;
  for (const std::string& name : names) dir.Write("here/" + name, "not a library\n");

  const auto result =
      RunFactcheck({"check", "--format", "json", article}, "", (dir.path() / "here").string());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("office-holders/"));
}

}  // namespace
}  // namespace factcheck
