// Ctrl-C and SIGTERM during `factcheck check`: the run stops promptly, stops
// its plugin processes, leaves no temporary file and no report of a file it
// did not finish, and exits with 128 + the signal; a second Ctrl-C quits at
// once. The plugin here hangs in Check for 20 s, so every run below ends
// only because of the signal, before its one file is done.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

extern char** environ;

namespace factcheck {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;
using testing::ReadFile;
using testing::TempDir;

// A check of a folder whose first article makes the test plugin hang, run
// through `serve-plugin` as a child process that writes its pid to a file.
class SignalsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("articles/a.md", "HANG-NOW in the first article.\n");
    for (int i = 0; i < 5; ++i) {
      dir_.Write("articles/b" + std::to_string(i) + ".md", "A falsehood.\n");
    }
    config_ =
        dir_.Write("factcheck.yaml",
                   "plugins:\n  - name: words\n    command: [sh, -c, 'echo $$ > " + ChildPidFile() +
                       "; exec " FACTCHECK_BINARY " serve-plugin --library " FACTCHECK_TEST_PLUGIN
                       "']\n"
                       "    timeout_ms: 30000\n    options: {misbehave: true, words: {falsehood: "
                       "CONTRADICTED}}\n");
  }

  std::string ChildPidFile() const { return (dir_.path() / "child.pid").string(); }

  // Starts the check with SIGINT and SIGTERM at their default actions (a
  // test runner may ignore them) and waits until its plugin is running.
  void Start(const std::vector<std::string>& extra = {}) {
    std::vector<std::string> words{FACTCHECK_BINARY, "check", "-j1", "--config", config_};
    words.insert(words.end(), extra.begin(), extra.end());
    words.push_back((dir_.path() / "articles").string());
    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, Out().c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, Err().c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);
    ASSERT_EQ(posix_spawn(&host_, argv[0], &actions, &attributes, argv.data(), environ), 0);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    for (int i = 0; i < 200 && child_ <= 0; ++i) {
      std::this_thread::sleep_for(milliseconds(50));
      std::ifstream pid_file(ChildPidFile());
      pid_file >> child_;
    }
    ASSERT_GT(child_, 0) << "the plugin process did not start: " << ReadFile(Err());
    std::this_thread::sleep_for(milliseconds(500));  // Into the hanging Check.
  }

  // The host's exit status; 1000 + the signal when a signal killed it
  // (factcheck must exit, not die); -1 when it has not ended within 10 s
  // (the plugin's hang lasts 20 s).
  int WaitForHost() {
    for (int i = 0; i < 200; ++i) {
      int status = 0;
      if (::waitpid(host_, &status, WNOHANG) == host_) {
        return WIFEXITED(status) ? WEXITSTATUS(status) : 1000 + WTERMSIG(status);
      }
      std::this_thread::sleep_for(milliseconds(50));
    }
    ::kill(host_, SIGKILL);
    ::waitpid(host_, nullptr, 0);
    return -1;
  }

  // Whether the plugin process has ended (gone, or a zombie nobody reaped)
  // within 10 s.
  bool ChildEnds() const {
    for (int i = 0; i < 200; ++i) {
      std::ifstream stat("/proc/" + std::to_string(child_) + "/stat");
      std::string pid, name, state;
      if (!(stat >> pid >> name >> state) || state == "Z") return true;
      std::this_thread::sleep_for(milliseconds(50));
    }
    ::kill(child_, SIGKILL);
    return false;
  }

  std::string Out() const { return (dir_.path() / "out.txt").string(); }
  std::string Err() const { return (dir_.path() / "err.txt").string(); }

  TempDir dir_;
  std::string config_;
  pid_t host_ = -1;
  pid_t child_ = -1;
};

TEST_F(SignalsTest, CtrlCStopsTheRunWritesNoReportAndExits130) {
  Start();
  ::kill(host_, SIGINT);
  EXPECT_EQ(WaitForHost(), 130) << ReadFile(Err());
  EXPECT_EQ(ReadFile(Out()), "");
  EXPECT_NE(ReadFile(Err()).find("factcheck: interrupted; stopping"), std::string::npos)
      << ReadFile(Err());
  EXPECT_TRUE(ChildEnds());
}

// A JSON report is written as the run goes: on Ctrl-C the files checked
// before it are out (the plugin call under way answers within the second
// it is given), the files not begun are not, and the report has no summary
// or closing bracket: it cannot pass for a whole one.
TEST_F(SignalsTest, AStreamedReportIsLeftUnfinished) {
  dir_.Write("articles/a.md", "A falsehood.\n");
  dir_.Write("articles/c.md", "PAUSE-NOW in this article.\n");
  dir_.Write("articles/d.md", "A falsehood never checked.\n");
  Start({"--format", "json"});
  ::kill(host_, SIGINT);
  EXPECT_EQ(WaitForHost(), 130) << ReadFile(Err());
  const std::string out = ReadFile(Out());
  EXPECT_EQ(out.rfind("{\n \"files\": [\n  {\n   \"path\": \"", 0), 0u) << out;
  EXPECT_NE(out.find("/articles/a.md\""), std::string::npos) << out;
  EXPECT_EQ(out.find("/articles/d.md\""), std::string::npos) << out;
  EXPECT_EQ(out.find("\"summary\""), std::string::npos) << out;
  EXPECT_NE(ReadFile(Err()).find("the report is incomplete"), std::string::npos) << ReadFile(Err());
  EXPECT_TRUE(ChildEnds());
}

TEST_F(SignalsTest, SigtermStopsTheRunAndItsPluginProcessAndExits143) {
  Start();
  ::kill(host_, SIGTERM);
  EXPECT_EQ(WaitForHost(), 143) << ReadFile(Err());
  EXPECT_EQ(ReadFile(Out()), "");
  EXPECT_TRUE(ChildEnds());
}

TEST_F(SignalsTest, SecondCtrlCQuitsAtOnce) {
  Start();
  ::kill(host_, SIGINT);
  std::this_thread::sleep_for(milliseconds(100));
  ::kill(host_, SIGINT);
  EXPECT_EQ(WaitForHost(), 130) << ReadFile(Err());
  EXPECT_EQ(ReadFile(Out()), "");
  EXPECT_TRUE(ChildEnds());
}

TEST_F(SignalsTest, InterruptedRunLeavesNoTemporaryFiles) {
  const fs::path cache = dir_.path() / "cache";
  Start({"--cache", cache.string()});
  ::kill(host_, SIGINT);
  EXPECT_EQ(WaitForHost(), 130) << ReadFile(Err());
  EXPECT_TRUE(ChildEnds());
  for (const auto& entry : fs::recursive_directory_iterator(dir_.path())) {
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
  }
}

}  // namespace
}  // namespace factcheck
