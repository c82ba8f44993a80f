#include "server/work_pool.h"

#include <spdlog/spdlog.h>

#include <utility>

namespace factcheck::server {

using Clock = std::chrono::steady_clock;

struct WorkPool::Worker {
  bool busy = false;
  bool abandoned = false;
  Clock::time_point deadline;
  std::function<void()> late;  // The running job's.
  std::thread thread;
};

// Shared with the workers, so that an abandoned (detached) worker never
// touches a destroyed pool.
struct WorkPool::State {
  std::mutex mutex;
  std::condition_variable ready;     // A job was queued, or the pool stops.
  std::condition_variable stopping;  // Wakes the watchdog at the end.
  std::deque<Job> queue;
  std::size_t queue_limit = 0;
  std::chrono::milliseconds grace{0};
  bool stopped = false;
  std::vector<std::shared_ptr<Worker>> workers;
  std::size_t abandoned = 0;
};

void WorkPool::Work(const std::shared_ptr<State>& state, const std::shared_ptr<Worker>& worker) {
  State& s = *state;
  Worker& w = *worker;
  for (;;) {
    Job job;
    {
      std::unique_lock lock(s.mutex);
      s.ready.wait(lock, [&] { return s.stopped || !s.queue.empty(); });
      if (s.queue.empty()) return;
      job = std::move(s.queue.front());
      s.queue.pop_front();
      if (Clock::now() < job.deadline) {
        w.busy = true;
        w.deadline = job.deadline;
        w.late = job.late;
      }
    }
    if (!w.busy) {  // Its deadline passed while it waited in line.
      if (job.late) job.late();
      continue;
    }
    job.run();
    std::lock_guard lock(s.mutex);
    if (w.abandoned) return;  // The watchdog answered for it and replaced us.
    w.busy = false;
    w.late = nullptr;
  }
}

WorkPool::WorkPool(std::size_t threads, std::size_t queue_limit, std::chrono::milliseconds grace)
    : state_(std::make_shared<State>()) {
  state_->queue_limit = queue_limit;
  state_->grace = grace;
  std::lock_guard lock(state_->mutex);
  for (std::size_t i = 0; i < std::max<std::size_t>(1, threads); ++i) StartWorker();
  watchdog_ = std::thread([this] { Watch(); });
}

WorkPool::~WorkPool() {
  std::vector<std::shared_ptr<Worker>> workers;
  {
    std::lock_guard lock(state_->mutex);
    state_->stopped = true;
    workers = state_->workers;
  }
  state_->ready.notify_all();
  state_->stopping.notify_all();
  watchdog_.join();
  for (auto& worker : workers) {
    if (worker->thread.joinable()) worker->thread.join();
  }
}

void WorkPool::StartWorker() {
  auto worker = std::make_shared<Worker>();
  State& s = *state_;
  worker->thread = std::thread([state = state_, worker] { Work(state, worker); });
  s.workers.push_back(std::move(worker));
}

bool WorkPool::Submit(Job job) {
  {
    std::lock_guard lock(state_->mutex);
    if (state_->stopped || state_->queue.size() >= state_->queue_limit) return false;
    state_->queue.push_back(std::move(job));
  }
  state_->ready.notify_one();
  return true;
}

std::size_t WorkPool::queued() const {
  std::lock_guard lock(state_->mutex);
  return state_->queue.size();
}

std::size_t WorkPool::abandoned() const {
  std::lock_guard lock(state_->mutex);
  return state_->abandoned;
}

void WorkPool::Watch() {
  State& s = *state_;
  std::unique_lock lock(s.mutex);
  while (!s.stopped) {
    s.stopping.wait_for(lock, std::chrono::milliseconds(50));
    const auto now = Clock::now();
    std::vector<std::function<void()>> late;
    for (auto it = s.workers.begin(); it != s.workers.end();) {
      Worker& worker = **it;
      if (!worker.busy || now < worker.deadline + s.grace) {
        ++it;
        continue;
      }
      worker.abandoned = true;
      ++s.abandoned;
      if (worker.late) late.push_back(std::move(worker.late));
      worker.thread.detach();
      it = s.workers.erase(it);
      spdlog::error("a check is still running {} ms past its deadline; its worker is abandoned",
                    s.grace.count());
    }
    for (std::size_t i = late.size(); i > 0; --i) StartWorker();
    if (late.empty()) continue;
    lock.unlock();
    for (auto& answer : late) answer();
    lock.lock();
  }
}

}  // namespace factcheck::server
