// The check server's workers: a fixed number of threads taking jobs from a
// bounded queue, so that a burst of requests waits in line (or is refused)
// instead of starting threads. Each job has a deadline: a job still queued
// at its deadline is not run, and a worker still in a job well past its
// deadline (an in-process plugin that never returns) is abandoned and
// replaced, as the batch runner's watchdog does.
#ifndef FACTCHECK_CORE_SERVER_WORK_POOL_H_
#define FACTCHECK_CORE_SERVER_WORK_POOL_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace factcheck::server {

struct Job {
  std::chrono::steady_clock::time_point deadline;
  std::function<void()> run;  // Runs on a worker; answers the request.
  // Called instead of, or (for an abandoned worker) besides, `run` when the
  // deadline passed first; the job's owner answers only once.
  std::function<void()> late;
};

class WorkPool {
 public:
  // `grace`: how long past a job's deadline its worker is given before it
  // is abandoned.
  WorkPool(std::size_t threads, std::size_t queue_limit, std::chrono::milliseconds grace);
  // Runs what is queued, then stops the workers.
  ~WorkPool();
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;

  // False (and nothing queued) when `queue_limit` jobs already wait.
  bool Submit(Job job);

  std::size_t queued() const;
  std::size_t abandoned() const;

 private:
  struct Worker;
  struct State;

  static void Work(const std::shared_ptr<State>& state, const std::shared_ptr<Worker>& worker);
  void StartWorker();  // With state_->mutex held.
  void Watch();

  std::shared_ptr<State> state_;
  std::thread watchdog_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_CORE_SERVER_WORK_POOL_H_
