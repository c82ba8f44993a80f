#include "server_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "test_support.h"

extern char** environ;

namespace factcheck::testing {
namespace {

namespace fs = std::filesystem;

std::vector<char*> Pointers(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (auto& s : strings) pointers.push_back(s.data());
  pointers.push_back(nullptr);
  return pointers;
}

// Reads lines from `fd` until both addresses are known or 30 s pass.
void ReadAddresses(int fd, unsigned short* http_port, std::string* grpc_address) {
  std::string seen;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < until) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 200) <= 0) continue;
    char buffer[512];
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n <= 0) return;
    seen.append(buffer, static_cast<std::size_t>(n));
    const auto http = seen.find("listening http http://127.0.0.1:");
    const auto grpc = seen.find("listening grpc ");
    if (http != std::string::npos && grpc != std::string::npos &&
        seen.find('\n', grpc) != std::string::npos) {
      *http_port = static_cast<unsigned short>(std::stoi(seen.substr(http + 32)));
      const auto start = grpc + 15;
      *grpc_address = seen.substr(start, seen.find('\n', start) - start);
      return;
    }
  }
}

}  // namespace

ServerProcess::ServerProcess(const std::vector<std::string>& args, const std::string& cwd) {
  dir_ = (fs::temp_directory_path() / ("factcheck-serve-" + std::to_string(::getpid()) + "-" +
                                       std::to_string(reinterpret_cast<std::uintptr_t>(this))))
             .string();
  fs::create_directories(dir_);
  stderr_path_ = dir_ + "/stderr";
  int out[2];
  if (::pipe(out) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addopen(&actions, 2, stderr_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
  std::vector<std::string> env;
  for (char** e = environ; *e != nullptr; ++e) {
    if (std::strncmp(*e, "FACTCHECK_PLUGIN_PATH=", 22) != 0) env.emplace_back(*e);
  }
  env.push_back("FACTCHECK_PLUGIN_PATH=" + fs::path(FACTCHECK_TEST_PLUGIN).parent_path().string());
  std::vector<std::string> argv{FACTCHECK_BINARY, "-v", "serve"};
  argv.insert(argv.end(), args.begin(), args.end());
  for (const char* extra : {"--listen", "127.0.0.1:0", "--grpc-listen", "127.0.0.1:0"}) {
    argv.emplace_back(extra);
  }
  auto argp = Pointers(argv);
  auto envp = Pointers(env);
  const int spawned = posix_spawn(&pid_, argp[0], &actions, nullptr, argp.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  if (spawned != 0) {
    ::close(out[0]);
    throw std::runtime_error("cannot start factcheck serve");
  }
  ReadAddresses(out[0], &http_port_, &grpc_address_);
  ::close(out[0]);  // It writes nothing more on stdout.
  if (http_port_ == 0) {
    ::kill(pid_, SIGKILL);
    Wait();
    throw std::runtime_error("factcheck serve did not start: " + Stderr());
  }
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    Wait();
  }
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

void ServerProcess::Signal(int signal) const { ::kill(pid_, signal); }

int ServerProcess::Wait() {
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string ServerProcess::Stderr() const { return ReadFile(stderr_path_); }

HttpResult HttpRequest(unsigned short port, const std::string& method, const std::string& target,
                       const std::string& body, const std::map<std::string, std::string>& headers) {
  namespace asio = boost::asio;
  namespace beast = boost::beast;
  namespace http = beast::http;
  asio::io_context io;
  beast::tcp_stream stream(io);
  stream.expires_after(std::chrono::seconds(30));
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  http::request<http::string_body> request{http::string_to_verb(method), target, 11};
  request.set(http::field::host, "127.0.0.1:" + std::to_string(port));
  for (const auto& [name, value] : headers) request.set(name, value);
  request.body() = body;
  request.prepare_payload();
  http::write(stream, request);
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(64 << 20);
  beast::error_code ec;
  http::read(stream, buffer, parser, ec);
  if (ec) throw std::runtime_error("HTTP read failed: " + ec.message());
  HttpResult result;
  result.status = static_cast<int>(parser.get().result_int());
  for (const auto& field : parser.get()) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    result.headers[name] = std::string(field.value());
  }
  result.body = parser.get().body();
  return result;
}

HttpResult PostJson(unsigned short port, const std::string& target, const std::string& json) {
  return HttpRequest(port, "POST", target, json, {{"Content-Type", "application/json"}});
}

}  // namespace factcheck::testing
