// What the host does over gRPC: be a client of a plugin's Checker service,
// and serve one (`factcheck serve-plugin`). The code is in
// libfactcheck_grpc.so (core/src/grpc_transport/, base/grpc_library.h),
// loaded the first time a process reaches a plugin out of process or serves
// one; the host sees only this interface.
#ifndef FACTCHECK_CORE_HOST_GRPC_TRANSPORT_H_
#define FACTCHECK_CORE_HOST_GRPC_TRANSPORT_H_

#include <chrono>
#include <memory>
#include <string>

#include "host/checker_client.h"
#include "host/library_plugin.h"

namespace factcheck {

class GrpcTransport {
 public:
  // A client of the Checker service at `target` ("unix:/path" or
  // "host:port"), waiting up to `timeout` for the connection. It sends a
  // plugin only the annotations its Describe asked for, and configures a
  // plugin that lost its configuration (a restarted server) again. Throws
  // Error when the connection cannot be made.
  virtual std::unique_ptr<CheckerClient> Connect(const std::string& target,
                                                 std::chrono::milliseconds timeout) const = 0;
  // Serves the plugins `make` makes, as ServePlugin (host/plugin_service.h).
  virtual void ServePlugin(PluginMaker make, const std::string& listen) const = 0;

 protected:
  ~GrpcTransport() = default;
};

// The library's entry: extern "C" const void* factcheck_grpc_transport(), a
// GrpcTransport.
inline constexpr char kGrpcTransportEntry[] = "factcheck_grpc_transport";

// The library's transport, loading the library the first time. Throws Error
// when it cannot be loaded.
const GrpcTransport& LoadGrpcTransport();

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_GRPC_TRANSPORT_H_
