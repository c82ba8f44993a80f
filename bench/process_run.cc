#include "bench/process_run.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

#include "factcheck/error.h"

namespace factcheck::bench {
namespace {

[[noreturn]] void ExecChild(const std::vector<std::string>& argv, int out_fd) {
  dup2(out_fd, STDOUT_FILENO);
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  execvp(args[0], args.data());
  _exit(127);
}

double Seconds(const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; }

}  // namespace

ProcessRun RunProcess(const std::vector<std::string>& argv, bool keep_output) {
  int pipe_fds[2] = {-1, -1};
  int out_fd = -1;
  if (keep_output) {
    if (pipe(pipe_fds) != 0) throw Error(std::string("pipe: ") + std::strerror(errno));
    out_fd = pipe_fds[1];
  } else {
    out_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
  }
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid < 0) throw Error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) ExecChild(argv, out_fd);
  close(out_fd);
  ProcessRun run;
  if (keep_output) {
    char buffer[1 << 16];
    ssize_t n;
    while ((n = read(pipe_fds[0], buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
      if (n > 0) run.output.append(buffer, static_cast<std::size_t>(n));
    }
    close(pipe_fds[0]);
  }
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  run.wall_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.cpu_seconds = Seconds(usage.ru_utime) + Seconds(usage.ru_stime);
  run.peak_rss_kb = usage.ru_maxrss;
  if (WIFSIGNALED(status)) {
    throw Error(argv[0] + " was killed by signal " + std::to_string(WTERMSIG(status)));
  }
  run.exit_code = WEXITSTATUS(status);
  if (run.exit_code == 127) throw Error("cannot run " + argv[0]);
  return run;
}

}  // namespace factcheck::bench
