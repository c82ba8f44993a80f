#include "host/restarting_client.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <mutex>
#include <optional>
#include <thread>

#include "factcheck/error.h"

namespace factcheck {
namespace {

using Clock = std::chrono::steady_clock;

class RestartingClient final : public CheckerClient {
 public:
  RestartingClient(std::string name, std::function<StartedPlugin()> start, RestartPolicy policy)
      : name_(std::move(name)), start_(std::move(start)), policy_(policy) {
    StartedPlugin first = start_();
    client_ = std::move(first.client);
    process_ = std::move(first.process);
  }

  grpc::Status Describe(v1::DescribeResponse* response,
                        std::chrono::milliseconds timeout) override {
    std::shared_ptr<CheckerClient> client;
    if (grpc::Status status = Current(&client, timeout); !status.ok()) return status;
    return client->Describe(response, timeout);
  }

  grpc::Status Configure(const v1::ConfigureRequest& request, v1::ConfigureResponse* response,
                         std::chrono::milliseconds timeout) override {
    std::shared_ptr<CheckerClient> client;
    if (grpc::Status status = Current(&client, timeout); !status.ok()) return status;
    grpc::Status status = client->Configure(request, response, timeout);
    if (status.ok()) {
      std::lock_guard lock(mutex_);
      configured_ = request;
    }
    return status;
  }

  grpc::Status Check(std::shared_ptr<const v1::CheckRequest> request, v1::CheckResponse* response,
                     std::chrono::milliseconds timeout) override {
    std::shared_ptr<CheckerClient> client;
    std::shared_ptr<PluginProcess> process;
    if (grpc::Status status = Current(&client, timeout, &process); !status.ok()) return status;
    grpc::Status status = client->Check(std::move(request), response, timeout);
    if (status.ok()) {
      std::lock_guard lock(mutex_);
      crashes_ = 0;
      return status;
    }
    if (!process->ExitDescription()) return status;  // A failed call, not a crash.
    return Crashed(client, std::move(status));
  }

 private:
  // The client to call, started again first when the last one crashed.
  // Fails at once while the breaker is open or when the new process cannot
  // be started and configured.
  grpc::Status Current(std::shared_ptr<CheckerClient>* client, std::chrono::milliseconds timeout,
                       std::shared_ptr<PluginProcess>* process = nullptr) {
    std::lock_guard lock(mutex_);
    if (crashes_ >= policy_.max_crashes) {
      return grpc::Status(grpc::StatusCode::UNAVAILABLE,
                          "skipped: the plugin process crashed " + std::to_string(crashes_) +
                              " times in a row; it is not started again in this run");
    }
    if (!client_) {
      // Calls wait for the restart together: one process, started once.
      std::this_thread::sleep_until(restart_at_);
      if (grpc::Status status = Restart(timeout); !status.ok()) return status;
    }
    *client = client_;
    if (process) *process = process_;
    return grpc::Status();  // OK, built inline: Status::OK would load libgrpc++.
  }

  // Called with mutex_ held.
  grpc::Status Restart(std::chrono::milliseconds timeout) {
    try {
      StartedPlugin started = start_();
      if (configured_) {
        v1::ConfigureResponse again;  // The same lists as the first time: not read.
        if (grpc::Status status = started.client->Configure(*configured_, &again, timeout);
            !status.ok()) {
          throw Error("Configure failed after the restart: " + status.error_message());
        }
      }
      client_ = std::move(started.client);
      process_ = std::move(started.process);
      spdlog::info("plugin '{}' started again after a crash", name_);
      return grpc::Status();
    } catch (const Error& e) {
      NoteCrash();
      return grpc::Status(grpc::StatusCode::UNAVAILABLE,
                          std::string("could not be started again: ") + e.what());
    }
  }

  // The process of `client` has ended: the next call starts a new one (once,
  // however many calls saw the crash), after a pause.
  grpc::Status Crashed(const std::shared_ptr<CheckerClient>& client, grpc::Status status) {
    std::lock_guard lock(mutex_);
    if (client_ == client) {
      client_.reset();
      process_.reset();
      NoteCrash();
    }
    const std::string next = crashes_ >= policy_.max_crashes
                                 ? "; it crashed " + std::to_string(crashes_) +
                                       " times in a row and is not started again in this run"
                                 : "; it is started again for the next file";
    return grpc::Status(status.error_code(), status.error_message() + next);
  }

  // Called with mutex_ held.
  void NoteCrash() {
    ++crashes_;
    auto pause = policy_.first_pause * (1 << std::min(crashes_ - 1, 16));
    restart_at_ = Clock::now() + std::min<std::chrono::milliseconds>(pause, policy_.longest_pause);
    if (crashes_ == policy_.max_crashes) {
      spdlog::warn("plugin '{}' crashed {} times in a row; skipping it for the rest of the run",
                   name_, crashes_);
    }
  }

  const std::string name_;
  const std::function<StartedPlugin()> start_;
  const RestartPolicy policy_;
  std::mutex mutex_;
  std::shared_ptr<CheckerClient> client_;  // Null after a crash, until restarted.
  std::shared_ptr<PluginProcess> process_;
  std::optional<v1::ConfigureRequest> configured_;
  int crashes_ = 0;  // In a row.
  Clock::time_point restart_at_;
};

}  // namespace

std::unique_ptr<CheckerClient> MakeRestartingClient(std::string name,
                                                    std::function<StartedPlugin()> start,
                                                    RestartPolicy policy) {
  return std::make_unique<RestartingClient>(std::move(name), std::move(start), policy);
}

}  // namespace factcheck
