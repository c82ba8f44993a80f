// `factcheck serve` (or `factcheck lsp`) run as a child process for tests,
// and a small HTTP client to talk to it.
#ifndef FACTCHECK_TESTS_SERVER_PROCESS_H_
#define FACTCHECK_TESTS_SERVER_PROCESS_H_

#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

namespace factcheck::testing {

class ServerProcess {
 public:
  // Starts `factcheck serve ARGS --listen 127.0.0.1:0 --grpc-listen
  // 127.0.0.1:0` in `cwd` and waits (up to 30 s) for its "listening" lines.
  // Throws std::runtime_error when it does not come up; its stderr is then in
  // the message.
  ServerProcess(const std::vector<std::string>& args, const std::string& cwd);
  ~ServerProcess();  // Kills it if still running.

  unsigned short http_port() const { return http_port_; }
  const std::string& grpc_address() const { return grpc_address_; }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(http_port_) + "/"; }
  pid_t pid() const { return pid_; }

  void Signal(int signal) const;
  // Waits for the process to end; its exit code (128 + signal when killed).
  int Wait();
  std::string Stderr() const;

 private:
  pid_t pid_ = -1;
  unsigned short http_port_ = 0;
  std::string grpc_address_;
  std::string stderr_path_;
  std::string dir_;
};

struct HttpResult {
  int status = 0;
  std::map<std::string, std::string> headers;  // Lowercase names.
  std::string body;
};

// One request to 127.0.0.1:`port`; `headers` are added (Host is set to
// 127.0.0.1:port unless given). Throws std::runtime_error when it cannot
// connect.
HttpResult HttpRequest(unsigned short port, const std::string& method, const std::string& target,
                       const std::string& body = "",
                       const std::map<std::string, std::string>& headers = {});

// POST `json` to `target` as application/json.
HttpResult PostJson(unsigned short port, const std::string& target, const std::string& json);

}  // namespace factcheck::testing

#endif  // FACTCHECK_TESTS_SERVER_PROCESS_H_
