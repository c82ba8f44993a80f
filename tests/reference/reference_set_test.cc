// Reference sets: files sorted by kind, and each set read once per process
// for as long as a plugin holds it.
#include "reference/reference_set.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "factcheck/error.h"
#include "test_support.h"

namespace factcheck::reference {
namespace {

constexpr const char* kOffices =
    "offices:\n"
    "  - id: x.pm\n"
    "    title: Prime Minister\n"
    "    jurisdiction: Xland\n"
    "    holders:\n"
    "      - {name: Ann Example, from: 2001-01-01}\n";
constexpr const char* kEvents =
    "events:\n"
    "  - {id: e1, name: Example summit, kind: summit, date: 2009-12-07}\n";

class ReferenceSetTest : public ::testing::Test {
 protected:
  std::vector<kit::ReferencePath> Files() {
    return {{dir_.Write("offices.yaml", kOffices), "offices.yaml"},
            {dir_.Write("events.yaml", kEvents), "events.yaml"}};
  }
  testing::TempDir dir_;
};

TEST_F(ReferenceSetTest, SortsFilesByKind) {
  const ReferenceSet set = LoadReferenceSet(Files());
  EXPECT_EQ(set.office_holders->offices().size(), 1u);
  EXPECT_EQ(set.events->events().size(), 1u);
}

TEST_F(ReferenceSetTest, TheSameFilesAreReadOnceWhileAPluginHoldsThem) {
  const auto files = Files();
  const ReferenceSet first = LoadReferenceSet(files);
  const ReferenceSet second = LoadReferenceSet(files);
  EXPECT_EQ(first.office_holders.get(), second.office_holders.get());
  EXPECT_EQ(first.events.get(), second.events.get());
  // Another set naming the same office-holder files shares their model.
  const ReferenceSet offices_only = LoadReferenceSet({files[0]});
  EXPECT_EQ(offices_only.office_holders.get(), first.office_holders.get());
}

TEST_F(ReferenceSetTest, AnEditedFileIsReadAgain) {
  const auto files = Files();
  const ReferenceSet before = LoadReferenceSet(files);
  std::string edited = kOffices;
  edited.replace(edited.find("2001-01-01}"), 11, "2001-01-01, to: 2005-01-01}");
  dir_.Write("offices.yaml", edited + "      - {name: Bo Example, from: 2005-01-01}\n");
  std::filesystem::last_write_time(
      files[0].path, std::filesystem::last_write_time(files[0].path) + std::chrono::seconds(5));
  const ReferenceSet after = LoadReferenceSet(files);
  EXPECT_NE(after.office_holders.get(), before.office_holders.get());
  EXPECT_EQ(after.office_holders->offices()[0].holders.size(), 2u);
}

TEST_F(ReferenceSetTest, AMissingFileIsAnErrorNamingIt) {
  try {
    LoadReferenceSet({{(dir_.path() / "gone.yaml").string(), "gone.yaml"}});
    FAIL() << "a missing file must be an error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "gone.yaml: no such file");
  }
}

}  // namespace
}  // namespace factcheck::reference
