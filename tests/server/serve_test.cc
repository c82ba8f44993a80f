// `factcheck serve` as editors' tools meet it: the HTTP API answers the same
// report as `check --format json`, bad requests get clear 4xx errors, the
// ledger is written on request, SIGHUP reloads, SIGTERM lets requests in
// progress finish, and the gRPC service answers the same.
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <future>
#include <thread>

#include "factcheck/v1/server.grpc.pb.h"
#include "server_process.h"
#include "test_support.h"

namespace factcheck {
namespace {

using testing::HttpResult;
using testing::PostJson;
using testing::ServerProcess;

class ServeTest : public ::testing::Test {
 protected:
  // Serves the test plugin (in process) with `extra` lines in its entry.
  ServerProcess& Start(const std::vector<std::string>& args = {}, const std::string& extra = "") {
    config_ = dir_.Write("factcheck.yaml", Config(extra));
    std::vector<std::string> all{"--config", config_};
    all.insert(all.end(), args.begin(), args.end());
    server_ = std::make_unique<ServerProcess>(all, dir_.path().string());
    return *server_;
  }
  static std::string Config(const std::string& extra) {
    return testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN + extra);
  }
  HttpResult Post(const std::string& target, const std::string& json) {
    return PostJson(server_->http_port(), target, json);
  }

  testing::TempDir dir_;
  std::string config_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(ServeTest, AnswersTheSameReportAsCheckFormatJson) {
  Start();
  const std::string text = "---\ndate: 2023-06-15\n---\nA falsehood, a rumour and the truth.\n";
  dir_.Write("a.md", text);
  const auto cli = testing::RunFactcheck({"check", "--config", config_, "--format", "json", "a.md"},
                                         "", dir_.path().string());
  ASSERT_EQ(cli.exit_code, 1) << cli.err;
  const HttpResult http =
      Post("/v1/check",
           "{\"text\": \"---\\ndate: 2023-06-15\\n---\\nA falsehood, a rumour and "
           "the truth.\\n\", \"path\": \"a.md\"}");
  EXPECT_EQ(http.status, 200) << http.body;
  EXPECT_EQ(http.headers.at("content-type"), "application/json");
  EXPECT_EQ(http.body, cli.out);
}

TEST_F(ServeTest, HealthNamesTheConfigurationAndPlugins) {
  Start();
  const HttpResult health = testing::HttpRequest(server_->http_port(), "GET", "/v1/health");
  EXPECT_EQ(health.status, 200);
  EXPECT_NE(health.body.find("\"status\": \"ok\""), std::string::npos) << health.body;
  EXPECT_NE(health.body.find("\"name\": \"words\""), std::string::npos);
  EXPECT_NE(health.body.find(config_), std::string::npos);
}

TEST_F(ServeTest, BadRequestsGetClearClientErrors) {
  Start({"--max-request-bytes", "1000"});
  const unsigned short port = server_->http_port();
  auto expect = [](const HttpResult& r, int status, const std::string& words) {
    EXPECT_EQ(r.status, status) << r.body;
    EXPECT_NE(r.body.find(words), std::string::npos) << r.body;
    EXPECT_NE(r.body.find("\"error\""), std::string::npos) << r.body;
  };
  expect(Post("/v1/check", "{\"text\": "), 400, "not a valid CheckTextRequest");
  expect(Post("/v1/check", "{\"txet\": \"a\"}"), 400, "txet");
  expect(Post("/v1/check", "{\"text\": \"a\", \"as_of\": \"2023-02-30\"}"), 400, "as_of");
  expect(Post("/v1/check", "{\"text\": \"a\", \"format\": \"docx\"}"), 400, "format must be");
  expect(testing::HttpRequest(port, "POST", "/v1/check", "{\"text\": \"a\"}",
                              {{"Content-Type", "text/plain"}}),
         415, "application/json");
  const HttpResult get = testing::HttpRequest(port, "GET", "/v1/check");
  expect(get, 405, "use POST");
  EXPECT_EQ(get.headers.at("allow"), "POST");
  expect(testing::HttpRequest(port, "GET", "/v2/nothing"), 404, "no such path");
  expect(Post("/v1/check", "{\"text\": \"" + std::string(2000, 'a') + "\"}"), 413,
         "larger than the limit of 1000 bytes");
  expect(testing::HttpRequest(port, "GET", "/v1/health", "", {{"Host", "evil.example:80"}}), 403,
         "answers only to");
  expect(testing::HttpRequest(
             port, "POST", "/v1/check", "{\"text\": \"a\"}",
             {{"Content-Type", "application/json"}, {"Origin", "http://evil.example"}}),
         403, "another origin");
  // The server is still there.
  EXPECT_EQ(Post("/v1/check", "{\"text\": \"A falsehood.\"}").status, 200);
}

TEST_F(ServeTest, TheEditorPageShipsWithAStrictContentSecurityPolicy) {
  Start();
  const HttpResult page = testing::HttpRequest(server_->http_port(), "GET", "/");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.headers.at("content-type"), "text/html; charset=utf-8");
  const std::string& csp = page.headers.at("content-security-policy");
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
  EXPECT_NE(csp.find("connect-src 'self'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe"), std::string::npos);
  EXPECT_NE(page.body.find("<script src=\"/editor.js\""), std::string::npos);
  EXPECT_EQ(page.body.find("http://"), std::string::npos) << "no external resources";
  EXPECT_EQ(page.body.find("https://"), std::string::npos) << "no external resources";
  const HttpResult script = testing::HttpRequest(server_->http_port(), "GET", "/editor.js");
  EXPECT_EQ(script.status, 200);
  EXPECT_EQ(script.headers.at("content-type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(testing::HttpRequest(server_->http_port(), "GET", "/editor.css").status, 200);
}

TEST_F(ServeTest, VerifyRecordsTheFindingInTheLedger) {
  Start();
  const std::string text = "{\"text\": \"A falsehood.\\n\", \"path\": \"a.md\"}";
  const HttpResult missing =
      Post("/v1/verify", "{\"text\": " + text +
                             ", \"checker\": \"words\", \"rule\": \"flagged-word\", "
                             "\"span\": {\"begin\": 2, \"end\": 11}, \"by\": \"Ann Editor\"}");
  EXPECT_EQ(missing.status, 400) << missing.body;
  EXPECT_NE(missing.body.find("note"), std::string::npos);
  const HttpResult elsewhere =
      Post("/v1/verify", "{\"text\": " + text +
                             ", \"checker\": \"words\", \"rule\": \"flagged-word\", \"span\": "
                             "{\"begin\": 3, \"end\": 11}, \"by\": \"Ann\", \"note\": \"n\"}");
  EXPECT_EQ(elsewhere.status, 409) << elsewhere.body;
  const HttpResult recorded = Post(
      "/v1/verify", "{\"text\": " + text +
                        ", \"checker\": \"words\", \"rule\": \"flagged-word\", \"span\": "
                        "{\"begin\": 2, \"end\": 11}, \"by\": \"Ann Editor\", \"note\": \"rang "
                        "the ministry\"}");
  ASSERT_EQ(recorded.status, 200) << recorded.body;
  EXPECT_NE(recorded.body.find("\"by\": \"Ann Editor\""), std::string::npos) << recorded.body;
  EXPECT_NE(recorded.body.find("\"verified\": 1"), std::string::npos) << recorded.body;
  const std::string ledger = testing::ReadFile(dir_.path() / ".factcheck-verified.yaml");
  EXPECT_NE(ledger.find("note: rang the ministry"), std::string::npos) << ledger;
  // Later checks of the same sentence see it as verified.
  EXPECT_NE(Post("/v1/check", text).body.find("\"verified\": 1"), std::string::npos);
}

TEST_F(ServeTest, SighupReloadsTheConfigurationAndABadOneKeepsTheOld) {
  Start();
  EXPECT_EQ(Post("/v1/check", "{\"text\": \"A banana.\"}").body.find("banana'"), std::string::npos);
  dir_.Write("factcheck.yaml", Config("\n    options: {words: {banana: CONTRADICTED}}"));
  server_->Signal(SIGHUP);
  auto reloads = [&] {
    return testing::HttpRequest(server_->http_port(), "GET", "/v1/health").body;
  };
  for (int i = 0; i < 100 && reloads().find("\"reloads\": 1") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_NE(reloads().find("\"reloads\": 1"), std::string::npos) << server_->Stderr();
  EXPECT_NE(Post("/v1/check", "{\"text\": \"A banana.\"}").body.find("The word 'banana'"),
            std::string::npos);

  dir_.Write("factcheck.yaml", "plugins: [oops\n");
  server_->Signal(SIGHUP);
  for (int i = 0; i < 100 && server_->Stderr().find("reload failed") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_NE(server_->Stderr().find("reload failed"), std::string::npos);
  EXPECT_NE(server_->Stderr().find("factcheck.yaml:"), std::string::npos) << server_->Stderr();
  EXPECT_NE(Post("/v1/check", "{\"text\": \"A banana.\"}").body.find("The word 'banana'"),
            std::string::npos);
}

TEST_F(ServeTest, SigtermLetsTheRequestInProgressFinishAndExitsCleanly) {
  Start({"--deadline-ms", "1000"}, "\n    options: {misbehave: true}");
  // The plugin hangs on this text: the request ends at its deadline with 504.
  auto answer = std::async(std::launch::async, [&] {
    return Post("/v1/check", "{\"text\": \"HANG-NOW a falsehood.\"}");
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  server_->Signal(SIGTERM);
  const HttpResult late = answer.get();
  EXPECT_EQ(late.status, 504) << late.body;
  EXPECT_NE(late.body.find("deadline"), std::string::npos);
  EXPECT_EQ(server_->Wait(), 0) << server_->Stderr();
}

TEST_F(ServeTest, GrpcAnswersTheSameReport) {
  Start();
  auto channel = grpc::CreateChannel(server_->grpc_address(), grpc::InsecureChannelCredentials());
  auto stub = v1::CheckServer::NewStub(channel);
  v1::CheckTextRequest request;
  request.set_text("A falsehood and a rumour.");
  request.set_path("a.txt");
  request.set_as_of("2023-06-15");
  v1::CheckTextResponse response;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  const grpc::Status status = stub->CheckText(&context, request, &response);
  ASSERT_TRUE(status.ok()) << status.error_message();
  ASSERT_EQ(response.report().files_size(), 1);
  EXPECT_EQ(response.report().files(0).path(), "a.txt");
  EXPECT_EQ(response.report().files(0).as_of_source(), "request");
  EXPECT_EQ(response.report().summary().contradicted(), 1u);
  EXPECT_EQ(response.report().summary().needs_verification(), 1u);

  request.set_as_of("15/06/2023");
  grpc::ClientContext bad_context;
  const grpc::Status bad = stub->CheckText(&bad_context, request, &response);
  EXPECT_EQ(bad.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(bad.error_message().find("as_of"), std::string::npos);
}

TEST(ServeCommandTest, ListeningBeyondLoopbackMustBeAskedFor) {
  testing::TempDir dir;
  const std::string config = dir.Write(
      "c.yaml", testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN));
  const auto result = testing::RunFactcheck({"serve", "--config", config, "--listen", "0.0.0.0:0"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--allow-remote"), std::string::npos) << result.err;
  const auto bad = testing::RunFactcheck({"serve", "--config", config, "--listen", "nowhere"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("HOST:PORT"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace factcheck
