// The parts of libfactcheck_grpc.so that transport.cc exports as the host's
// GrpcTransport, and what its two servers share.
#ifndef FACTCHECK_CORE_GRPC_TRANSPORT_GRPC_PARTS_H_
#define FACTCHECK_CORE_GRPC_TRANSPORT_GRPC_PARTS_H_

#include <chrono>
#include <memory>
#include <string>

#include "host/checker_client.h"
#include "host/library_plugin.h"

namespace factcheck {

// A client of the Checker service at `target` (GrpcTransport::Connect).
std::unique_ptr<CheckerClient> ConnectChecker(const std::string& target,
                                              std::chrono::milliseconds timeout);

// Serves the plugins `make` makes (ServePlugin in host/plugin_service.h).
void ServeChecker(PluginMaker make, const std::string& listen);

// The address a server listens on: `address` with the port the system chose
// (`port`) when it asked for port 0 over TCP ("localhost:0").
inline std::string AddressListenedOn(const std::string& address, int port) {
  if (address.starts_with("unix:") || !address.ends_with(":0")) return address;
  return address.substr(0, address.size() - 1) + std::to_string(port);
}

}  // namespace factcheck

#endif  // FACTCHECK_CORE_GRPC_TRANSPORT_GRPC_PARTS_H_
