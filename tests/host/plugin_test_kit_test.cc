// `factcheck plugin test`: a plugin that keeps the protocol passes every
// check, whatever its transport; a plugin that breaks one rule fails the
// check for that rule, with a message that says what is wrong.
#include <gtest/gtest.h>

#include <cstdlib>

#include "plugin_test/edge_cases.h"
#include "test_support.h"

namespace factcheck {
namespace {
using testing::RunFactcheck;
using testing::TempDir;

class PluginTestKitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fixtures_ = (dir_.path() / "fixtures").string();
    dir_.Write("fixtures/flagged.md",
               "A falsehood spread.\n"
               "<!-- expect: needs-verification bad/flagged-word \"falsehood\" -->\n\n"
               "Nothing to see here.\n");
  }
  void TearDown() override { ::unsetenv("FACTCHECK_BAD_PLUGIN"); }

  // Runs the kit on the bad plugin breaking `mode` ("" for none).
  testing::CommandResult Kit(const std::string& mode, const std::string& transport = "",
                             int timeout_ms = 3000) {
    ::setenv("FACTCHECK_BAD_PLUGIN", mode.c_str(), 1);
    const std::string config = dir_.Write(
        "factcheck.yaml",
        "plugins:\n  - name: bad\n    " +
            (transport.empty() ? "library: " + std::string(FACTCHECK_BAD_PLUGIN) : transport) +
            "\n    timeout_ms: " + std::to_string(timeout_ms) + "\n");
    return RunFactcheck({"plugin", "test", "--config", config, fixtures_});
  }

  // The kit failed exactly the checks that start with `checks`, each with a
  // message containing its text.
  void ExpectFails(const testing::CommandResult& result,
                   const std::vector<std::pair<std::string, std::string>>& checks) {
    EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
    for (const auto& [check, message] : checks) {
      const auto at = result.out.find("FAIL " + check);
      ASSERT_NE(at, std::string::npos) << "no FAIL " << check << " in:\n" << result.out;
      const std::string rest = result.out.substr(at, result.out.find("\nPASS", at) - at);
      EXPECT_NE(rest.find(message), std::string::npos) << rest;
    }
  }

  TempDir dir_;
  std::string fixtures_;
};

TEST_F(PluginTestKitTest, AWellBehavedPluginPassesEveryCheckThroughEveryTransport) {
  const std::string serve = std::string("[") + FACTCHECK_BINARY + ", serve-plugin, --library, " +
                            FACTCHECK_BAD_PLUGIN + "]";
  for (const std::string& transport : {std::string(), "command: " + serve}) {
    const auto result = Kit("", transport);
    EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
    EXPECT_EQ(result.out.find("FAIL"), std::string::npos) << result.out;
    for (const char* check :
         {"PASS reach", "PASS describe: 'bad-plugin' 1.0.0, protocol 1, 1 rule (flagged-word)",
          "PASS configure rejects an unknown option: INVALID_ARGUMENT",
          "PASS configure rejects a mistyped option 'strict' (bool): INVALID_ARGUMENT",
          "PASS check empty.md", "PASS check huge.md", "PASS check non-ascii.md",
          "PASS check no-sentences.md", "PASS check markdown-code.md", "PASS check crlf.txt",
          "PASS 8 concurrent checks", "PASS deadlines", "flagged.md: 1 finding, 1 expected",
          "PASS word lists: 1 word list of 1 word\n", "\n16 passed, 0 failed\n"}) {
      EXPECT_NE(result.out.find(check), std::string::npos) << check << " in:\n" << result.out;
    }
  }
}

TEST_F(PluginTestKitTest, DescribeMustDeclareRulesWithUniqueIds) {
  ExpectFails(Kit("no-rules"), {{"describe", "no rules"}});
  ExpectFails(Kit("empty-rule-id"), {{"describe", "Describe gave rule 1 an empty id"}});
  ExpectFails(Kit("duplicate-rule"),
              {{"describe", "Describe declared the rule 'flagged-word' twice"}});
}

TEST_F(PluginTestKitTest, ConfigureMustRejectBadOptionsWithInvalidArgument) {
  ExpectFails(Kit("accepts-bad-option"),
              {{"configure rejects an unknown option", "Configure accepted it"},
               {"configure rejects a mistyped option 'strict'", "Configure accepted it"}});
  ExpectFails(Kit("wrong-error-code"),
              {{"configure rejects an unknown option",
                "Configure answered INTERNAL: bad option "
                "'factcheck_plugin_test_unknown_option'; a bad option must be INVALID_ARGUMENT"}});
}

TEST_F(PluginTestKitTest, WordListsMustHoldWordsAsTheHostFoldsThem) {
  ExpectFails(Kit("unfolded-word-list"), {{"word lists", "'Falsehood' is not one folded word"},
                                          {"word lists", "'vice president' is not one folded word"},
                                          {"word lists", "'2008' is not one folded word"}});
}

TEST_F(PluginTestKitTest, CheckMustAnswerWithDeclaredRulesValidSpansAndVerdicts) {
  ExpectFails(Kit("undeclared-rule"),
              {{"check empty.md", "names a rule the plugin did not describe"}});
  ExpectFails(Kit("span-outside"), {{"check empty.md", "has a span outside the document"},
                                    {"check huge.md", "has a span outside the document"}});
  ExpectFails(Kit("split-character"),
              {{"check non-ascii.md", "has a span that splits a UTF-8 character"}});
  ExpectFails(Kit("no-verdict"), {{"check empty.md", "has no valid verdict"}});
  ExpectFails(Kit("sets-host-fields"),
              {{"check empty.md", "sets checker, line or column, which the host fills in"}});
  ExpectFails(Kit("fails-on-empty"), {{"check empty.md (an empty file)",
                                       "Check failed: INTERNAL: cannot check an empty document"}});
}

TEST_F(PluginTestKitTest, ConcurrentChecksMustAnswerAsOneAtATime) {
  ExpectFails(Kit("racy"), {{"8 concurrent checks",
                             "answers differ from those given one at a "
                             "time"}});
}

TEST_F(PluginTestKitTest, EveryCallMustAnswerWithinItsDeadline) {
  ExpectFails(Kit("slow", "", 500),
              {{"check empty.md", "DEADLINE_EXCEEDED: no answer within 500 ms"},
               {"deadlines", "answered after timeout_ms 500"}});
}

TEST_F(PluginTestKitTest, FixturesMustMatchTheirInlineExpectations) {
  dir_.Write("fixtures/wrong.md",
             "Nothing false here.\n"
             "<!-- expect: contradicted bad/flagged-word -->\n\n"
             "Another falsehood.\n");
  ExpectFails(
      Kit(""),
      {{"fixture",
        "line 2: expected contradicted bad/flagged-word in the sentence before, "
        "but it was not reported"},
       {"fixture", "line 4:9: unexpected needs-verification bad/flagged-word \"falsehood\""}});
}

TEST(EdgeCasesTest, EachIsWhatItsNameSays) {
  for (const EdgeCase& edge : EdgeCases()) {
    if (edge.name == "empty.md") EXPECT_TRUE(edge.text.empty());
    if (edge.name == "huge.md") EXPECT_GE(edge.text.size(), 1u << 20);
    if (edge.name == "crlf.txt") EXPECT_NE(edge.text.find("\r\n"), std::string::npos);
  }
}

}  // namespace
}  // namespace factcheck
