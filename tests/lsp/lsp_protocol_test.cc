// The language server at the protocol level: framed JSON-RPC in, framed
// JSON-RPC out, as an editor's client sees it.
#include <gtest/gtest.h>

#include <sstream>

#include "lsp/json_rpc.h"
#include "lsp/lsp_server.h"
#include "lsp/positions.h"
#include "test_support.h"

namespace factcheck::lsp {
namespace {

std::string Frame(const json& message) {
  const std::string body = message.dump();
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

json Request(int id, const std::string& method, json params) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

json Notification(const std::string& method, json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

class LspProtocolTest : public ::testing::Test {
 protected:
  LspProtocolTest() {
    dir_.Write(".factcheck.yaml",
               testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN));
    path_ = dir_.Write("draft.md", kText);
    uri_ = UriOfPath(path_);
  }

  // Runs the server over `messages` (initialize first); returns its exit
  // code and fills `out_` with what it sent.
  int Run(std::vector<json> messages) {
    std::string input = Frame(Request(1, "initialize",
                                      {{"processId", nullptr},
                                       {"rootUri", nullptr},
                                       {"capabilities", json::object()},
                                       {"initializationOptions", {{"name", "Ann Editor"}}}}));
    input += Frame(Notification("initialized", json::object()));
    for (const json& m : messages) input += Frame(m);
    std::istringstream in(input);
    std::stringstream out;
    LspServer server(in, out, {});
    const int code = server.Run();
    out_.clear();
    while (auto body = ReadFrame(out)) out_.push_back(json::parse(*body));
    return code;
  }

  json Open() const {
    return Notification(
        "textDocument/didOpen",
        {{"textDocument",
          {{"uri", uri_}, {"languageId", "markdown"}, {"version", 1}, {"text", kText}}}});
  }

  // The answer to request `id`, or the n-th notification of `method`.
  json Answer(int id) const {
    for (const json& m : out_) {
      if (m.contains("id") && m["id"] == id) return m;
    }
    return nullptr;
  }
  std::vector<json> Notifications(const std::string& method) const {
    std::vector<json> found;
    for (const json& m : out_) {
      if (m.value("method", "") == method) found.push_back(m["params"]);
    }
    return found;
  }

  static constexpr const char* kText = "# Budget\n\nA falsehood and a rumour, then the truth.\n";
  testing::TempDir dir_;
  std::string path_;
  std::string uri_;
  std::vector<json> out_;
};

TEST_F(LspProtocolTest, InitializeAnnouncesWhatTheServerDoes) {
  EXPECT_EQ(Run({Request(2, "shutdown", nullptr), Notification("exit", nullptr)}), 0);
  const json capabilities = Answer(1)["result"]["capabilities"];
  EXPECT_EQ(capabilities["textDocumentSync"]["change"], 1);
  EXPECT_EQ(capabilities["hoverProvider"], true);
  EXPECT_EQ(capabilities["executeCommandProvider"]["commands"][0], "factcheck.markVerified");
  EXPECT_EQ(Answer(2)["result"], nullptr);
}

TEST_F(LspProtocolTest, ExitWithoutShutdownIsAnErrorCode) {
  EXPECT_EQ(Run({Notification("exit", nullptr)}), 1);
}

TEST_F(LspProtocolTest, OpenPublishesDiagnosticsBySeverityWithEvidence) {
  Run({Open(), Request(2, "shutdown", nullptr), Notification("exit", nullptr)});
  const auto published = Notifications("textDocument/publishDiagnostics");
  ASSERT_EQ(published.size(), 1u);
  EXPECT_EQ(published[0]["uri"], uri_);
  EXPECT_EQ(published[0]["version"], 1);
  const json& diagnostics = published[0]["diagnostics"];
  ASSERT_EQ(diagnostics.size(), 2u) << diagnostics.dump(2);  // "truth" (supported) not shown.
  const json& falsehood = diagnostics[0];
  EXPECT_EQ(falsehood["severity"], 1);
  EXPECT_EQ(falsehood["code"], "words/flagged-word");
  EXPECT_EQ(falsehood["source"], "factcheck");
  EXPECT_EQ(falsehood["range"]["start"], (json{{"line", 2}, {"character", 2}}));
  EXPECT_EQ(falsehood["range"]["end"], (json{{"line", 2}, {"character", 11}}));
  EXPECT_EQ(falsehood["message"], "contradicted: The word 'falsehood' is flagged.");
  EXPECT_EQ(falsehood["relatedInformation"][0]["message"], "test-plugin:1: configured word");
  EXPECT_EQ(diagnostics[1]["severity"], 2);
}

TEST_F(LspProtocolTest, ChangeChecksTheNewTextAndCloseClears) {
  Run({Open(),
       Notification("textDocument/didChange",
                    {{"textDocument", {{"uri", uri_}, {"version", 2}}},
                     {"contentChanges", {{{"text", "Only a rumour now.\n"}}}}}),
       Notification("textDocument/didClose", {{"textDocument", {{"uri", uri_}}}}),
       Request(2, "shutdown", nullptr), Notification("exit", nullptr)});
  const auto published = Notifications("textDocument/publishDiagnostics");
  ASSERT_EQ(published.size(), 3u);
  EXPECT_EQ(published[1]["version"], 2);
  ASSERT_EQ(published[1]["diagnostics"].size(), 1u);
  EXPECT_EQ(published[1]["diagnostics"][0]["severity"], 2);
  EXPECT_TRUE(published[2]["diagnostics"].empty());
}

TEST_F(LspProtocolTest, HoverShowsTheFindingWithItsEvidence) {
  Run({Open(),
       Request(2, "textDocument/hover",
               {{"textDocument", {{"uri", uri_}}}, {"position", {{"line", 2}, {"character", 5}}}}),
       Request(3, "textDocument/hover",
               {{"textDocument", {{"uri", uri_}}}, {"position", {{"line", 0}, {"character", 1}}}}),
       Request(4, "shutdown", nullptr), Notification("exit", nullptr)});
  const std::string hover = Answer(2)["result"]["contents"]["value"];
  EXPECT_NE(hover.find("**contradicted** `words/flagged-word`"), std::string::npos) << hover;
  EXPECT_NE(hover.find("- `test-plugin:1`: configured word"), std::string::npos) << hover;
  EXPECT_EQ(Answer(3)["result"], nullptr);
}

TEST_F(LspProtocolTest, CodeActionsSuppressWithAReasonAndMarkVerified) {
  Run({Open(), Request(4, "shutdown", nullptr), Notification("exit", nullptr)});
  const json diagnostic = Notifications("textDocument/publishDiagnostics")[0]["diagnostics"][0];
  Run({Open(),
       Request(2, "textDocument/codeAction",
               {{"textDocument", {{"uri", uri_}}},
                {"range", diagnostic["range"]},
                {"context", {{"diagnostics", {diagnostic}}}}}),
       Request(3, "workspace/executeCommand",
               {{"command", "factcheck.markVerified"},
                {"arguments",
                 {{{"uri", uri_},
                   {"checker", "words"},
                   {"rule", "flagged-word"},
                   {"begin", 12},
                   {"end", 21},
                   {"note", "rang the ministry"}}}}}),
       Request(4, "shutdown", nullptr), Notification("exit", nullptr)});
  const json actions = Answer(2)["result"];
  ASSERT_EQ(actions.size(), 3u) << actions.dump(2);
  // The checker's fix comes first, preferred.
  EXPECT_EQ(actions[0]["title"], "Replace with \"truth\"");
  EXPECT_TRUE(actions[0]["isPreferred"].get<bool>());
  EXPECT_EQ(actions[0]["edit"]["changes"][uri_][0]["newText"], "truth");
  EXPECT_EQ(actions[1]["title"],
            "Suppress words/flagged-word here (write the reason after the colon)");
  const json edit = actions[1]["edit"]["changes"][uri_][0];
  EXPECT_EQ(edit["newText"], "<!-- factcheck-ignore words/flagged-word:  -->\n");
  EXPECT_EQ(edit["range"]["start"], (json{{"line", 2}, {"character", 0}}));
  EXPECT_EQ(actions[2]["command"]["command"], "factcheck.markVerified");
  EXPECT_EQ(actions[2]["command"]["arguments"][0]["begin"], 12);

  EXPECT_NE(Answer(3)["result"]["ledger"].get<std::string>().find(".factcheck-verified.yaml"),
            std::string::npos);
  const std::string ledger = testing::ReadFile(dir_.path() / ".factcheck-verified.yaml");
  EXPECT_NE(ledger.find("by: Ann Editor"), std::string::npos) << ledger;
  EXPECT_NE(ledger.find("note: rang the ministry"), std::string::npos) << ledger;
  // Diagnostics again: the verified finding is now information.
  const auto published = Notifications("textDocument/publishDiagnostics");
  ASSERT_EQ(published.size(), 2u);
  EXPECT_EQ(published[1]["diagnostics"][0]["severity"], 3);
  EXPECT_NE(
      published[1]["diagnostics"][0]["message"].get<std::string>().find("verified by Ann Editor"),
      std::string::npos);
}

TEST_F(LspProtocolTest, BadRequestsGetJsonRpcErrors) {
  Run({Request(2, "textDocument/hover",
               {{"textDocument", {{"uri", "file:///not/open.md"}}},
                {"position", {{"line", 0}, {"character", 0}}}}),
       Request(3, "textDocument/formatting", json::object()),
       Request(4, "workspace/executeCommand", {{"command", "factcheck.nothing"}}),
       Request(5, "textDocument/hover", {{"nonsense", true}}), Request(6, "shutdown", nullptr),
       Notification("exit", nullptr)});
  EXPECT_NE(Answer(2)["error"]["message"].get<std::string>().find("is not open"),
            std::string::npos);
  EXPECT_EQ(Answer(3)["error"]["code"], kMethodNotFound);
  EXPECT_NE(Answer(4)["error"]["message"].get<std::string>().find("no command"), std::string::npos);
  EXPECT_EQ(Answer(5)["error"]["code"], kInvalidParams);
}

TEST(PositionMapTest, CountsUtf16UnitsBothWays) {
  const std::string text =
      "a\xE2\x80\x99"
      "b\n\xF0\x9F\x98\x80x";  // a’b / 😀x
  const PositionMap map(text);
  EXPECT_EQ(map.At(4).character, 2u);  // After a’.
  EXPECT_EQ(map.At(10).line, 1u);
  EXPECT_EQ(map.At(10).character, 2u);  // The emoji is two units.
  EXPECT_EQ(map.OffsetOf({1, 2}), 10u);
  EXPECT_EQ(map.OffsetOf({0, 99}), 5u);  // Past the end of the line: its end.
}

}  // namespace
}  // namespace factcheck::lsp
