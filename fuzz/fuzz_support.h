// Helpers for the libFuzzer targets: a file that holds the input, for
// parsers that read from a path, and the one kind of failure they may
// report.
#ifndef FACTCHECK_FUZZ_FUZZ_SUPPORT_H_
#define FACTCHECK_FUZZ_FUZZ_SUPPORT_H_

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace factcheck::fuzz {

// A private file, rewritten with each input; removed when the process ends.
class InputFile {
 public:
  InputFile(const char* suffix) {
    const char* tmp = std::getenv("TMPDIR");
    path_ = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/factcheck-fuzz-" +
            std::to_string(::getpid()) + suffix;
  }
  ~InputFile() { std::remove(path_.c_str()); }
  const std::string& Write(std::string_view bytes) {
    std::FILE* file = std::fopen(path_.c_str(), "wb");
    if (file == nullptr) std::abort();
    if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file) != bytes.size()) {
      std::abort();
    }
    std::fclose(file);
    return path_;
  }

 private:
  std::string path_;
};

inline std::string_view AsText(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// An invariant the parser broke: a crash that libFuzzer records.
inline void Require(bool holds) {
  if (!holds) std::abort();
}

}  // namespace factcheck::fuzz

#endif  // FACTCHECK_FUZZ_FUZZ_SUPPORT_H_
