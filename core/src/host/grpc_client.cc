#include "host/grpc_client.h"

#include <utility>

#include "base/grpc_library.h"
#include "factcheck/error.h"
#include "host/grpc_transport.h"

namespace factcheck {
namespace {

// A client of a plugin the host started: it owns the process (which stops
// when the client goes) and names the process's fate in a failed call.
class ProcessClient final : public CheckerClient {
 public:
  ProcessClient(std::unique_ptr<CheckerClient> inner, std::shared_ptr<PluginProcess> process)
      : process_(std::move(process)), inner_(std::move(inner)) {}
  // The connection closes before the process is told to stop (members go in
  // reverse order), so that a plugin stopping gracefully has no open call or
  // connection to wait for.
  ~ProcessClient() override { inner_.reset(); }

  grpc::Status Describe(v1::DescribeResponse* response,
                        std::chrono::milliseconds timeout) override {
    return Explain(inner_->Describe(response, timeout));
  }
  grpc::Status Configure(const v1::ConfigureRequest& request, v1::ConfigureResponse* response,
                         std::chrono::milliseconds timeout) override {
    return Explain(inner_->Configure(request, response, timeout));
  }
  grpc::Status Check(std::shared_ptr<const v1::CheckRequest> request, v1::CheckResponse* response,
                     std::chrono::milliseconds timeout) override {
    return Explain(inner_->Check(std::move(request), response, timeout));
  }

 private:
  // Adds the plugin process's fate to a failed call's message.
  grpc::Status Explain(grpc::Status status) {
    if (status.ok()) return status;
    const auto wait = status.error_code() == grpc::StatusCode::UNAVAILABLE
                          ? std::chrono::milliseconds(500)
                          : std::chrono::milliseconds(0);
    if (auto exit = process_->ExitDescription(wait)) {
      return grpc::Status(status.error_code(),
                          status.error_message() + "; the plugin process " + *exit);
    }
    return status;
  }

  std::shared_ptr<PluginProcess> process_;
  std::unique_ptr<CheckerClient> inner_;
};

}  // namespace

const GrpcTransport& LoadGrpcTransport() {
  return GrpcLibraryEntry<GrpcTransport>(kGrpcTransportEntry);
}

std::unique_ptr<CheckerClient> MakeGrpcClient(const std::string& target,
                                              std::chrono::milliseconds timeout,
                                              std::shared_ptr<PluginProcess> process) {
  std::unique_ptr<CheckerClient> client;
  try {
    client = LoadGrpcTransport().Connect(target, timeout);
  } catch (const Error& e) {
    if (!process) throw;
    auto exit = process->ExitDescription();
    if (!exit) throw;
    throw Error(std::string(e.what()) + "; the plugin process " + *exit);
  }
  if (!process) return client;
  return std::make_unique<ProcessClient>(std::move(client), std::move(process));
}

}  // namespace factcheck
