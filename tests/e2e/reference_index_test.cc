// `factcheck reference compile`: an index that loads without parsing YAML
// gives the findings the YAML gives, and a corrupt or stale index is refused
// with a message, never used.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace factcheck {
namespace {

using testing::RunFactcheck;

// Paths as the configuration shows them, from the source folder.
const std::string kRoot = FACTCHECK_SOURCE_DIR;
const std::string kData = "tests/fixtures/office-holders-merged/";
const std::vector<std::string> kSources = {kData + "hand.yaml", kData + "imported.yaml",
                                           kData + "partial.yaml", kData + "surnames.yaml"};

std::string Config(const std::vector<std::string>& reference) {
  std::string config = "reference:\n";
  for (const auto& file : reference) config += "  - " + file + "\n";
  return config + "plugins:\n  - name: office-holders\n    library: office-holders\n";
}

testing::CommandResult Compile(const std::string& output) {
  std::vector<std::string> args = {"reference", "compile"};
  args.insert(args.end(), kSources.begin(), kSources.end());
  args.insert(args.end(), {"-o", output});
  return RunFactcheck(args, "", kRoot);
}

TEST(ReferenceIndexTest, AnIndexGivesTheFindingsItsYamlGives) {
  testing::TempDir dir;
  const std::string index = (dir.path() / "data.fcidx").string();
  const auto compiled = Compile(index);
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  EXPECT_NE(compiled.err.find("4 files: 5 offices, 12 terms"), std::string::npos) << compiled.err;
  std::vector<std::string> absolute;
  for (const auto& source : kSources) absolute.push_back(kRoot + "/" + source);
  const std::string yaml_config = dir.Write("yaml.yaml", Config(absolute));
  const std::string index_config = dir.Write("index.yaml", Config({index}));
  for (const char* article : {"merged.md", "surnames.md", "surnames-2005.md"}) {
    const auto from_yaml = RunFactcheck(
        {"check", "--config", yaml_config, "--format", "json", kData + article}, "", kRoot);
    const auto from_index = RunFactcheck(
        {"check", "--config", index_config, "--format", "json", kData + article}, "", kRoot);
    EXPECT_EQ(from_index.exit_code, from_yaml.exit_code) << from_index.err;
    EXPECT_EQ(from_index.out, from_yaml.out) << article;
    EXPECT_NE(from_yaml.out.find("office-holders"), std::string::npos) << from_yaml.out;
  }
  // `reference check` and `status` read it as they read YAML.
  const auto checked = RunFactcheck({"reference", "check", index});
  EXPECT_EQ(checked.exit_code, 0) << checked.err;
  EXPECT_NE(checked.out.find("ok: 4 files: 5 offices, 12 terms"), std::string::npos) << checked.out;
}

// Writes `bytes` over the file from `offset` on (or cuts it there).
void Damage(const std::string& path, std::size_t offset, const std::string& bytes, bool cut) {
  if (cut) {
    std::filesystem::resize_file(path, offset);
    return;
  }
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
  file.seekp(static_cast<std::streamoff>(offset));
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

TEST(ReferenceIndexTest, ACorruptIndexIsRefusedWithAMessage) {
  testing::TempDir dir;
  const std::string index = (dir.path() / "data.fcidx").string();
  ASSERT_EQ(Compile(index).exit_code, 0);
  const auto size = std::filesystem::file_size(index);
  struct Case {
    std::size_t offset;
    std::string bytes;
    bool cut;
    std::string message;
  };
  const std::vector<Case> cases = {
      {size - 10, "", true, "its size is wrong"},
      {size - 10, "XX", false, "its contents do not match their hash"},
      {8, std::string("\x07\0\0\0", 4), false, "another version"},
      {0, "NOTANIDX", false, ""},  // No longer an index: read as YAML, which it is not.
      {6, "", true, "it ends inside a record"},
  };
  for (const Case& c : cases) {
    ASSERT_EQ(Compile(index).exit_code, 0);
    Damage(index, c.offset, c.bytes, c.cut);
    const auto result = RunFactcheck({"reference", "check", index});
    EXPECT_NE(result.exit_code, 0) << c.message;
    EXPECT_NE(result.err.find(index), std::string::npos) << result.err;
    EXPECT_NE(result.err.find(c.message), std::string::npos) << result.err;
  }
}

TEST(ReferenceIndexTest, AnIndexWhoseSourcesChangedIsRefused) {
  testing::TempDir dir;
  const std::string source =
      dir.Write("data.yaml",
                "offices:\n  - {id: a.p, title: President, jurisdiction: Avalon,\n"
                "     holders: [{name: Ann Ash, from: 2001}]}\n");
  const std::string index = (dir.path() / "data.fcidx").string();
  ASSERT_EQ(RunFactcheck({"reference", "compile", source, "-o", index}).exit_code, 0);
  EXPECT_EQ(RunFactcheck({"reference", "check", index}).exit_code, 0);
  dir.Write("data.yaml",
            "offices:\n  - {id: a.p, title: President, jurisdiction: Avalon,\n"
            "     holders: [{name: Bo Birch, from: 2001}]}\n");
  const auto result = RunFactcheck({"reference", "check", index});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find("the index is stale"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("run `factcheck reference compile` again"), std::string::npos);
  // Data that would not load is not compiled: nothing is written.
  const std::string bad =
      dir.Write("bad.yaml",
                "offices:\n  - {id: a.p, title: President, jurisdiction: Avalon,\n"
                "     holders: [{name: A, from: 2001, to: 2005}, {name: B, from: 2003}]}\n");
  const std::string other = (dir.path() / "other.fcidx").string();
  EXPECT_NE(RunFactcheck({"reference", "compile", bad, "-o", other}).exit_code, 0);
  EXPECT_FALSE(std::filesystem::exists(other));
}

// The bundled data, compiled as the default configuration lists it, gives
// the reports the YAML gives on every fixture article (on the Reuters
// corpus too: FACTCHECK_INDEX_CORPUS=/path/to/articles runs it there).
TEST(ReferenceIndexTest, TheBundledDataGivesTheSameReportsCompiled) {
  testing::TempDir dir;
  const std::string config_dir = kRoot + "/config";
  std::ifstream config(config_dir + "/factcheck.yaml");
  std::vector<std::string> args = {"reference", "compile"};
  std::string line;
  while (std::getline(config, line)) {
    const auto at = line.find("- reference/office-holders/");
    if (at != std::string::npos) args.push_back(line.substr(at + 2));
  }
  ASSERT_GT(args.size(), 10u);
  const std::string index = (dir.path() / "bundled.fcidx").string();
  args.insert(args.end(), {"-o", index});
  const auto compiled = RunFactcheck(args, "", config_dir);
  ASSERT_EQ(compiled.exit_code, 0) << compiled.err;
  // The events file where the configuration names it, so that evidence
  // cites it as the default configuration's does.
  std::filesystem::create_directories(dir.path() / "reference" / "events");
  std::filesystem::copy_file(config_dir + "/reference/events/events.yaml",
                             dir.path() / "reference" / "events" / "events.yaml");
  const std::string index_config =
      dir.Write("index.yaml",
                "reference:\n  - bundled.fcidx\n  - reference/events/events.yaml\nplugins:\n"
                "  - {name: office-holders, library: office-holders}\n"
                "  - {name: dates, library: dates}\n"
                "  - {name: recency, library: recency}\n");
  const char* corpus = std::getenv("FACTCHECK_INDEX_CORPUS");
  const std::string articles = corpus != nullptr ? corpus : kRoot + "/tests/fixtures";
  const auto from_yaml = RunFactcheck({"check", "--format", "json", articles}, "", kRoot);
  const auto from_index =
      RunFactcheck({"check", "--config", index_config, "--format", "json", articles}, "", kRoot);
  EXPECT_EQ(from_index.exit_code, from_yaml.exit_code) << from_index.err;
  EXPECT_GT(from_yaml.out.size(), 10000u);
  EXPECT_TRUE(from_index.out == from_yaml.out) << "the reports differ";
}

}  // namespace
}  // namespace factcheck
