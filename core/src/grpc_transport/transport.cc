// The library's entries (base/grpc_library.h): one object for the host and
// one for the check server, each living as long as the process.
#include <utility>

#include "grpc_transport/grpc_parts.h"
#include "host/grpc_transport.h"
#include "server/grpc_service.h"

namespace factcheck {
namespace {

class TransportOverGrpc final : public GrpcTransport {
 public:
  std::unique_ptr<CheckerClient> Connect(const std::string& target,
                                         std::chrono::milliseconds timeout) const override {
    return ConnectChecker(target, timeout);
  }
  void ServePlugin(PluginMaker make, const std::string& listen) const override {
    ServeChecker(std::move(make), listen);
  }
};

class CheckServerStarter final : public server::GrpcServerStarter {
 public:
  std::unique_ptr<server::ListeningGrpcServer> Start(server::CheckCalls calls,
                                                     const std::string& address,
                                                     std::size_t max_message_bytes) const override {
    return server::StartCheckServer(std::move(calls), address, max_message_bytes);
  }
};

}  // namespace
}  // namespace factcheck

extern "C" __attribute__((visibility("default"))) const void* factcheck_grpc_transport() {
  static const factcheck::TransportOverGrpc transport;
  return static_cast<const factcheck::GrpcTransport*>(&transport);
}

extern "C" __attribute__((visibility("default"))) const void* factcheck_grpc_check_server() {
  static const factcheck::CheckServerStarter starter;
  return static_cast<const factcheck::server::GrpcServerStarter*>(&starter);
}
