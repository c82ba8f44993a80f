// The out-of-process adapter: a gRPC client of a plugin's Checker service,
// either already running (`endpoint:`) or started by the host (`command:`).
// The client itself is libfactcheck_grpc.so's (host/grpc_transport.h),
// loaded by the first call.
#ifndef FACTCHECK_CORE_HOST_GRPC_CLIENT_H_
#define FACTCHECK_CORE_HOST_GRPC_CLIENT_H_

#include <memory>
#include <string>

#include "host/checker_client.h"
#include "host/plugin_process.h"

namespace factcheck {

// Connects to `target` ("unix:/path" or "host:port"), waiting up to `timeout`
// for the connection. `process`, when given, is the plugin's process: the
// client owns it (stopping it when destroyed) and names its exit status in
// errors. Throws Error when the connection cannot be made.
std::unique_ptr<CheckerClient> MakeGrpcClient(const std::string& target,
                                              std::chrono::milliseconds timeout,
                                              std::shared_ptr<PluginProcess> process);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_GRPC_CLIENT_H_
