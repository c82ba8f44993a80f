// Helpers shared by the tests: temporary folders, files, and running the
// factcheck executable.
#ifndef FACTCHECK_TESTS_TEST_SUPPORT_H_
#define FACTCHECK_TESTS_TEST_SUPPORT_H_

#include <filesystem>
#include <string>
#include <vector>

namespace factcheck::testing {

// A fresh folder, removed with everything in it when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  // Writes `content` to `relative` inside the folder; returns the full path.
  std::string Write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

struct CommandResult {
  int exit_code;  // 128 + signal when killed.
  std::string out;
  std::string err;
};

// Runs the factcheck executable with `args`, feeding `input` on stdin, and
// with FACTCHECK_PLUGIN_PATH set to the test plugin's folder.
// `cwd`, when given, is the folder it runs in.
CommandResult RunFactcheck(const std::vector<std::string>& args, const std::string& input = "",
                           const std::string& cwd = "");

// Starts `factcheck serve-plugin` serving the test plugin on the unix socket
// `socket` (a path); returns its pid: the caller stops it with SIGTERM and
// waits for it.
int StartTestPluginServer(const std::string& socket);

// A configuration naming the test plugin as `name`, reached through the
// `transport` line given (e.g. "library: /x/test_plugin.so").
std::string TestPluginConfig(const std::string& transport_line, const std::string& name = "words");

std::string ReadFile(const std::filesystem::path& path);

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_TEST_SUPPORT_H_
