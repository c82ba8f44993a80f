// The check server's gRPC service (factcheck.v1.CheckServer in
// proto/factcheck/v1/server.proto) on the callback API: a call waits for a
// worker without holding a gRPC thread. The standard gRPC health service
// answers too. Its code is in libfactcheck_grpc.so (core/src/grpc_transport/,
// base/grpc_library.h), loaded when the server starts one.
#ifndef FACTCHECK_CORE_SERVER_GRPC_SERVICE_H_
#define FACTCHECK_CORE_SERVER_GRPC_SERVICE_H_

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "server/check_service.h"

namespace factcheck::server {

// The gRPC service's calls, as CheckService answers them.
struct CheckCalls {
  std::function<void(v1::CheckTextRequest, Clock::time_point, Reply)> check;
  std::function<void(v1::VerifyFindingRequest, Clock::time_point, Reply)> verify;
};

// A listening gRPC server, as the library starts one; destroying it shuts it
// down at once.
class ListeningGrpcServer {
 public:
  virtual ~ListeningGrpcServer() = default;
  virtual const std::string& address() const = 0;
  // Finishes the calls in progress (waiting at most `grace`), then stops.
  virtual void Shutdown(std::chrono::milliseconds grace) = 0;
};

// What the library offers the check server.
class GrpcServerStarter {
 public:
  // Listens on `address`, answering with `calls`; see GrpcServer.
  virtual std::unique_ptr<ListeningGrpcServer> Start(CheckCalls calls, const std::string& address,
                                                     std::size_t max_message_bytes) const = 0;

 protected:
  ~GrpcServerStarter() = default;
};

// The library's entry: extern "C" const void* factcheck_grpc_check_server(), a
// GrpcServerStarter.
inline constexpr char kGrpcServerEntry[] = "factcheck_grpc_check_server";

class GrpcServer {
 public:
  // Listens on `address` ("host:port", port 0: chosen; or "unix:/path"),
  // taking messages up to `max_message_bytes`. Throws Error when it cannot.
  // `service` must outlive this object.
  // Destroying it shuts the server down at once.
  GrpcServer(CheckService& service, const std::string& address, std::size_t max_message_bytes);

  const std::string& address() const { return server_->address(); }  // With the port chosen.
  // Finishes the calls in progress (waiting at most `grace`), then stops.
  void Shutdown(std::chrono::milliseconds grace) { server_->Shutdown(grace); }

 private:
  std::unique_ptr<ListeningGrpcServer> server_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_CORE_SERVER_GRPC_SERVICE_H_
