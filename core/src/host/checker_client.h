// The host's one view of a plugin, whatever the transport. The runner calls
// plugins only through this interface; the adapters behind it are the
// in-process one (a shared library) and the gRPC one (a socket).
#ifndef FACTCHECK_CORE_HOST_CHECKER_CLIENT_H_
#define FACTCHECK_CORE_HOST_CHECKER_CLIENT_H_

#include <grpcpp/support/status.h>

#include <chrono>
#include <memory>

#include "factcheck/v1/checker.pb.h"

namespace factcheck {

class CheckerClient {
 public:
  virtual ~CheckerClient() = default;

  // Each call returns DEADLINE_EXCEEDED when the plugin has not answered
  // within `timeout`. An adapter may instead stay in a call that never
  // returns (an in-process Check): the runner's watchdog then abandons the
  // call after its deadline and goes on, whatever the transport.
  virtual grpc::Status Describe(v1::DescribeResponse* response,
                                std::chrono::milliseconds timeout) = 0;
  // `response` gets what the plugin tells of its configuration (its word
  // lists); empty from a plugin that tells nothing.
  virtual grpc::Status Configure(const v1::ConfigureRequest& request,
                                 v1::ConfigureResponse* response,
                                 std::chrono::milliseconds timeout) = 0;
  // The request is shared so that a call that outlives its deadline can still
  // read it safely.
  virtual grpc::Status Check(std::shared_ptr<const v1::CheckRequest> request,
                             v1::CheckResponse* response, std::chrono::milliseconds timeout) = 0;
};

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_CHECKER_CLIENT_H_
