// The check server's gRPC service (factcheck.v1.CheckServer in
// proto/factcheck/v1/server.proto) on the callback API: a call waits for a
// worker without holding a gRPC thread. The standard gRPC health service
// answers too.
#ifndef FACTCHECK_CORE_SERVER_GRPC_SERVICE_H_
#define FACTCHECK_CORE_SERVER_GRPC_SERVICE_H_

#include <grpcpp/server.h>

#include <memory>
#include <string>

#include "server/check_service.h"

namespace factcheck::server {

class GrpcServer {
 public:
  // Listens on `address` ("host:port", port 0: chosen; or "unix:/path"),
  // taking messages up to `max_message_bytes`. Throws Error when it cannot.
  // `service` must outlive this object.
  GrpcServer(CheckService& service, const std::string& address, std::size_t max_message_bytes);
  ~GrpcServer();

  const std::string& address() const { return address_; }  // With the port chosen.
  // Finishes the calls in progress (waiting at most `grace`), then stops.
  void Shutdown(std::chrono::milliseconds grace);

 private:
  class Service;
  std::unique_ptr<Service> service_;
  std::unique_ptr<grpc::Server> server_;
  std::string address_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_CORE_SERVER_GRPC_SERVICE_H_
