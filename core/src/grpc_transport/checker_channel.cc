// The client of a plugin's Checker service (GrpcTransport::Connect).
#include <grpcpp/grpcpp.h>

#include <mutex>
#include <optional>

#include "factcheck/error.h"
#include "factcheck/v1/checker.grpc.pb.h"
#include "grpc_transport/grpc_parts.h"
#include "host/call_policy.h"

namespace factcheck {
namespace {

class GrpcClient final : public CheckerClient {
 public:
  explicit GrpcClient(std::shared_ptr<grpc::Channel> channel)
      : stub_(v1::Checker::NewStub(channel)) {}

  grpc::Status Describe(v1::DescribeResponse* response,
                        std::chrono::milliseconds timeout) override {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + timeout);
    grpc::Status status = stub_->Describe(&context, v1::DescribeRequest(), response);
    if (status.ok()) {
      std::lock_guard lock(mutex_);
      reads_ = ReadsOf(*response);
    }
    return status;
  }

  grpc::Status Configure(const v1::ConfigureRequest& request, v1::ConfigureResponse* response,
                         std::chrono::milliseconds timeout) override {
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + timeout);
    grpc::Status status = stub_->Configure(&context, request, response);
    if (status.ok()) {
      std::lock_guard lock(mutex_);
      configured_ = request;
    }
    return status;
  }

  // Sends the document under the configuration's id. A plugin that answers
  // FAILED_PRECONDITION may have lost that configuration (a restarted
  // server): it is configured again and asked once more, within the deadline.
  grpc::Status Check(std::shared_ptr<const v1::CheckRequest> request, v1::CheckResponse* response,
                     std::chrono::milliseconds timeout) override {
    const auto deadline = std::chrono::system_clock::now() + timeout;
    std::optional<v1::ConfigureRequest> configured;
    {
      std::lock_guard lock(mutex_);
      configured = configured_;
    }
    const std::string id = configured ? configured->configuration_id() : "";
    // What the plugin does not read is not sent: another plugin of the run
    // asked for it, and serializing it would cost this one the most.
    std::optional<v1::Document> trimmed = WithoutUnread(request->document());
    const v1::Document& document = trimmed ? *trimmed : request->document();
    grpc::Status status = CheckOnce(document, id, response, deadline);
    if (status.error_code() != grpc::StatusCode::FAILED_PRECONDITION || id.empty()) return status;
    grpc::ClientContext context;
    context.set_deadline(deadline);
    v1::ConfigureResponse ignored;
    if (!stub_->Configure(&context, *configured, &ignored).ok()) return status;
    response->Clear();
    return CheckOnce(document, id, response, deadline);
  }

 private:
  // A copy of `document` without the annotations the plugin's Describe did
  // not ask for, or nothing when it reads all the document carries.
  std::optional<v1::Document> WithoutUnread(const v1::Document& document) {
    AnnotationsRead reads;
    {
      std::lock_guard lock(mutex_);
      reads = reads_;
    }
    const bool drop_tokens = !reads.tokens && document.has_tokens();
    const bool drop_times = !reads.time_expressions && document.time_expressions_size() > 0;
    if (!drop_tokens && !drop_times) return std::nullopt;
    std::optional<v1::Document> trimmed(document);
    if (drop_tokens) {
      trimmed->clear_tokens();
      for (auto& sentence : *trimmed->mutable_sentences()) {
        sentence.clear_first_token();
        sentence.clear_token_count();
      }
    }
    if (drop_times) trimmed->clear_time_expressions();
    return trimmed;
  }

  // The request points at the shared document rather than copying it; it
  // is released before the request is destroyed.
  grpc::Status CheckOnce(const v1::Document& document, const std::string& id,
                         v1::CheckResponse* response,
                         std::chrono::system_clock::time_point deadline) {
    v1::CheckRequest call;
    call.set_configuration_id(id);
    call.unsafe_arena_set_allocated_document(const_cast<v1::Document*>(&document));
    grpc::ClientContext context;
    context.set_deadline(deadline);
    grpc::Status status = stub_->Check(&context, call, response);
    call.unsafe_arena_release_document();
    return status;
  }

  std::unique_ptr<v1::Checker::Stub> stub_;
  std::mutex mutex_;
  std::optional<v1::ConfigureRequest> configured_;  // The last accepted configuration.
  // What the plugin's Describe said it reads.
  AnnotationsRead reads_{.time_expressions = true};
};

}  // namespace

std::unique_ptr<CheckerClient> ConnectChecker(const std::string& target,
                                              std::chrono::milliseconds timeout) {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(-1);
  args.SetMaxSendMessageSize(-1);
  // A channel of its own, not shared with another client of the same
  // target, so that destroying the client closes the connection.
  args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
  auto channel = grpc::CreateCustomChannel(target, grpc::InsecureChannelCredentials(), args);
  if (!channel->WaitForConnected(std::chrono::system_clock::now() + timeout)) {
    throw Error("cannot connect to " + target + " within " + std::to_string(timeout.count()) +
                " ms");
  }
  return std::make_unique<GrpcClient>(std::move(channel));
}

}  // namespace factcheck
