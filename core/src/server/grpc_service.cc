#include "server/grpc_service.h"

#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>

#include "factcheck/error.h"
#include "factcheck/v1/server.grpc.pb.h"

namespace factcheck::server {
namespace {

grpc::StatusCode CodeOf(Outcome outcome) {
  switch (outcome) {
    case Outcome::kOk:
      return grpc::StatusCode::OK;
    case Outcome::kInvalidArgument:
      return grpc::StatusCode::INVALID_ARGUMENT;
    case Outcome::kNotFound:
      return grpc::StatusCode::NOT_FOUND;
    case Outcome::kDeadlineExceeded:
      return grpc::StatusCode::DEADLINE_EXCEEDED;
    case Outcome::kOverloaded:
      return grpc::StatusCode::RESOURCE_EXHAUSTED;
    case Outcome::kInternal:
      break;
  }
  return grpc::StatusCode::INTERNAL;
}

// The call's own deadline, as the service's clock.
Clock::time_point DeadlineOf(const grpc::CallbackServerContext* context) {
  const auto left = context->deadline() - std::chrono::system_clock::now();
  if (left > std::chrono::hours(24)) return Clock::time_point::max();  // None set.
  return Clock::now() + std::chrono::duration_cast<Clock::duration>(left);
}

}  // namespace

class GrpcServer::Service final : public v1::CheckServer::CallbackService {
 public:
  explicit Service(CheckService& service) : service_(service) {}

  grpc::ServerUnaryReactor* CheckText(grpc::CallbackServerContext* context,
                                      const v1::CheckTextRequest* request,
                                      v1::CheckTextResponse* response) override {
    grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
    service_.Check(*request, DeadlineOf(context), [reactor, response](Answer answer) {
      if (answer.outcome != Outcome::kOk) {
        return reactor->Finish(grpc::Status(CodeOf(answer.outcome), answer.message));
      }
      *response->mutable_report() = std::move(answer.report);
      reactor->Finish(grpc::Status::OK);
    });
    return reactor;
  }

  grpc::ServerUnaryReactor* VerifyFinding(grpc::CallbackServerContext* context,
                                          const v1::VerifyFindingRequest* request,
                                          v1::VerifyFindingResponse* response) override {
    grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
    service_.Verify(*request, DeadlineOf(context), [reactor, response](Answer answer) {
      if (answer.outcome != Outcome::kOk) {
        return reactor->Finish(grpc::Status(CodeOf(answer.outcome), answer.message));
      }
      *response->mutable_report() = std::move(answer.report);
      response->set_ledger(answer.ledger);
      reactor->Finish(grpc::Status::OK);
    });
    return reactor;
  }

 private:
  CheckService& service_;
};

GrpcServer::GrpcServer(CheckService& service, const std::string& address,
                       std::size_t max_message_bytes)
    : service_(std::make_unique<Service>(service)), address_(address) {
  grpc::EnableDefaultHealthCheckService(true);
  grpc::ServerBuilder builder;
  builder.SetMaxReceiveMessageSize(static_cast<int>(max_message_bytes));
  int port = 0;
  builder.AddListeningPort(address, grpc::InsecureServerCredentials(), &port);
  builder.RegisterService(service_.get());
  server_ = builder.BuildAndStart();
  if (!server_ || (!address.starts_with("unix:") && port == 0)) {
    throw Error("cannot listen for gRPC on " + address);
  }
  if (!address.starts_with("unix:") && address.ends_with(":0")) {
    address_ = address.substr(0, address.size() - 1) + std::to_string(port);
  }
}

GrpcServer::~GrpcServer() {
  if (server_) Shutdown(std::chrono::milliseconds(0));
}

void GrpcServer::Shutdown(std::chrono::milliseconds grace) {
  if (!server_) return;
  server_->Shutdown(std::chrono::system_clock::now() + grace);
  server_->Wait();
  server_.reset();
}

}  // namespace factcheck::server
