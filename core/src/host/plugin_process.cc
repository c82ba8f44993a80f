#include "host/plugin_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <spdlog/spdlog.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>

#include "base/interrupt.h"
#include "factcheck/error.h"
#include "factcheck/handshake.h"
#include "factcheck/plugin.h"
#include "host/call_policy.h"
#include "host/plugin_service.h"

extern char** environ;

namespace factcheck {
namespace {

constexpr std::size_t kStderrTailLines = 20;

// Splits what a pipe delivers into lines.
class LineBuffer {
 public:
  // Reads what is available; false at end of file.
  bool Fill(int fd) {
    char buffer[4096];
    ssize_t n;
    do {
      n = ::read(fd, buffer, sizeof buffer);
    } while (n < 0 && errno == EINTR);
    if (n <= 0) return false;
    pending_.append(buffer, static_cast<std::size_t>(n));
    return true;
  }
  std::optional<std::string> NextLine() {
    std::size_t end = pending_.find('\n');
    if (end == std::string::npos) return std::nullopt;
    std::string line = pending_.substr(0, end);
    pending_.erase(0, end + 1);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
  }
  std::string Rest() { return std::exchange(pending_, {}); }

 private:
  std::string pending_;
};

void ClosePipe(int fds[2]) {
  if (fds[0] >= 0) ::close(fds[0]);
  if (fds[1] >= 0) ::close(fds[1]);
}

std::string DescribeWaitStatus(int status) {
  if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    return "was killed by signal " + std::to_string(sig) + " (" + strsignal(sig) + ")";
  }
  return "ended";
}

}  // namespace

std::optional<std::string> ParseHandshake(const std::string& line, unsigned version,
                                          std::string* error) {
  std::istringstream words(line);
  std::string prefix, target, extra;
  long long got = -1;
  words >> prefix >> got >> target;
  if (prefix != kHandshakePrefix || got < 0 || target.empty() || (words >> extra)) {
    *error = "expected the handshake line '" + std::string(kHandshakePrefix) + " " +
             std::to_string(version) + " <grpc-target>', got '" + line + "'";
    return std::nullopt;
  }
  if (got != static_cast<long long>(version)) {
    const auto mismatch =
        got <= UINT32_MAX ? ProtocolMismatch(static_cast<std::uint32_t>(got)) : std::nullopt;
    *error = mismatch.value_or("the plugin speaks protocol version " + std::to_string(got));
    return std::nullopt;
  }
  return target;
}

PluginProcess::PluginProcess(std::string name, pid_t pid, int stdin_fd, int stdout_fd,
                             int stderr_fd)
    : name_(std::move(name)),
      pid_(pid),
      stdin_fd_(stdin_fd),
      stdout_fd_(stdout_fd),
      stderr_fd_(stderr_fd) {}

namespace {

// The child's environment: ours, with the handshake variable set to this
// host's protocol version.
std::vector<std::string> ChildEnvironment() {
  std::vector<std::string> env;
  const std::string handshake_var = std::string(kHandshakeEnv) + "=";
  for (char** e = environ; *e != nullptr; ++e) {
    if (std::strncmp(*e, handshake_var.c_str(), handshake_var.size()) != 0) env.emplace_back(*e);
  }
  env.push_back(handshake_var + std::to_string(kProtocolVersion));
  return env;
}

// Starts `command` with its stdin, stdout and stderr on pipes. Returns the
// pid and the parent's ends, or the errno of the failure.
struct Spawned {
  pid_t pid = -1;
  int in = -1, out = -1, err = -1;
  int error = 0;
};

Spawned Spawn(const std::vector<std::string>& command, const std::string& working_dir) {
  Spawned spawned;
  int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
  if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
    spawned.error = errno;
    ClosePipe(in);
    ClosePipe(out);
    ClosePipe(err);
    return spawned;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
  if (!working_dir.empty()) posix_spawn_file_actions_addchdir_np(&actions, working_dir.c_str());
  std::vector<std::string> env_strings = ChildEnvironment();
  std::vector<std::string> args = command;
  std::vector<char*> envp, argv;
  for (auto& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);
  for (auto& s : args) argv.push_back(s.data());
  argv.push_back(nullptr);
  // The child starts with no blocked signals and default actions for the
  // ones the host takes or ignores, whatever this thread does with them.
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none, host_handled;
  sigemptyset(&none);
  sigemptyset(&host_handled);
  for (const int signal : {SIGINT, SIGTERM, SIGPIPE}) sigaddset(&host_handled, signal);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setsigdefault(&attributes, &host_handled);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  spawned.error =
      ::posix_spawnp(&spawned.pid, argv[0], &actions, &attributes, argv.data(), envp.data());
  posix_spawnattr_destroy(&attributes);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned.error == 0) NoteChild(spawned.pid);
  ::close(in[0]);
  ::close(out[1]);
  ::close(err[1]);
  if (spawned.error != 0) {
    ::close(in[1]);
    ::close(out[0]);
    ::close(err[0]);
    return spawned;
  }
  spawned.in = in[1];
  spawned.out = out[0];
  spawned.err = err[0];
  return spawned;
}

}  // namespace

std::shared_ptr<PluginProcess> PluginProcess::Start(const std::string& name,
                                                    const std::vector<std::string>& command,
                                                    const std::string& working_dir,
                                                    std::chrono::milliseconds start_timeout) {
  if (command.empty()) throw Error("empty command");
  const Spawned spawned = Spawn(command, working_dir);
  if (spawned.error != 0) {
    throw Error("cannot start '" + command[0] + "'" +
                (working_dir.empty() ? "" : " in " + working_dir) + ": " +
                std::strerror(spawned.error));
  }
  std::shared_ptr<PluginProcess> process(
      new PluginProcess(name, spawned.pid, spawned.in, spawned.out, spawned.err));
  if (const std::string failure = process->AwaitHandshake(start_timeout); !failure.empty()) {
    process->Stop(std::chrono::milliseconds(200));
    std::string message = "'" + command[0] + "' " + failure;
    if (auto exit = process->ExitDescription()) message += "; the process " + *exit;
    throw Error(message);
  }
  process->forwarder_ = std::thread([raw = process.get()] { raw->ForwardOutput(); });
  spdlog::debug("plugin '{}': started pid {} serving at {}", name, spawned.pid, process->target_);
  return process;
}

std::string PluginProcess::AwaitHandshake(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  LineBuffer stdout_lines, stderr_lines;
  bool stdout_open = true, stderr_open = true;
  while (true) {
    if (auto line = stdout_lines.NextLine()) {
      std::string error;
      if (auto target = ParseHandshake(*line, kProtocolVersion, &error)) {
        target_ = *target;
        return "";
      }
      return error;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      return "printed no handshake line within " + std::to_string(timeout.count()) + " ms";
    }
    if (!stdout_open) return "closed its stdout without a handshake line";
    pollfd fds[2] = {{stdout_fd_, POLLIN, 0}, {stderr_open ? stderr_fd_ : -1, POLLIN, 0}};
    if (::poll(fds, 2, static_cast<int>(std::min<long long>(left.count(), 100))) < 0 &&
        errno != EINTR) {
      return std::string("poll failed: ") + std::strerror(errno);
    }
    if (fds[0].revents != 0) stdout_open = stdout_lines.Fill(stdout_fd_);
    if (stderr_open && fds[1].revents != 0) {
      stderr_open = stderr_lines.Fill(stderr_fd_);
      while (auto line = stderr_lines.NextLine()) RecordStderr(*line);
    }
  }
}

PluginProcess::~PluginProcess() {
  Stop();
  if (forwarder_.joinable()) forwarder_.join();
  ::close(stdout_fd_);
  ::close(stderr_fd_);
}

void PluginProcess::RecordStderr(const std::string& line) {
  spdlog::info("[{}] {}", name_, line);
  std::lock_guard lock(mutex_);
  stderr_tail_.push_back(line);
  if (stderr_tail_.size() > kStderrTailLines) stderr_tail_.pop_front();
}

std::string PluginProcess::StderrTail() {
  std::lock_guard lock(mutex_);
  std::string tail;
  for (const auto& line : stderr_tail_) {
    const std::size_t begin = line.find_first_not_of(" \t");
    if (begin == std::string::npos) continue;
    tail += tail.empty() ? " " : " | ";
    tail += std::string_view(line).substr(begin);
  }
  return tail;
}

void PluginProcess::ForwardOutput() {
  LineBuffer out_lines, err_lines;
  bool out_open = true, err_open = true;
  // Polls with a timeout so that a grandchild holding the pipes open cannot
  // keep this thread alive after Stop.
  while (out_open || err_open) {
    pollfd fds[2] = {{out_open ? stdout_fd_ : -1, POLLIN, 0},
                     {err_open ? stderr_fd_ : -1, POLLIN, 0}};
    const int ready = ::poll(fds, 2, 100);
    if (ready < 0 && errno != EINTR) break;
    if (ready == 0 && ended_) break;  // Drained what the process left behind.
    if (out_open && fds[0].revents != 0) {
      out_open = out_lines.Fill(stdout_fd_);
      // Not part of the protocol: shown at -v, otherwise dropped.
      while (auto line = out_lines.NextLine()) spdlog::info("[{}] stdout: {}", name_, *line);
    }
    if (err_open && fds[1].revents != 0) {
      err_open = err_lines.Fill(stderr_fd_);
      while (auto line = err_lines.NextLine()) RecordStderr(*line);
    }
  }
  if (std::string rest = err_lines.Rest(); !rest.empty()) RecordStderr(rest);
}

bool PluginProcess::Reap(bool wait) {
  std::lock_guard lock(mutex_);
  if (wait_status_) return true;
  int status = 0;
  pid_t r;
  do {
    r = ::waitpid(pid_, &status, wait ? 0 : WNOHANG);
  } while (r < 0 && errno == EINTR);
  if (r == pid_) {
    wait_status_ = status;
    ForgetChild(pid_);
    // A serve-plugin that crashed could not remove its socket folder.
    if (WIFSIGNALED(status)) RemoveLeftSocketFolder(target_);
    return true;
  }
  if (r < 0) ForgetChild(pid_);  // Already reaped elsewhere: treat as ended.
  return r < 0;
}

std::optional<std::string> PluginProcess::ExitDescription() {
  if (!Reap(false)) return std::nullopt;
  int status;
  {
    std::lock_guard lock(mutex_);
    status = wait_status_.value_or(0);
  }
  std::string tail = StderrTail();
  return DescribeWaitStatus(status) + (tail.empty() ? "" : "; its last stderr lines:" + tail);
}

std::optional<std::string> PluginProcess::ExitDescription(std::chrono::milliseconds wait) {
  const auto deadline = std::chrono::steady_clock::now() + wait;
  while (true) {
    if (auto description = ExitDescription()) return description;
    if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

void PluginProcess::Stop(std::chrono::milliseconds grace) {
  if (stopping_.exchange(true)) return;
  Terminate(grace);
  ended_ = true;
}

void PluginProcess::Terminate(std::chrono::milliseconds grace) {
  if (stdin_fd_ >= 0) {
    ::close(stdin_fd_);
    stdin_fd_ = -1;
  }
  if (Reap(false)) return;
  ::kill(pid_, SIGTERM);
  const auto deadline = std::chrono::steady_clock::now() + grace;
  while (std::chrono::steady_clock::now() < deadline) {
    if (Reap(false)) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  spdlog::warn("plugin '{}' did not stop within {} ms of SIGTERM; killing it", name_,
               grace.count());
  ::kill(pid_, SIGKILL);
  Reap(true);
}

}  // namespace factcheck
