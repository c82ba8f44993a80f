#include "host/plugin_service.h"

#include <grpcpp/grpcpp.h>
#include <signal.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include "config/paths.h"
#include "factcheck/error.h"
#include "factcheck/handshake.h"
#include "factcheck/v1/checker.grpc.pb.h"
#include "host/library_plugin.h"

namespace factcheck {
namespace {

class CheckerService final : public v1::Checker::Service {
 public:
  explicit CheckerService(std::shared_ptr<Plugin> plugin) : plugin_(std::move(plugin)) {}

  grpc::Status Describe(grpc::ServerContext*, const v1::DescribeRequest*,
                        v1::DescribeResponse* response) override {
    return plugin_->Describe(response);
  }
  grpc::Status Configure(grpc::ServerContext*, const v1::ConfigureRequest* request,
                         v1::ConfigureResponse*) override {
    return plugin_->Configure(*request);
  }
  grpc::Status Check(grpc::ServerContext*, const v1::CheckRequest* request,
                     v1::CheckResponse* response) override {
    return plugin_->Check(*request, response);
  }

 private:
  std::shared_ptr<Plugin> plugin_;
};

}  // namespace

void ServePlugin(std::shared_ptr<Plugin> plugin, const std::string& listen) {
  // SIGTERM and SIGINT are taken by a waiting thread rather than a handler.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  const bool handshake = listen.empty();
  std::string address = listen;
  std::filesystem::path private_dir;
  if (handshake) {
    std::string pattern = (std::filesystem::temp_directory_path() / "factcheck-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw Error("cannot create a socket folder");
    private_dir = pattern;
    address = "unix:" + (private_dir / "plugin.sock").string();
  }

  CheckerService service(std::move(plugin));
  grpc::ServerBuilder builder;
  builder.SetMaxReceiveMessageSize(-1);
  builder.SetMaxSendMessageSize(-1);
  int port = 0;
  builder.AddListeningPort(address, grpc::InsecureServerCredentials(), &port);
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server) throw Error("cannot listen on " + address);
  // A TCP address with port 0 gets a port chosen by the system.
  if (!address.starts_with("unix:") && address.ends_with(":0")) {
    address = address.substr(0, address.size() - 1) + std::to_string(port);
  }

  if (handshake) {
    std::printf("%s\n", HandshakeLine(address).c_str());
    std::fflush(stdout);
    // The host closing our stdin means it is gone: stop serving.
    std::thread([] {
      char buffer[256];
      while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
      }
      ::kill(::getpid(), SIGTERM);
    }).detach();
  } else {
    spdlog::info("serving on {}", address);
  }

  int received = 0;
  sigwait(&signals, &received);
  server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(1));
  if (!private_dir.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(private_dir, ec);
  }
}

void ServeLibraryPlugin(const std::string& library, const std::string& listen) {
  ServePlugin(LoadLibraryPlugin(ResolvePluginLibrary(library)), listen);
}

}  // namespace factcheck
