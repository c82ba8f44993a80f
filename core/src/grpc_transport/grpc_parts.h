// The parts of libfactcheck_grpc.so, which transport.cc exports as the
// host's GrpcTransport and the check server's GrpcServerStarter.
#ifndef FACTCHECK_CORE_GRPC_TRANSPORT_GRPC_PARTS_H_
#define FACTCHECK_CORE_GRPC_TRANSPORT_GRPC_PARTS_H_

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "host/checker_client.h"
#include "host/library_plugin.h"
#include "server/grpc_service.h"

namespace factcheck {

// A client of the Checker service at `target` (GrpcTransport::Connect).
std::unique_ptr<CheckerClient> ConnectChecker(const std::string& target,
                                              std::chrono::milliseconds timeout);

// Serves the plugins `make` makes (ServePlugin in host/plugin_service.h).
void ServeChecker(PluginMaker make, const std::string& listen);

namespace server {

// Starts the CheckServer service (GrpcServerStarter::Start).
std::unique_ptr<ListeningGrpcServer> StartCheckServer(CheckCalls calls, const std::string& address,
                                                      std::size_t max_message_bytes);

}  // namespace server
}  // namespace factcheck

#endif  // FACTCHECK_CORE_GRPC_TRANSPORT_GRPC_PARTS_H_
