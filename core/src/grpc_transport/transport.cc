// The library's entry for the host (host/grpc_transport.h), an object that
// lives as long as the process; the check server's is check_server.cc's.
#include <utility>

#include "grpc_transport/grpc_parts.h"
#include "host/grpc_transport.h"

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

}  // namespace
}  // namespace factcheck

extern "C" __attribute__((visibility("default"))) const void* factcheck_grpc_transport() {
  static const factcheck::TransportOverGrpc transport;
  return static_cast<const factcheck::GrpcTransport*>(&transport);
}
