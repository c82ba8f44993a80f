#include "host/grpc_client.h"

#include <grpcpp/grpcpp.h>

#include "factcheck/error.h"
#include "factcheck/v1/checker.grpc.pb.h"

namespace factcheck {
namespace {

class GrpcClient final : public CheckerClient {
 public:
  GrpcClient(std::shared_ptr<grpc::Channel> channel, std::shared_ptr<PluginProcess> process)
      : stub_(v1::Checker::NewStub(channel)), process_(std::move(process)) {}

  grpc::Status Describe(v1::DescribeResponse* response,
                        std::chrono::milliseconds timeout) override {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + timeout);
    return Explain(stub_->Describe(&context, v1::DescribeRequest(), response));
  }

  grpc::Status Configure(const v1::ConfigureRequest& request,
                         std::chrono::milliseconds timeout) override {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + timeout);
    v1::ConfigureResponse response;
    return Explain(stub_->Configure(&context, request, &response));
  }

  grpc::Status Check(std::shared_ptr<const v1::CheckRequest> request, v1::CheckResponse* response,
                     std::chrono::milliseconds timeout) override {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + timeout);
    return Explain(stub_->Check(&context, *request, response));
  }

 private:
  // Adds the plugin process's fate to a failed call's message.
  grpc::Status Explain(grpc::Status status) {
    if (status.ok() || !process_) return status;
    const auto wait = status.error_code() == grpc::StatusCode::UNAVAILABLE
                          ? std::chrono::milliseconds(500)
                          : std::chrono::milliseconds(0);
    if (auto exit = process_->ExitDescription(wait)) {
      return grpc::Status(status.error_code(),
                          status.error_message() + "; the plugin process " + *exit);
    }
    return status;
  }

  std::unique_ptr<v1::Checker::Stub> stub_;
  std::shared_ptr<PluginProcess> process_;
};

}  // namespace

std::unique_ptr<CheckerClient> MakeGrpcClient(const std::string& target,
                                              std::chrono::milliseconds timeout,
                                              std::shared_ptr<PluginProcess> process) {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(-1);
  args.SetMaxSendMessageSize(-1);
  auto channel = grpc::CreateCustomChannel(target, grpc::InsecureChannelCredentials(), args);
  if (!channel->WaitForConnected(std::chrono::system_clock::now() + timeout)) {
    std::string message =
        "cannot connect to " + target + " within " + std::to_string(timeout.count()) + " ms";
    if (process) {
      if (auto exit = process->ExitDescription()) message += "; the plugin process " + *exit;
    }
    throw Error(message);
  }
  return std::make_unique<GrpcClient>(std::move(channel), std::move(process));
}

}  // namespace factcheck
