#include "base/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "base/interrupt.h"
#include "factcheck/error.h"

namespace factcheck {
namespace {

// Unique per process and call, so that concurrent writers never share one.
std::string TemporaryName(const std::string& path) {
  static std::atomic<unsigned> counter{0};
  return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

// Writes every byte to `fd`; returns why it could not, or "".
std::string WriteAll(int fd, std::string_view bytes) {
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return std::string("cannot write: ") + std::strerror(errno);
    done += static_cast<std::size_t>(n);
  }
  return "";
}

// Writes and renames; on failure returns why and leaves no temporary file.
// Every write and the close are checked: a full disk fails here, not later
// as a short file that looks whole.
std::string Write(const std::string& path, std::string_view bytes) {
  const std::string temp = TemporaryName(path);
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return "cannot create " + temp + ": " + std::strerror(errno);
  NoteTemporaryFile(temp);  // Removed if the run is interrupted before the rename.
  std::string problem = WriteAll(fd, bytes);
  if (::close(fd) != 0 && problem.empty()) {
    problem = std::string("cannot write: ") + std::strerror(errno);
  }
  std::error_code ec;
  if (problem.empty()) {
    std::filesystem::rename(temp, path, ec);
    if (!ec) {
      ForgetTemporaryFile(temp);
      return "";
    }
    problem = "cannot replace it: " + ec.message();
  }
  std::filesystem::remove(temp, ec);
  ForgetTemporaryFile(temp);
  return problem;
}

}  // namespace

void WriteFileAtomically(const std::string& path, std::string_view bytes) {
  if (const std::string problem = Write(path, bytes); !problem.empty()) {
    throw Error(path + ": " + problem);
  }
}

bool TryWriteFileAtomically(const std::string& path, std::string_view bytes) {
  return Write(path, bytes).empty();
}

}  // namespace factcheck
