#include "run/changed_files.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "factcheck/error.h"

extern char** environ;

namespace factcheck {
namespace fs = std::filesystem;
namespace {

// Runs git with `args`; returns its stdout, or throws with its stderr.
std::string Git(const std::vector<std::string>& args) {
  int out[2], err[2];
  if (::pipe(out) != 0 || ::pipe(err) != 0) throw Error("cannot run git: no pipes");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addclose(&actions, err[0]);
  std::vector<std::string> words{"git"};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  pid_t pid;
  const int rc = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  ::close(err[1]);
  if (rc != 0) {
    ::close(out[0]);
    ::close(err[0]);
    throw Error("cannot run git (is it installed?)");
  }
  auto drain = [](int fd) {
    std::string text;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0) text.append(buffer, n);
    ::close(fd);
    return text;
  };
  // stderr is small; read stdout first, then stderr.
  std::string text = drain(out[0]);
  std::string errors = drain(err[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    while (!errors.empty() && (errors.back() == '\n' || errors.back() == '\r')) errors.pop_back();
    throw Error("git " + args.front() + " failed: " + errors);
  }
  return text;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (end > begin) lines.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

std::string Normal(const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::weakly_canonical(fs::absolute(path), ec);
  return (ec ? fs::absolute(path) : absolute).lexically_normal().string();
}

}  // namespace

std::vector<std::string> ChangedSince(const std::string& revision) {
  std::string top = Git({"rev-parse", "--show-toplevel"});
  while (!top.empty() && (top.back() == '\n' || top.back() == '\r')) top.pop_back();
  std::vector<std::string> changed;
  for (const auto& file :
       Lines(Git({"diff", "--name-only", "--diff-filter=AMR", revision, "--"}))) {
    changed.push_back(Normal((fs::path(top) / file).string()));
  }
  // Files git does not track yet are added too.
  for (const auto& file :
       Lines(Git({"ls-files", "--others", "--exclude-standard", "--full-name", top}))) {
    changed.push_back(Normal((fs::path(top) / file).string()));
  }
  return changed;
}

std::vector<std::string> KeepChanged(const std::vector<std::string>& files,
                                     const std::vector<std::string>& changed) {
  const std::set<std::string> wanted(changed.begin(), changed.end());
  std::vector<std::string> out;
  for (const auto& file : files) {
    if (file != "-" && wanted.count(Normal(file))) out.push_back(file);
  }
  return out;
}

}  // namespace factcheck
