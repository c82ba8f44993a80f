#include "host/in_process_client.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

#include "base/coarse_clock.h"
#include "host/call_policy.h"

namespace factcheck {
namespace {

// Worker threads that outlive the adapter if a plugin never returns: they are
// detached and share their queue, so nothing they touch is destroyed under
// them.
class WorkerPool {
 public:
  explicit WorkerPool(std::size_t threads) : queue_(std::make_shared<Queue>()) {
    for (std::size_t i = 0; i < threads; ++i) {
      std::thread([queue = queue_] { queue->Work(); }).detach();
    }
  }
  ~WorkerPool() { queue_->Stop(); }

  void Post(std::function<void()> task) { queue_->Push(std::move(task)); }

 private:
  class Queue {
   public:
    void Push(std::function<void()> task) {
      {
        std::lock_guard lock(mutex_);
        tasks_.push_back(std::move(task));
      }
      ready_.notify_one();
    }
    void Stop() {
      {
        std::lock_guard lock(mutex_);
        stopped_ = true;
      }
      ready_.notify_all();
    }
    void Work() {
      for (;;) {
        std::function<void()> task;
        {
          std::unique_lock lock(mutex_);
          ready_.wait(lock, [&] { return stopped_ || !tasks_.empty(); });
          if (tasks_.empty()) return;
          task = std::move(tasks_.front());
          tasks_.pop_front();
        }
        task();
      }
    }

   private:
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> tasks_;
    bool stopped_ = false;
  };

  std::shared_ptr<Queue> queue_;
};

class InProcessClient final : public CheckerClient {
 public:
  InProcessClient(std::shared_ptr<Plugin> plugin, std::size_t threads)
      : plugin_(std::move(plugin)), pool_(threads == 0 ? 1 : threads) {}

  grpc::Status Describe(v1::DescribeResponse* response,
                        std::chrono::milliseconds timeout) override {
    return Run(response, timeout,
               [](Plugin& plugin, v1::DescribeResponse* out) { return plugin.Describe(out); });
  }

  grpc::Status Configure(const v1::ConfigureRequest& request, v1::ConfigureResponse* response,
                         std::chrono::milliseconds timeout) override {
    auto shared = std::make_shared<v1::ConfigureRequest>(request);
    return Run(response, timeout, [shared](Plugin& plugin, v1::ConfigureResponse* out) {
      return internal::ConfigureInProcess(plugin, *shared, out);
    });
  }

  // Check runs on the caller's thread: no handoff per document. A call that
  // returns late is reported as late; one that never returns is abandoned by
  // the runner's watchdog, which goes on without it. Only locals and the
  // caller's `response` are used after the plugin returns, since this
  // adapter may be gone by then; the response is left empty unless the
  // call succeeded in time.
  grpc::Status Check(std::shared_ptr<const v1::CheckRequest> request, v1::CheckResponse* response,
                     std::chrono::milliseconds timeout) override {
    // A timeout far above the coarse clock's tick is timed by it (a seventh
    // of steady_clock's cost a read): a call within a tick of its deadline
    // may then fall either side of it. A short one is timed exactly.
    if (timeout >= kCoarselyTimed) return TimedCheck<CoarseClock>(*request, response, timeout);
    return TimedCheck<std::chrono::steady_clock>(*request, response, timeout);
  }

 private:
  static constexpr std::chrono::milliseconds kCoarselyTimed{1000};

  template <typename Clock>
  grpc::Status TimedCheck(const v1::CheckRequest& request, v1::CheckResponse* response,
                          std::chrono::milliseconds timeout) {
    const std::shared_ptr<Plugin> plugin = plugin_;
    const auto start = Clock::now();
    grpc::Status status = plugin->Check(request, response);
    if (Clock::now() - start > timeout) {
      response->Clear();
      return DeadlineExceeded(timeout);
    }
    if (!status.ok()) response->Clear();
    return status;
  }

  // Runs `call` on a worker and waits until the deadline. The response is
  // written into shared state and moved out only when the call finished.
  template <typename Response, typename Function>
  grpc::Status Run(Response* response, std::chrono::milliseconds timeout, Function call) {
    struct State {
      std::promise<grpc::Status> done;
      Response response;
    };
    auto state = std::make_shared<State>();
    std::future<grpc::Status> result = state->done.get_future();
    pool_.Post([plugin = plugin_, state, call = std::move(call)] {
      state->done.set_value(call(*plugin, &state->response));
    });
    if (result.wait_for(timeout) != std::future_status::ready) {
      return DeadlineExceeded(timeout);
    }
    grpc::Status status = result.get();
    if (status.ok()) *response = std::move(state->response);
    return status;
  }

  std::shared_ptr<Plugin> plugin_;
  WorkerPool pool_;
};

}  // namespace

std::unique_ptr<CheckerClient> MakeInProcessClient(std::shared_ptr<Plugin> plugin,
                                                   std::size_t threads) {
  return std::make_unique<InProcessClient>(std::move(plugin), threads);
}

}  // namespace factcheck
