// The check server's workers: a bounded queue, jobs that miss their deadline
// in line are answered late instead of run, and a worker stuck in a job is
// replaced so that the pool keeps its size.
#include "server/work_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>

namespace factcheck::server {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

TEST(WorkPoolTest, RunsEveryJobOnce) {
  std::atomic<int> ran{0};
  {
    WorkPool pool(2, 100, 100ms);
    for (int i = 0; i < 50; ++i) {
      ASSERT_TRUE(pool.Submit({Clock::now() + 10s, [&] { ++ran; }, [] { FAIL(); }}));
    }
  }  // The destructor runs what is queued.
  EXPECT_EQ(ran, 50);
}

TEST(WorkPoolTest, RefusesJobsBeyondTheQueueLimit) {
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::promise<void> started;
  WorkPool pool(1, 2, 100ms);
  ASSERT_TRUE(pool.Submit({Clock::now() + 10s,
                           [&] {
                             started.set_value();
                             released.wait();
                           },
                           nullptr}));
  started.get_future().wait();  // The worker is busy; the queue is empty.
  EXPECT_TRUE(pool.Submit({Clock::now() + 10s, [] {}, nullptr}));
  EXPECT_TRUE(pool.Submit({Clock::now() + 10s, [] {}, nullptr}));
  EXPECT_FALSE(pool.Submit({Clock::now() + 10s, [] {}, nullptr}));
  EXPECT_EQ(pool.queued(), 2u);
  release.set_value();
}

TEST(WorkPoolTest, AJobWhoseDeadlinePassedInLineIsAnsweredLateNotRun) {
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::atomic<bool> ran{false};
  std::promise<void> late;
  WorkPool pool(1, 10, 10s);
  ASSERT_TRUE(pool.Submit({Clock::now() + 10s, [&] { released.wait(); }, nullptr}));
  ASSERT_TRUE(pool.Submit({Clock::now() + 50ms, [&] { ran = true; }, [&] { late.set_value(); }}));
  std::this_thread::sleep_for(100ms);
  release.set_value();
  EXPECT_EQ(late.get_future().wait_for(5s), std::future_status::ready);
  EXPECT_FALSE(ran);
}

TEST(WorkPoolTest, AStuckWorkerIsAbandonedAndReplaced) {
  auto stuck = std::make_shared<std::promise<void>>();
  std::shared_future<void> unstick = stuck->get_future().share();
  std::promise<void> late;
  std::promise<void> next_ran;
  WorkPool pool(1, 10, 50ms);
  ASSERT_TRUE(
      pool.Submit({Clock::now() + 50ms, [unstick] { unstick.wait(); }, [&] { late.set_value(); }}));
  // Queued behind the stuck job: only a new worker can run it.
  ASSERT_TRUE(pool.Submit({Clock::now() + 10s, [&] { next_ran.set_value(); }, nullptr}));
  EXPECT_EQ(late.get_future().wait_for(5s), std::future_status::ready);
  EXPECT_EQ(next_ran.get_future().wait_for(5s), std::future_status::ready);
  EXPECT_EQ(pool.abandoned(), 1u);
  stuck->set_value();  // The abandoned thread ends by itself.
}

}  // namespace
}  // namespace factcheck::server
