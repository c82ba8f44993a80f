// The check server's CheckServer service (server/grpc_service.h).
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>

#include "factcheck/error.h"
#include "factcheck/v1/server.grpc.pb.h"
#include "grpc_transport/grpc_parts.h"
#include "server/grpc_service.h"

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

class Service final : public v1::CheckServer::CallbackService {
 public:
  explicit Service(CheckCalls calls) : calls_(std::move(calls)) {}

  grpc::ServerUnaryReactor* CheckText(grpc::CallbackServerContext* context,
                                      const v1::CheckTextRequest* request,
                                      v1::CheckTextResponse* response) override {
    grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
    calls_.check(*request, DeadlineOf(context), [reactor, response](Answer answer) {
      if (answer.outcome != Outcome::kOk) {
        return reactor->Finish(grpc::Status(CodeOf(answer.outcome), answer.message));
      }
      *response->mutable_report() = std::move(answer.report);
      reactor->Finish(grpc::Status());
    });
    return reactor;
  }

  grpc::ServerUnaryReactor* VerifyFinding(grpc::CallbackServerContext* context,
                                          const v1::VerifyFindingRequest* request,
                                          v1::VerifyFindingResponse* response) override {
    grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
    calls_.verify(*request, DeadlineOf(context), [reactor, response](Answer answer) {
      if (answer.outcome != Outcome::kOk) {
        return reactor->Finish(grpc::Status(CodeOf(answer.outcome), answer.message));
      }
      *response->mutable_report() = std::move(answer.report);
      response->set_ledger(answer.ledger);
      reactor->Finish(grpc::Status());
    });
    return reactor;
  }

 private:
  CheckCalls calls_;
};

class Server final : public ListeningGrpcServer {
 public:
  Server(CheckCalls calls, const std::string& address, std::size_t max_message_bytes);
  ~Server() override { Shutdown(std::chrono::milliseconds(0)); }

  const std::string& address() const override { return address_; }
  void Shutdown(std::chrono::milliseconds grace) override;

 private:
  std::unique_ptr<Service> service_;
  std::unique_ptr<grpc::Server> server_;
  std::string address_;
};

Server::Server(CheckCalls calls, const std::string& address, std::size_t max_message_bytes)
    : service_(std::make_unique<Service>(std::move(calls))), address_(address) {
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
  address_ = AddressListenedOn(address, port);
}

void Server::Shutdown(std::chrono::milliseconds grace) {
  if (!server_) return;
  server_->Shutdown(std::chrono::system_clock::now() + grace);
  server_->Wait();
  server_.reset();
}

class Starter final : public GrpcServerStarter {
 public:
  std::unique_ptr<ListeningGrpcServer> Start(CheckCalls calls, const std::string& address,
                                             std::size_t max_message_bytes) const override {
    return std::make_unique<Server>(std::move(calls), address, max_message_bytes);
  }
};

}  // namespace
}  // namespace factcheck::server

// The library's entry for the check server (server/grpc_service.h).
extern "C" __attribute__((visibility("default"))) const void* factcheck_grpc_check_server() {
  static const factcheck::server::Starter starter;
  return static_cast<const factcheck::server::GrpcServerStarter*>(&starter);
}
