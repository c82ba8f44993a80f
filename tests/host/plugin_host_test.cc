// The plugin host: one plugin reached three ways gives the same findings, and
// every way a plugin can fail becomes a clear error while the run goes on.
#include "host/plugin_host.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <map>
#include <thread>

#include "config/config.h"
#include "config/paths.h"
#include "factcheck/error.h"
#include "host/checker_client.h"
#include "host/plugin_process.h"
#include "run/runner.h"
#include "run/session.h"
#include "test_support.h"

namespace factcheck {
namespace {

using testing::TempDir;

const char kArticle[] =
    "---\ndate: 2023-06-15\n---\n# A falsehood in a heading\n\n"
    "The rumour spread. Nobody doubted the truth.\n\n"
    "```\nfalsehood in code is not prose\n```\n";

class PluginHostTest : public ::testing::Test {
 protected:
  // The test plugin with its misbehaviours switched on.
  Config MisbehavingConfig() {
    return ConfigWith(testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN +
                                                "\n    options: {misbehave: true}"));
  }

  Config ConfigWith(const std::string& yaml) {
    return LoadConfig(dir_.Write("factcheck.yaml", yaml));
  }

  CheckResult Check(PluginHost& host, const std::vector<std::string>& texts, std::size_t jobs = 1) {
    std::vector<std::string> files;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      files.push_back(dir_.Write("article" + std::to_string(i) + ".md", texts[i]));
    }
    RunOptions options;
    options.jobs = jobs;
    SetAnnotations(host.plugins(), &options.document);  // As a Session does.
    return CheckFiles(files, host.plugins(), options);
  }

  // The findings of the one file, as comparable text.
  static std::vector<std::string> Describe(const v1::FileReport& file) {
    std::vector<std::string> out;
    for (const auto& f : file.findings()) {
      out.push_back(std::to_string(f.line()) + ":" + std::to_string(f.column()) + " " +
                    v1::Verdict_Name(f.verdict()) + " " + f.checker() + "/" + f.rule() + " " +
                    f.message());
    }
    return out;
  }

  TempDir dir_;
};

TEST_F(PluginHostTest, LibraryPluginFindsWordsInProseOnly) {
  PluginHost host(
      ConfigWith(testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN)), 2);
  CheckResult result = Check(host, {kArticle});
  ASSERT_EQ(result.report.files_size(), 1);
  EXPECT_EQ(Describe(result.report.files(0)),
            (std::vector<std::string>{
                "4:5 VERDICT_CONTRADICTED words/flagged-word The word 'falsehood' is flagged.",
                "6:5 VERDICT_NEEDS_VERIFICATION words/flagged-word The word 'rumour' is flagged.",
                "6:39 VERDICT_SUPPORTED words/flagged-word The word 'truth' is flagged."}));
  EXPECT_EQ(result.report.files(0).as_of(), "2023-06-15");
  EXPECT_EQ(result.report.files(0).as_of_source(), "front-matter");
}

TEST_F(PluginHostTest, LibraryServedPluginAndSpawnedPluginGiveIdenticalFindings) {
  PluginHost library(
      ConfigWith(testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN)), 1);
  const auto expected = Describe(Check(library, {kArticle}).report.files(0));
  ASSERT_EQ(expected.size(), 3u);

  // Already running: serve-plugin on a unix socket.
  const std::string socket = (dir_.path() / "plugin.sock").string();
  const pid_t server = testing::StartTestPluginServer(socket);
  {
    PluginHost endpoint(ConfigWith(testing::TestPluginConfig("endpoint: unix:" + socket)), 1);
    EXPECT_EQ(Describe(Check(endpoint, {kArticle}).report.files(0)), expected);
  }
  ::kill(server, SIGTERM);
  int status = 0;
  ::waitpid(server, &status, 0);
  EXPECT_TRUE(WIFEXITED(status)) << "serve-plugin should stop cleanly on SIGTERM";

  // Started by the host, with the handshake.
  PluginHost spawned(ConfigWith(testing::TestPluginConfig(
                         std::string("command: [") + FACTCHECK_BINARY +
                         ", serve-plugin, --library, " + FACTCHECK_TEST_PLUGIN + "]")),
                     1);
  EXPECT_EQ(Describe(Check(spawned, {kArticle}).report.files(0)), expected);
  EXPECT_TRUE(std::holds_alternative<CommandTransport>(spawned.plugins()[0].transport));
}

// The "received" finding of the plugin named `name`: what the host sent it.
std::string Received(const v1::FileReport& file, const std::string& name) {
  for (const auto& finding : file.findings()) {
    if (finding.checker() == name && finding.message().starts_with("received ")) {
      return finding.message();
    }
  }
  return "no report from " + name;
}

// An out-of-process plugin is sent only the annotations its Describe asks
// for, whatever the other plugins of the run read; in process, the one
// document is shared.
TEST_F(PluginHostTest, AnOutOfProcessPluginIsSentOnlyWhatItReads) {
  const std::string article = "---\ndate: 2023-06-15\n---\nThe rumour spread on 3 March 2023.\n";
  const std::string spawn = std::string("command: [env, FACTCHECK_TEST_PLUGIN_READS=") + "%s, " +
                            FACTCHECK_BINARY + ", serve-plugin, --library, " +
                            FACTCHECK_TEST_PLUGIN + "]\n    options: {received: true}\n";
  auto config = [&](const std::string& spawned_reads) {
    std::string command = spawn;
    command.replace(command.find("%s"), 2, spawned_reads);
    return ConfigWith("plugins:\n  - name: remote\n    " + command +
                      "  - name: local\n    library: " + FACTCHECK_TEST_PLUGIN +
                      "\n    options: {received: true}\n");
  };
  // The library plugin reads tokens (this process's environment); the
  // spawned one declares nothing (protocol 1): it gets no tokens.
  ::setenv("FACTCHECK_TEST_PLUGIN_READS", "tokens", 1);
  {
    PluginHost host(config("none"), 1);
    const v1::FileReport file = Check(host, {article}).report.files(0);
    EXPECT_EQ(Received(file, "remote"),
              "received 0 tokens, 1 time expressions, 0 word lists, sentence bits");
    // Only the list of the plugin that reads tokens is looked for.
    EXPECT_EQ(Received(file, "local"),
              "received 8 tokens, 1 time expressions, 1 word lists, sentence bits 1");
  }
  // The spawned plugin reads tokens only: no time expressions for it.
  ::setenv("FACTCHECK_TEST_PLUGIN_READS", "none", 1);
  {
    PluginHost host(config("tokens"), 1);
    const v1::FileReport file = Check(host, {article}).report.files(0);
    // Now the remote's word list is looked for (it came over gRPC from
    // serve-plugin); in process the one document is shared.
    EXPECT_EQ(Received(file, "remote"),
              "received 8 tokens, 0 time expressions, 1 word lists, sentence bits 1");
    EXPECT_EQ(Received(file, "local"),
              "received 8 tokens, 1 time expressions, 1 word lists, sentence bits 1");
  }
  ::unsetenv("FACTCHECK_TEST_PLUGIN_READS");
}

// The host looks for every word list of the plugins that read tokens in one
// pass, and tells each sentence's lists by bit, in the order the plugins
// and their lists come; equal lists share a bit.
TEST_F(PluginHostTest, TheHostLooksForThePluginsWordListsInEachSentence) {
  const std::string article =
      "---\ndate: 2023-06-15\n---\nThe rumour spread on 3 March 2023. Nothing else spread.\n";
  ::setenv("FACTCHECK_TEST_PLUGIN_READS", "tokens", 1);
  const std::string remote = std::string("  - name: remote\n    command: [") + FACTCHECK_BINARY +
                             ", serve-plugin, --library, " + FACTCHECK_TEST_PLUGIN +
                             "]\n    options: {received: true, words: {spread: SUPPORTED}}\n";
  const std::string local = std::string("  - name: local\n    library: ") + FACTCHECK_TEST_PLUGIN +
                            "\n    options: {received: true}\n";
  const std::string again = std::string("  - name: again\n    library: ") + FACTCHECK_TEST_PLUGIN +
                            "\n    options: {received: true}\n";
  {
    PluginHost host(ConfigWith("plugins:\n" + remote + local + again), 1);
    const v1::FileReport file = Check(host, {article}).report.files(0);
    // Bit 0: "spread"; bit 1: "falsehood", "rumour", "truth", twice.
    EXPECT_EQ(Received(file, "remote"),
              "received 12 tokens, 0 time expressions, 2 word lists, sentence bits 3 1");
    EXPECT_EQ(Received(file, "again"),
              "received 12 tokens, 0 time expressions, 2 word lists, sentence bits 3 1");
  }
  ::unsetenv("FACTCHECK_TEST_PLUGIN_READS");
}

// The bundled checkers, loaded as libraries, tell the host the words their
// sentence filters test: the host finds their ConfigureResponder across the
// library boundary.
TEST_F(PluginHostTest, TheBundledCheckersTellTheWordListsTheyFilterSentencesBy) {
  PluginHost host(LoadConfig(DefaultConfigPath()), 1);
  std::map<std::string, int> lists;
  for (const ActivePlugin& plugin : host.plugins()) {
    lists[plugin.name] = plugin.configure_response.word_lists_size();
  }
  // Office titles; events' names and "old"; the recency words.
  EXPECT_EQ(lists,
            (std::map<std::string, int>{{"office-holders", 1}, {"dates", 2}, {"recency", 1}}));
}

TEST_F(PluginHostTest, CrashingPluginBecomesAnErrorAndOtherPluginsKeepTheirFindings) {
  PluginHost host(ConfigWith("plugins:\n"
                             "  - name: fragile\n    command: [" +
                             std::string(FACTCHECK_BINARY) + ", serve-plugin, --library, " +
                             FACTCHECK_TEST_PLUGIN +
                             "]\n"
                             "    options: {misbehave: true}\n"
                             "  - name: steady\n    library: " +
                             FACTCHECK_TEST_PLUGIN + "\n"),
                  1);
  CheckResult result = Check(host, {"A falsehood. CRASH-NOW\n"});
  const v1::FileReport& file = result.report.files(0);
  ASSERT_EQ(file.errors_size(), 1);
  EXPECT_EQ(file.errors(0).checker(), "fragile");
  EXPECT_NE(file.errors(0).message().find("plugin 'fragile' failed on"), std::string::npos);
  EXPECT_NE(file.errors(0).message().find("article0.md"), std::string::npos);
  EXPECT_NE(file.errors(0).message().find("killed by signal 6"), std::string::npos)
      << file.errors(0).message();
  ASSERT_EQ(file.findings_size(), 1);
  EXPECT_EQ(file.findings(0).checker(), "steady");
}

TEST_F(PluginHostTest, HangingPluginMissesItsDeadlineAndTheRunGoesOn) {
  PluginHost host(
      ConfigWith("plugins:\n  - name: slow\n    library: " + std::string(FACTCHECK_TEST_PLUGIN) +
                 "\n    timeout_ms: 200\n    options: {misbehave: true}\n"),
      2);
  CheckResult result = Check(host, {"HANG-NOW is a falsehood.\n", "A falsehood.\n"}, 2);
  ASSERT_EQ(result.report.files_size(), 2);
  ASSERT_EQ(result.report.files(0).errors_size(), 1);
  EXPECT_NE(result.report.files(0).errors(0).message().find("DEADLINE_EXCEEDED"),
            std::string::npos);
  EXPECT_EQ(result.report.files(1).errors_size(), 0);
  EXPECT_EQ(result.report.files(1).findings_size(), 1);
}

TEST_F(PluginHostTest, APluginHangingInTheMiddleOfABatchLeavesTheRestOfItChecked) {
  // One worker takes the files in batches read together; the file it hangs
  // on misses its deadline, and the files of its batch not yet begun go
  // back to the queue for the worker that takes its place.
  PluginHost host(
      ConfigWith("plugins:\n  - name: slow\n    library: " + std::string(FACTCHECK_TEST_PLUGIN) +
                 "\n    timeout_ms: 200\n    options: {misbehave: true}\n"),
      1);
  std::vector<std::string> texts(40, "A falsehood.\n");
  texts[3] = "HANG-NOW is a falsehood.\n";
  CheckResult result = Check(host, texts, 1);
  ASSERT_EQ(result.report.files_size(), 40);
  for (int i = 0; i < 40; ++i) {
    const v1::FileReport& file = result.report.files(i);
    if (file.path().ends_with("/article3.md")) {
      ASSERT_EQ(file.errors_size(), 1);
      EXPECT_NE(file.errors(0).message().find("DEADLINE_EXCEEDED"), std::string::npos);
    } else {
      EXPECT_EQ(file.errors_size(), 0) << file.path();
      EXPECT_EQ(file.findings_size(), 1) << file.path();
    }
  }
}

// Files listed as regular are read a batch ahead: a worker holds the next
// batch, read or being read, while it checks its own. The file it hangs on
// misses its deadline, and the files of both batches not yet begun go back
// to the queue: every file is checked once, its report in its place.
TEST_F(PluginHostTest, APluginHangingWhileTheNextBatchIsReadAheadLeavesEveryFileChecked) {
  for (const std::size_t jobs : {1, 2}) {
    TempDir dir;
    PluginHost host(
        ConfigWith("plugins:\n  - name: slow\n    library: " + std::string(FACTCHECK_TEST_PLUGIN) +
                   "\n    timeout_ms: 200\n    options: {misbehave: true}\n"),
        jobs);
    std::vector<std::string> files;
    for (int i = 0; i < 100; ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "article%03d.md", i);
      // Each file's finding at its own place: after i + 1 letters.
      files.push_back(dir.Write(name, i == 40 ? "HANG-NOW is a falsehood.\n"
                                              : std::string(i + 1, 'A') + " falsehood.\n"));
    }
    RunOptions options;
    options.jobs = jobs;
    options.files_listed_regular = true;
    SetAnnotations(host.plugins(), &options.document);
    const CheckResult result = CheckFiles(files, host.plugins(), options);
    ASSERT_EQ(result.report.files_size(), 100);
    for (int i = 0; i < 100; ++i) {
      const v1::FileReport& file = result.report.files(i);
      EXPECT_EQ(file.path(), files[i]);
      if (i == 40) {
        ASSERT_EQ(file.errors_size(), 1);
        EXPECT_NE(file.errors(0).message().find("DEADLINE_EXCEEDED"), std::string::npos);
        continue;
      }
      EXPECT_EQ(file.errors_size(), 0) << file.path();
      ASSERT_EQ(file.findings_size(), 1) << file.path();
      // The finding is in this file's own text, not another's read ahead.
      EXPECT_EQ(file.findings(0).span().begin(), static_cast<std::uint32_t>(i + 2)) << file.path();
    }
  }
}

// Reports are handed on in path order as soon as each file and those
// before it are done, whatever order the files were given in and however
// the workers finish: here the first file's worker hangs until its
// deadline while the other checks the rest.
TEST_F(PluginHostTest, ReportsAreHandedOnInPathOrderAsTheRunGoes) {
  PluginHost host(
      ConfigWith("plugins:\n  - name: slow\n    library: " + std::string(FACTCHECK_TEST_PLUGIN) +
                 "\n    timeout_ms: 200\n    options: {misbehave: true}\n"),
      2);
  std::vector<std::string> files;
  for (int i = 9; i >= 0; --i) {  // Given last first.
    files.push_back(dir_.Write("article" + std::to_string(i) + ".md",
                               i == 0 ? "HANG-NOW is a falsehood.\n" : "A falsehood.\n"));
  }
  RunOptions options;
  options.jobs = 2;
  SetAnnotations(host.plugins(), &options.document);
  std::vector<std::string> handed_on;
  CheckFilesInto(files, host.plugins(), options, [&](v1::FileReport&& report, SourceText&&) {
    handed_on.push_back(std::filesystem::path(report.path()).filename().string());
  });
  std::vector<std::string> expected;
  for (int i = 0; i <= 9; ++i) expected.push_back("article" + std::to_string(i) + ".md");
  EXPECT_EQ(handed_on, expected);
}

// A path that is not UTF-8 is shown with its bad bytes escaped ("\xFF"),
// and its report handed on in the order of the path as shown, not as the
// bytes sort: here "b\xFF.md" before "b~.md", as '\\' sorts before '~'.
TEST_F(PluginHostTest, ReportsAreHandedOnInTheOrderOfThePathsAsShown) {
  PluginHost host(ConfigWith("plugins:\n  - name: plain\n    library: " +
                             std::string(FACTCHECK_TEST_PLUGIN) + "\n"),
                  1);
  const std::vector<std::string> files = {dir_.Write("b~.md", "A falsehood.\n"),
                                          dir_.Write("b\xFF.md", "A falsehood.\n"),
                                          dir_.Write("a.md", "A falsehood.\n")};
  RunOptions options;
  SetAnnotations(host.plugins(), &options.document);
  std::vector<std::string> handed_on;
  CheckFilesInto(files, host.plugins(), options, [&](v1::FileReport&& report, SourceText&&) {
    handed_on.push_back(report.path().substr(report.path().rfind('/') + 1));
  });
  EXPECT_EQ(handed_on, (std::vector<std::string>{"a.md", "b\\xFF.md", "b~.md"}));
}

// The run makes each report in one the sink is done with, cleared (runner.cc):
// a sink that only reads them sees for every file what a run that hands
// each its own report gives, and the same text kept for it, whatever the
// files before it held (findings, an error, a date from the front matter,
// a text kept for its findings).
TEST_F(PluginHostTest, AReportMadeWhereAnotherWasHoldsNothingOfIt) {
  PluginHost host(
      ConfigWith(testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN)), 1);
  const std::vector<std::string> files = {
      dir_.Write("a.md", kArticle), dir_.Write("b.md", "Not \xFF UTF-8.\n"),
      dir_.Write("c.md", "A falsehood and another falsehood.\n"), dir_.Write("d.txt", "Clean.\n"),
      dir_.Write("e.md", kArticle)};
  RunOptions options;
  SetAnnotations(host.plugins(), &options.document);
  const CheckResult own = CheckFiles(files, host.plugins(), options);
  ASSERT_EQ(own.report.files_size(), 5);
  ASSERT_FALSE(own.report.files(1).errors().empty());
  const auto shown = [](const SourceText& source) {
    return source.text + "|" + std::to_string(source.body_offset) + "|" +
           (source.plain_text ? "plain" : "markdown");
  };
  std::vector<std::string> read, kept;
  CheckFilesInto(files, host.plugins(), options, [&](v1::FileReport&& report, SourceText&& source) {
    read.push_back(report.DebugString());
    kept.push_back(source.text.empty() ? "" : shown(source));
  });
  ASSERT_EQ(read.size(), 5u);
  ASSERT_EQ(kept.size(), 5u);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(read[i], own.report.files(i).DebugString()) << files[i];
    const auto source = own.sources.find(own.report.files(i).path());
    EXPECT_EQ(kept[i], source == own.sources.end() ? "" : shown(source->second)) << files[i];
  }
  EXPECT_FALSE(kept[0].empty());  // a.md's text, kept for its findings.
}

// Counts the files a plugin is asked to check, passing each call on.
class CountingClient final : public CheckerClient {
 public:
  CountingClient(std::unique_ptr<CheckerClient> inner, std::atomic<int>* checks)
      : inner_(std::move(inner)), checks_(*checks) {}
  grpc::Status Describe(v1::DescribeResponse* response,
                        std::chrono::milliseconds timeout) override {
    return inner_->Describe(response, timeout);
  }
  grpc::Status Configure(const v1::ConfigureRequest& request, v1::ConfigureResponse* response,
                         std::chrono::milliseconds timeout) override {
    return inner_->Configure(request, response, timeout);
  }
  grpc::Status Check(std::shared_ptr<const v1::CheckRequest> request, v1::CheckResponse* response,
                     std::chrono::milliseconds timeout) override {
    ++checks_;
    return inner_->Check(std::move(request), response, timeout);
  }

 private:
  std::unique_ptr<CheckerClient> inner_;
  std::atomic<int>& checks_;
};

// A reader slower than the run holds it back: while the sink is busy with
// the first report, the other worker checks no more files than the run may
// hold waiting (and the batch under way), instead of the whole run.
TEST_F(PluginHostTest, ASlowSinkHoldsTheRunBack) {
  PluginHost host(
      ConfigWith(testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN)), 2);
  std::atomic<int> checks{0};
  host.plugins()[0].client =
      std::make_unique<CountingClient>(std::move(host.plugins()[0].client), &checks);
  std::vector<std::string> files;
  for (int i = 0; i < 400; ++i) {
    files.push_back(dir_.Write("article" + std::to_string(1000 + i) + ".md", "A falsehood.\n"));
  }
  RunOptions options;
  options.jobs = 2;
  options.most_reports_waiting = 4;
  SetAnnotations(host.plugins(), &options.document);
  int handed_on = 0;
  int checked_while_busy = 0;
  CheckFilesInto(files, host.plugins(), options, [&](v1::FileReport, SourceText) {
    if (++handed_on == 1) {
      // Counted from the sink's first call: the other worker may have
      // checked files while the first was still being checked.
      const int before = checks.load();
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      checked_while_busy = checks.load() - before;
    }
  });
  EXPECT_EQ(handed_on, 400);
  EXPECT_EQ(checks.load(), 400);
  // Two workers' batches of at most 32, and four reports waiting.
  EXPECT_LE(checked_while_busy, 2 * 32 + 4 + 1);
}

// A file's text comes with its report only when the report will show it.
TEST_F(PluginHostTest, AFilesTextIsKeptOnlyWhenAsked) {
  PluginHost host(
      ConfigWith(testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN)), 1);
  const std::vector<std::string> files = {dir_.Write("article.md", kArticle)};
  for (const bool keep : {true, false}) {
    RunOptions options;
    options.keep_sources = keep;
    SetAnnotations(host.plugins(), &options.document);
    std::string text;
    CheckFilesInto(files, host.plugins(), options,
                   [&](v1::FileReport, SourceText source) { text = source.text; });
    EXPECT_EQ(text, keep ? kArticle : "") << keep;
  }
}

// What the sink throws (a report that cannot be written) stops the run: no
// report is handed on after it, and the caller gets the error.
TEST_F(PluginHostTest, AnErrorInTheSinkStopsTheRunAndReachesTheCaller) {
  PluginHost host(
      ConfigWith(testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN)), 2);
  std::vector<std::string> files;
  for (int i = 0; i < 50; ++i) {
    files.push_back(dir_.Write("article" + std::to_string(100 + i) + ".md", "A falsehood.\n"));
  }
  RunOptions options;
  options.jobs = 2;
  SetAnnotations(host.plugins(), &options.document);
  int handed_on = 0;
  EXPECT_THROW(CheckFilesInto(files, host.plugins(), options,
                              [&](v1::FileReport, SourceText) {
                                if (++handed_on == 3) throw Error("the disk is full");
                              }),
               Error);
  EXPECT_EQ(handed_on, 3);
}

TEST_F(PluginHostTest, SpanOutsideTheDocumentIsRejected) {
  PluginHost host(MisbehavingConfig(), 1);
  CheckResult result = Check(host, {"A falsehood. BAD-SPAN-NOW\n"});
  const v1::FileReport& file = result.report.files(0);
  ASSERT_EQ(file.errors_size(), 1);
  EXPECT_NE(file.errors(0).message().find("span outside the document"), std::string::npos)
      << file.errors(0).message();
  EXPECT_EQ(file.findings_size(), 0);
}

TEST_F(PluginHostTest, ExceptionInAPluginBecomesAnInternalError) {
  PluginHost host(MisbehavingConfig(), 1);
  CheckResult result = Check(host, {"THROW-NOW\n"});
  ASSERT_EQ(result.report.files(0).errors_size(), 1);
  EXPECT_NE(result.report.files(0).errors(0).message().find("INTERNAL: plugin threw an "
                                                            "exception: told to throw"),
            std::string::npos);
}

TEST_F(PluginHostTest, PluginBuiltForAnotherProtocolIsRefused) {
  try {
    PluginHost host(
        ConfigWith(testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN_V99)),
        1);
    FAIL() << "the plugin should have been refused";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("built for plugin protocol version 99"), std::string::npos)
        << e.what();
  }
}

TEST_F(PluginHostTest, BadOptionsAreReportedWithThePluginName) {
  try {
    PluginHost host(
        ConfigWith(testing::TestPluginConfig(std::string("library: ") + FACTCHECK_TEST_PLUGIN +
                                             "\n    options: {colour: blue}")),
        1);
    FAIL() << "Configure should have failed";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("plugin 'words': unknown option 'colour'"),
              std::string::npos)
        << e.what();
  }
}

TEST_F(PluginHostTest, MissingLibraryNamesThePlacesSearched) {
  try {
    PluginHost host(ConfigWith(testing::TestPluginConfig("library: no-such-plugin")), 1);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("factcheck.yaml:2:5: plugin 'words': plugin "
                                         "library 'no-such-plugin' not found"),
              std::string::npos)
        << e.what();
  }
}

TEST_F(PluginHostTest, CommandWithoutHandshakeTimesOut) {
  try {
    PluginProcess::Start("silent", {"sleep", "5"}, "", std::chrono::milliseconds(200));
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("printed no handshake line within 200 ms"),
              std::string::npos)
        << e.what();
  }
}

TEST_F(PluginHostTest, CommandThatExitsEarlyIsReportedWithItsStatusAndStderr) {
  try {
    PluginProcess::Start("broken", {"sh", "-c", "echo missing data >&2; exit 3"}, "",
                         std::chrono::milliseconds(2000));
    FAIL();
  } catch (const Error& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("closed its stdout without a handshake line"), std::string::npos)
        << message;
    EXPECT_NE(message.find("exited with status 3"), std::string::npos) << message;
    EXPECT_NE(message.find("missing data"), std::string::npos) << message;
  }
}

// A traceback's lines are joined on the error's one line, so the error
// reads the same on a terminal (which shows no raw line breaks) and in CI.
TEST_F(PluginHostTest, CommandStderrLinesStayOnTheErrorsOneLine) {
  try {
    PluginProcess::Start(
        "broken", {"sh", "-c", "printf 'Traceback:\\n  File x\\n\\nNo module grpc\\n' >&2; exit 1"},
        "", std::chrono::milliseconds(2000));
    FAIL();
  } catch (const Error& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("its last stderr lines: Traceback: | File x | No module grpc"),
              std::string::npos)
        << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  }
}

TEST_F(PluginHostTest, CommandThatCannotStartIsReported) {
  EXPECT_THROW(
      PluginProcess::Start("absent", {"/no/such/program"}, "", std::chrono::milliseconds(500)),
      Error);
}

TEST(HandshakeTest, ParsesTheTargetOfTheCurrentProtocol) {
  std::string error;
  EXPECT_EQ(ParseHandshake("FACTCHECK-PLUGIN 1 unix:/tmp/x/plugin.sock", 1, &error),
            "unix:/tmp/x/plugin.sock");
  EXPECT_EQ(ParseHandshake("FACTCHECK-PLUGIN 1 127.0.0.1:4000", 1, &error), "127.0.0.1:4000");
}

TEST(HandshakeTest, RefusesOtherVersionsAndOtherLines) {
  std::string error;
  EXPECT_FALSE(ParseHandshake("FACTCHECK-PLUGIN 2 unix:/x", 1, &error));
  EXPECT_NE(error.find("protocol version 2"), std::string::npos);
  EXPECT_FALSE(ParseHandshake("listening on 4000", 1, &error));
  EXPECT_FALSE(ParseHandshake("FACTCHECK-PLUGIN 1", 1, &error));
  EXPECT_FALSE(ParseHandshake("FACTCHECK-PLUGIN 1 unix:/x extra", 1, &error));
}

}  // namespace
}  // namespace factcheck
