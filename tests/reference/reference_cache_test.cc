// The cache of compiled office-holder indexes: YAML is read once per change,
// later runs read its index, and an index that is damaged, stale or cannot
// be written never changes what the data says.
#include "reference/reference_cache.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace factcheck::reference {
namespace {

namespace fs = std::filesystem;

std::string Offices(const std::string& person, const std::string& from) {
  return "offices:\n"
         "  - id: x.pm\n"
         "    title: Prime Minister\n"
         "    jurisdiction: Xland\n"
         "    holders:\n"
         "      - {name: " +
         person + ", from: " + from + "}\n";
}

int IndexesIn(const fs::path& dir) {
  int count = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    count += entry.path().extension() == ".fcidx";
  }
  return count;
}

class ReferenceCacheTest : public ::testing::Test {
 protected:
  std::vector<kit::ReferencePath> Files(const std::string& person = "Ann Example",
                                        const std::string& from = "2001-01-01") {
    return {{data_.Write("offices.yaml", Offices(person, from)), "offices.yaml"}};
  }
  std::shared_ptr<OfficeHolders> Load(const std::vector<kit::ReferencePath>& files) {
    return LoadOfficeHolders(files, cache_.path());
  }
  static std::string HolderOf(const OfficeHolders& model) {
    const Office& office = model.offices().at(0);
    return std::string(model.people()[office.holders.at(0).person].name);
  }
  testing::TempDir data_;
  testing::TempDir cache_;
};

TEST_F(ReferenceCacheTest, TheFirstLoadReadsTheYamlAndCachesItsIndex) {
  const auto model = Load(Files());
  EXPECT_FALSE(model->compiled());
  EXPECT_EQ(IndexesIn(cache_.path()), 1);
}

TEST_F(ReferenceCacheTest, LaterLoadsReadTheIndexAndFindTheSame) {
  const auto files = Files();
  const auto from_yaml = Load(files);
  const auto from_index = Load(files);
  EXPECT_TRUE(from_index->compiled());
  EXPECT_EQ(from_index->files(), from_yaml->files());  // Evidence cites the YAML.
  EXPECT_EQ(from_index->Counts().holdings, from_yaml->Counts().holdings);
  EXPECT_EQ(HolderOf(*from_index), "Ann Example");
  EXPECT_EQ(from_index->offices().at(0).holders.at(0).source.line,
            from_yaml->offices().at(0).holders.at(0).source.line);
}

TEST_F(ReferenceCacheTest, AnEditedFileIsReadAgainAndGetsAnIndexOfItsOwn) {
  Load(Files());
  const auto edited = Load(Files("Bo Example", "2002-02-02"));
  EXPECT_FALSE(edited->compiled());
  EXPECT_EQ(HolderOf(*edited), "Bo Example");
  EXPECT_EQ(IndexesIn(cache_.path()), 2);
  EXPECT_EQ(HolderOf(*Load(Files())), "Ann Example");  // Back as it was: its own index.
}

TEST_F(ReferenceCacheTest, ADamagedIndexIsReadFromTheYamlAndWrittenAgain) {
  const auto files = Files();
  Load(files);
  for (const auto& entry : fs::directory_iterator(cache_.path())) {
    fs::resize_file(entry.path(), fs::file_size(entry.path()) / 2);
  }
  const auto reread = Load(files);
  EXPECT_FALSE(reread->compiled());
  EXPECT_EQ(HolderOf(*reread), "Ann Example");
  EXPECT_TRUE(Load(files)->compiled());
}

TEST_F(ReferenceCacheTest, ACacheThatCannotBeWrittenIsSkipped) {
  const std::string blocker = cache_.Write("not-a-folder", "a file where the folder would go");
  const auto files = Files();
  for (int run = 0; run < 2; ++run) {
    const auto model = LoadOfficeHolders(files, fs::path(blocker) / "reference");
    EXPECT_FALSE(model->compiled());
    EXPECT_EQ(HolderOf(*model), "Ann Example");
  }
}

TEST_F(ReferenceCacheTest, BadDataIsStillAnErrorAndNothingIsCached) {
  const std::vector<kit::ReferencePath> files = {
      {data_.Write("bad.yaml", "offices:\n  - id: x.pm\n    title: [\n"), "bad.yaml"}};
  EXPECT_THROW(Load(files), std::exception);
  EXPECT_EQ(IndexesIn(cache_.path()), 0);
}

TEST_F(ReferenceCacheTest, KeepsOnlyTheMostRecentlyUsedIndexes) {
  for (int year = 2001; year < 2001 + kCachedIndexes + 3; ++year) {
    Load(Files("Ann Example", std::to_string(year) + "-01-01"));
  }
  EXPECT_EQ(IndexesIn(cache_.path()), kCachedIndexes);
}

TEST_F(ReferenceCacheTest, WithoutAFolderTheFilesAreReadAsTheyAre) {
  const auto model = LoadOfficeHolders(Files(), std::nullopt);
  EXPECT_FALSE(model->compiled());
  EXPECT_EQ(IndexesIn(cache_.path()), 0);
}

// The folder from the environment, each variable restored after.
class ReferenceCacheDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* name : {"FACTCHECK_REFERENCE_CACHE", "XDG_CACHE_HOME", "HOME"}) {
      const char* value = std::getenv(name);
      saved_.emplace_back(name, value == nullptr ? std::optional<std::string>()
                                                 : std::optional<std::string>(value));
      ::unsetenv(name);
    }
  }
  void TearDown() override {
    for (const auto& [name, value] : saved_) {
      if (value) {
        ::setenv(name.c_str(), value->c_str(), 1);
      } else {
        ::unsetenv(name.c_str());
      }
    }
  }
  std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

TEST_F(ReferenceCacheDirTest, IsTheUsersCacheFolderUnlessTheVariableSaysOtherwise) {
  EXPECT_EQ(ReferenceCacheDir(), std::nullopt);  // No home at all.
  ::setenv("HOME", "/home/ed", 1);
  EXPECT_EQ(ReferenceCacheDir(), fs::path("/home/ed/.cache/factcheck/reference"));
  ::setenv("XDG_CACHE_HOME", "/var/cache/ed", 1);
  EXPECT_EQ(ReferenceCacheDir(), fs::path("/var/cache/ed/factcheck/reference"));
  ::setenv("FACTCHECK_REFERENCE_CACHE", "/srv/indexes", 1);
  EXPECT_EQ(ReferenceCacheDir(), fs::path("/srv/indexes"));
  ::setenv("FACTCHECK_REFERENCE_CACHE", "off", 1);
  EXPECT_EQ(ReferenceCacheDir(), std::nullopt);
}

}  // namespace
}  // namespace factcheck::reference
