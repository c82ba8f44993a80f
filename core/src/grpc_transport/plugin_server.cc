// The Checker service over library plugins: the body of `factcheck
// serve-plugin` (GrpcTransport::ServePlugin).
#include <grpcpp/grpcpp.h>
#include <signal.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "factcheck/error.h"
#include "factcheck/handshake.h"
#include "factcheck/v1/checker.grpc.pb.h"
#include "grpc_transport/grpc_parts.h"
#include "host/plugin_service.h"

namespace factcheck {
namespace {

// How many configurations a server keeps; the least recently used goes.
constexpr std::size_t kMaxConfigurations = 16;

class CheckerService final : public v1::Checker::Service {
 public:
  explicit CheckerService(PluginMaker make) : make_(std::move(make)), default_(make_()) {}

  grpc::Status Describe(grpc::ServerContext*, const v1::DescribeRequest*,
                        v1::DescribeResponse* response) override {
    grpc::Status status = default_->Describe(response);
    response->set_configuration_ids(true);
    return status;
  }

  // A request without an id (a host before configuration ids) configures
  // the one shared object, as before.
  grpc::Status Configure(grpc::ServerContext*, const v1::ConfigureRequest* request,
                         v1::ConfigureResponse* response) override {
    if (request->configuration_id().empty()) {
      return internal::ConfigureInProcess(*default_, *request, response);
    }
    std::shared_ptr<Plugin> plugin;
    try {
      std::lock_guard lock(mutex_);
      plugin = make_();
    } catch (const std::exception& e) {
      return grpc::Status(grpc::StatusCode::INTERNAL, e.what());
    }
    grpc::Status status = internal::ConfigureInProcess(*plugin, *request, response);
    if (!status.ok()) return status;
    std::lock_guard lock(mutex_);
    std::erase_if(configurations_,
                  [&](const auto& c) { return c.first == request->configuration_id(); });
    configurations_.emplace_back(request->configuration_id(), std::move(plugin));
    if (configurations_.size() > kMaxConfigurations) configurations_.erase(configurations_.begin());
    return status;
  }

  grpc::Status Check(grpc::ServerContext*, const v1::CheckRequest* request,
                     v1::CheckResponse* response) override {
    std::shared_ptr<Plugin> plugin = PluginFor(request->configuration_id());
    if (!plugin) {
      return grpc::Status(
          grpc::StatusCode::FAILED_PRECONDITION,
          "unknown configuration_id '" + request->configuration_id() + "': call Configure first");
    }
    return plugin->Check(*request, response);
  }

 private:
  std::shared_ptr<Plugin> PluginFor(const std::string& id) {
    if (id.empty()) return default_;
    std::lock_guard lock(mutex_);
    for (auto it = configurations_.begin(); it != configurations_.end(); ++it) {
      if (it->first != id) continue;
      // Most recently used last.
      std::rotate(it, it + 1, configurations_.end());
      return configurations_.back().second;
    }
    return nullptr;
  }

  PluginMaker make_;
  std::shared_ptr<Plugin> default_;
  std::mutex mutex_;
  std::vector<std::pair<std::string, std::shared_ptr<Plugin>>> configurations_;
};

// How long calls still running after SIGTERM may keep the process alive.
constexpr std::chrono::milliseconds kStuckCallGrace{1500};

void RemoveSocketFolder(const std::filesystem::path& folder) {
  if (folder.empty()) return;
  std::error_code ec;
  std::filesystem::remove_all(folder, ec);
}

}  // namespace

void ServeChecker(PluginMaker make, const std::string& listen) {
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
    std::string pattern = (std::filesystem::temp_directory_path() / kSocketFolderPattern).string();
    if (::mkdtemp(pattern.data()) == nullptr) throw Error("cannot create a socket folder");
    private_dir = pattern;
    address = "unix:" + (private_dir / kSocketName).string();
  }

  CheckerService service(std::move(make));
  grpc::ServerBuilder builder;
  builder.SetMaxReceiveMessageSize(-1);
  builder.SetMaxSendMessageSize(-1);
  int port = 0;
  builder.AddListeningPort(address, grpc::InsecureServerCredentials(), &port);
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server) throw Error("cannot listen on " + address);
  address = AddressListenedOn(address, port);

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
  // Shutdown waits for every call to return, and a plugin stuck in Check
  // never does: after a grace period the process ends without it.
  std::thread([private_dir] {
    std::this_thread::sleep_for(kStuckCallGrace);
    RemoveSocketFolder(private_dir);
    std::_Exit(0);
  }).detach();
  server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(1));
  RemoveSocketFolder(private_dir);
}

}  // namespace factcheck
