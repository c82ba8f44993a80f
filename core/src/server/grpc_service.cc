#include "server/grpc_service.h"

#include <utility>

#include "base/grpc_library.h"

namespace factcheck::server {

GrpcServer::GrpcServer(CheckService& service, const std::string& address,
                       std::size_t max_message_bytes) {
  CheckCalls calls;
  calls.check = [&service](v1::CheckTextRequest request, Clock::time_point deadline, Reply reply) {
    service.Check(std::move(request), deadline, std::move(reply));
  };
  calls.verify = [&service](v1::VerifyFindingRequest request, Clock::time_point deadline,
                            Reply reply) {
    service.Verify(std::move(request), deadline, std::move(reply));
  };
  server_ = GrpcLibraryEntry<GrpcServerStarter>(kGrpcServerEntry)
                .Start(std::move(calls), address, max_message_bytes);
}

}  // namespace factcheck::server
