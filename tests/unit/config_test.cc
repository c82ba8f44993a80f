#include "config/config.h"

#include <gtest/gtest.h>

#include "factcheck/error.h"
#include "test_support.h"

namespace factcheck {
namespace {

class ConfigTest : public ::testing::Test {
 protected:
  std::string Error(const std::string& yaml) {
    try {
      LoadConfig(dir_.Write("c.yaml", yaml));
    } catch (const LocatedError& e) {
      return e.Describe().substr(e.file().size() + 1);
    }
    return "no error";
  }
  testing::TempDir dir_;
};

TEST_F(ConfigTest, ReadsTheWholeSchema) {
  Config config = LoadConfig(
      dir_.Write("c.yaml",
                 "as_of: 2023-06-15\nfail_on: needs-verification\nmax_file_bytes: 2048\nplugins:\n"
                 "  - name: a\n    library: office-holders\n    timeout_ms: 500\n"
                 "    options:\n      reference: [ref/a.yaml]\n      strict: true\n      limit: 3\n"
                 "      label: \"123\"\n"
                 "  - name: b\n    endpoint: unix:/run/b.sock\n"
                 "  - name: c\n    command: [python3, plugin.py]\n"));
  EXPECT_EQ(config.dir, dir_.path().string());
  EXPECT_EQ(config.fail_on.threshold, v1::VERDICT_NEEDS_VERIFICATION);
  EXPECT_EQ(config.max_file_bytes, 2048u);
  ASSERT_EQ(config.plugins.size(), 3u);
  EXPECT_EQ(std::get<LibraryTransport>(config.plugins[0].transport).library, "office-holders");
  EXPECT_EQ(config.plugins[0].timeout_ms, 500);
  const auto& options = config.plugins[0].options.fields();
  EXPECT_EQ(options.at("reference").list_value().values(0).string_value(), "ref/a.yaml");
  EXPECT_TRUE(options.at("strict").bool_value());
  EXPECT_EQ(options.at("limit").number_value(), 3);
  EXPECT_EQ(options.at("label").string_value(), "123");  // Quoted stays a string.
  EXPECT_EQ(std::get<EndpointTransport>(config.plugins[1].transport).target, "unix:/run/b.sock");
  EXPECT_EQ(std::get<CommandTransport>(config.plugins[2].transport).argv,
            (std::vector<std::string>{"python3", "plugin.py"}));
}

TEST_F(ConfigTest, ErrorsNameLineAndColumn) {
  EXPECT_EQ(Error("fail_on: sometimes\n"),
            "1:10: 'fail_on' must be contradicted, needs-verification, supported or never");
  EXPECT_EQ(Error("as_of: 2023-13-01\n"), "1:8: 'as_of' must be a date, YYYY-MM-DD");
  EXPECT_EQ(Error("plugins:\n  - name: a\n"),
            "2:5: plugin 'a' needs exactly one of 'library', 'endpoint' or 'command'");
  EXPECT_EQ(Error("plugins:\n  - name: a\n    library: x\n    endpoint: y\n"),
            "2:5: plugin 'a' needs exactly one of 'library', 'endpoint' or 'command'");
  EXPECT_EQ(Error("plugins:\n  - {name: a, library: x}\n  - {name: a, library: y}\n"),
            "3:12: plugin name 'a' is used twice");
  EXPECT_EQ(Error("plugins:\n  - {name: a, library: x, timeout_ms: fast}\n"),
            "2:39: 'timeout_ms' must be a whole number from 1 to 3600000");
  EXPECT_EQ(Error("plugin: []\n").substr(0, 28), "1:1: unknown key 'plugin' in");
  EXPECT_EQ(Error("plugins: [unclosed\n").substr(0, 19), "2:1: not valid YAML");
  // An option named by a tag alone, a list or a mapping, at any depth.
  EXPECT_EQ(Error("plugins:\n  - name: a\n    library: x\n    options: {a: 1, !: {c: d}}\n"),
            "4:21: an option's name must be a word");
  EXPECT_EQ(Error("plugins:\n  - name: a\n    library: x\n    options: {a: [{[b]: 1}]}\n"),
            "4:20: an option's name must be a word");
}

TEST_F(ConfigTest, FindsTheNearestDotFactcheckYamlUpward) {
  const std::string root = dir_.Write("repo/.factcheck.yaml", "plugins: []\n");
  dir_.Write("repo/a/b/article.md", "x");
  EXPECT_EQ(FindConfig("", (dir_.path() / "repo/a/b/article.md").string()), root);
  EXPECT_EQ(FindConfig("explicit.yaml", "anything"), "explicit.yaml");
}

TEST_F(ConfigTest, DumpRoundTrips) {
  Config config = LoadConfig(dir_.Write(
      "c.yaml", "plugins:\n  - name: a\n    command: [x, y]\n    options: {b: [1, 2], a: s}\n"));
  const std::string dumped = DumpConfig(config);
  Config again = LoadConfig(dir_.Write("d.yaml", dumped));
  EXPECT_EQ(std::get<CommandTransport>(again.plugins[0].transport).argv,
            std::get<CommandTransport>(config.plugins[0].transport).argv);
  EXPECT_EQ(DumpConfig(again).substr(dumped.find('\n')), dumped.substr(dumped.find('\n')));
}

}  // namespace
}  // namespace factcheck
