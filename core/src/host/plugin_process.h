// A plugin the host starts itself (`command:` in the configuration), with the
// pinned handshake: the child runs in the configuration's folder, gets
// FACTCHECK_PLUGIN_PROTOCOL=1 in its environment and prints one line
// "FACTCHECK-PLUGIN 1 <grpc-target>" on stdout; the host then forwards its
// stderr (and any later stdout, which is not part of the protocol) to the log
// at -v and, at the end, after closing its connection, closes its stdin,
// sends SIGTERM and, 2 s later, SIGKILL.
#ifndef FACTCHECK_CORE_HOST_PLUGIN_PROCESS_H_
#define FACTCHECK_CORE_HOST_PLUGIN_PROCESS_H_

#include <sys/types.h>

#include <atomic>
#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace factcheck {

// Parses a handshake line (factcheck/handshake.h); returns the gRPC target,
// or nullopt with `error` set when the line is not a handshake for protocol
// `version`.
std::optional<std::string> ParseHandshake(const std::string& line, unsigned version,
                                          std::string* error);

class PluginProcess {
 public:
  // Starts `command` in `working_dir` (empty: the current folder) and waits
  // up to `start_timeout` for its handshake. Throws Error when it cannot
  // start, exits, or says nothing; `name` prefixes its lines in the log.
  static std::shared_ptr<PluginProcess> Start(const std::string& name,
                                              const std::vector<std::string>& command,
                                              const std::string& working_dir,
                                              std::chrono::milliseconds start_timeout);
  ~PluginProcess();
  PluginProcess(const PluginProcess&) = delete;
  PluginProcess& operator=(const PluginProcess&) = delete;

  const std::string& target() const { return target_; }

  // "exited with status 3" or "was killed by signal 11 (Segmentation fault)",
  // with its last lines of stderr, once the process has ended; nullopt while
  // it runs.
  std::optional<std::string> ExitDescription();
  // The same, waiting up to `wait` for a dying process to end: a crash
  // closes the socket a moment before the process is gone.
  std::optional<std::string> ExitDescription(std::chrono::milliseconds wait);

  // Closes its stdin, sends SIGTERM, then SIGKILL after `grace`.
  void Stop(std::chrono::milliseconds grace = kStopGrace);

  static constexpr std::chrono::milliseconds kStopGrace{2000};

 private:
  PluginProcess(std::string name, pid_t pid, int stdin_fd, int stdout_fd, int stderr_fd);
  // Reads stdout until the handshake line, keeping stderr drained so that the
  // child never blocks. Returns why it failed, or "" with target_ set.
  std::string AwaitHandshake(std::chrono::milliseconds timeout);
  void ForwardOutput();
  void RecordStderr(const std::string& line);
  // The last stderr lines, without their indentation, on one line joined by
  // " | ": an error is one line in every report.
  std::string StderrTail();
  bool Reap(bool wait);
  void Terminate(std::chrono::milliseconds grace);

  std::string name_;
  pid_t pid_;
  int stdin_fd_;
  int stdout_fd_;
  int stderr_fd_;
  std::string target_;
  std::thread forwarder_;
  std::atomic<bool> stopping_{false};
  std::atomic<bool> ended_{false};
  std::mutex mutex_;
  std::optional<int> wait_status_;
  std::deque<std::string> stderr_tail_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_PLUGIN_PROCESS_H_
