#include "base/interrupt.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <set>
#include <string>
#include <thread>

namespace factcheck {
namespace {

std::atomic<int> first_signal{0};

struct Pending {
  std::mutex mutex;
  std::set<pid_t> children;
  std::set<std::string> temporary_files;
};

// Never destroyed: the watching thread may use it while the process ends.
Pending& pending() {
  static auto* instance = new Pending;
  return *instance;
}

sigset_t InterruptSignals() {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  return signals;
}

void Say(const char* text) {
  // One write, no allocation: the process may be ending.
  [[maybe_unused]] const ssize_t n =
      ::write(STDERR_FILENO, text, std::char_traits<char>::length(text));
}

// The first signal asks the run to stop; the second ends the process.
void Watch(sigset_t signals) {
  for (;;) {
    int signal = 0;
    if (sigwait(&signals, &signal) != 0) continue;
    int expected = 0;
    if (first_signal.compare_exchange_strong(expected, signal)) {
      Say(signal == SIGINT ? "factcheck: interrupted; stopping (Ctrl-C again to quit at once)\n"
                           : "factcheck: terminated; stopping\n");
      continue;
    }
    ExitForInterrupt();
  }
}

}  // namespace

void WatchInterrupts() {
  static std::once_flag once;
  std::call_once(once, [] {
    const sigset_t signals = InterruptSignals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::thread(Watch, signals).detach();
  });
}

int InterruptSignal() { return first_signal.load(std::memory_order_relaxed); }

int InterruptExitCode() {
  const int signal = InterruptSignal();
  return 128 + (signal != 0 ? signal : SIGINT);
}

void ExitForInterrupt() {
  {
    // Held only around a set's insert or erase, never across a call.
    std::lock_guard lock(pending().mutex);
    for (const pid_t child : pending().children) ::kill(child, SIGTERM);
    for (const std::string& path : pending().temporary_files) ::unlink(path.c_str());
  }
  ::_exit(InterruptExitCode());
}

void NoteChild(pid_t pid) {
  std::lock_guard lock(pending().mutex);
  pending().children.insert(pid);
}

void ForgetChild(pid_t pid) {
  std::lock_guard lock(pending().mutex);
  pending().children.erase(pid);
}

void NoteTemporaryFile(const std::string& path) {
  std::lock_guard lock(pending().mutex);
  pending().temporary_files.insert(path);
}

void ForgetTemporaryFile(const std::string& path) {
  std::lock_guard lock(pending().mutex);
  pending().temporary_files.erase(path);
}

}  // namespace factcheck
