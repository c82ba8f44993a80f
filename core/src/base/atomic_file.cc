#include "base/atomic_file.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "factcheck/error.h"

namespace factcheck {
namespace {

// Unique per process and call, so that concurrent writers never share one.
std::string TemporaryName(const std::string& path) {
  static std::atomic<unsigned> counter{0};
  return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
}

// Writes and renames; on failure returns why and leaves no temporary file.
std::string Write(const std::string& path, std::string_view bytes) {
  const std::string temp = TemporaryName(path);
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot create " + temp + ": " + std::strerror(errno);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      const std::string why = std::strerror(errno);
      std::error_code ec;
      std::filesystem::remove(temp, ec);
      return "cannot write: " + why;
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    return "cannot replace it: " + ec.message();
  }
  return "";
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
