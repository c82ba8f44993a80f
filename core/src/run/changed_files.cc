#include "run/changed_files.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
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
  // Paths as they are, not C-quoted, in git's output.
  std::vector<std::string> words{"git", "-c", "core.quotePath=false"};
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

std::string TopLevel() {
  std::string top = Git({"rev-parse", "--show-toplevel"});
  while (!top.empty() && (top.back() == '\n' || top.back() == '\r')) top.pop_back();
  return top;
}

// Files git does not track yet, as absolute paths: added too.
std::vector<std::string> Untracked(const std::string& top) {
  std::vector<std::string> out;
  for (const auto& file :
       Lines(Git({"ls-files", "--others", "--exclude-standard", "--full-name", "--", top}))) {
    out.push_back(NormalPath((fs::path(top) / file).string()));
  }
  return out;
}

// "@@ -12,3 +14,5 @@": the added lines' first number and count (0 for a
// deletion), or false when the line is no hunk header.
bool HunkTarget(const std::string& line, unsigned* first, unsigned* count) {
  const auto plus = line.find(" +");
  if (!line.starts_with("@@ ") || plus == std::string::npos) return false;
  *count = 1;
  if (std::sscanf(line.c_str() + plus + 2, "%u,%u", first, count) < 1) return false;
  return true;
}

}  // namespace

std::string NormalPath(const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::weakly_canonical(fs::absolute(path), ec);
  return (ec ? fs::absolute(path) : absolute).lexically_normal().string();
}

ChangedLines ChangedLinesSince(const std::string& revision) {
  const std::string top = TopLevel();
  ChangedLines changed;
  std::string file;
  for (const auto& line : Lines(Git({"diff", "-U0", "--no-color", "--no-ext-diff",
                                     "--diff-filter=AMR", "--end-of-options", revision, "--"}))) {
    if (line.starts_with("+++ ")) {
      const std::string name = line.substr(4);
      file = name == "/dev/null" ? "" : NormalPath((fs::path(top) / name.substr(2)).string());
      continue;
    }
    unsigned first = 0, count = 0;
    if (!file.empty() && HunkTarget(line, &first, &count) && count > 0) {
      changed.ranges_[file].emplace_back(first, first + count - 1);
    }
  }
  for (const auto& path : Untracked(top)) changed.whole_.insert(path);
  return changed;
}

bool ChangedLines::Touches(const std::string& path, unsigned first, unsigned last) const {
  const std::string normal = NormalPath(path);
  if (whole_.count(normal)) return true;
  auto it = ranges_.find(normal);
  if (it == ranges_.end()) return false;
  for (const auto& [from, to] : it->second) {
    if (first <= to && from <= last) return true;
  }
  return false;
}

std::vector<std::string> ChangedSince(const std::string& revision) {
  const std::string top = TopLevel();
  std::vector<std::string> changed;
  // --end-of-options: a revision that starts with '-' is no option to git.
  for (const auto& file : Lines(
           Git({"diff", "--name-only", "--diff-filter=AMR", "--end-of-options", revision, "--"}))) {
    changed.push_back(NormalPath((fs::path(top) / file).string()));
  }
  for (auto& path : Untracked(top)) changed.push_back(std::move(path));
  return changed;
}

FileList KeepChanged(const FileList& files, const std::vector<std::string>& changed) {
  const std::set<std::string> wanted(changed.begin(), changed.end());
  FileList out;
  for (const std::string_view file : files) {
    if (file != "-" && wanted.count(NormalPath(std::string(file)))) out.Add(file);
  }
  return out;
}

}  // namespace factcheck
