// A steady clock read from the kernel's last tick (CLOCK_MONOTONIC_COARSE,
// Linux's, as the rest of the host): a few nanoseconds a read where
// steady_clock takes some 25 on a virtual machine, for the deadlines a run
// keeps around every plugin call. It is up to a tick behind (1-10 ms with
// the kernel's HZ), so it times only what is far longer than that.
#ifndef FACTCHECK_CORE_BASE_COARSE_CLOCK_H_
#define FACTCHECK_CORE_BASE_COARSE_CLOCK_H_

#include <time.h>

#include <chrono>

namespace factcheck {

struct CoarseClock {
  using duration = std::chrono::nanoseconds;
  using rep = duration::rep;
  using period = duration::period;
  using time_point = std::chrono::time_point<CoarseClock>;
  static constexpr bool is_steady = true;

  static time_point now() noexcept {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC_COARSE, &now);
    return time_point(std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec));
  }
};

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_COARSE_CLOCK_H_
