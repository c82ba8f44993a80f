// Runs a program to completion and measures it as `time -v` would: wall
// time, CPU time and peak resident memory of the child.
#ifndef FACTCHECK_BENCH_PROCESS_RUN_H_
#define FACTCHECK_BENCH_PROCESS_RUN_H_

#include <string>
#include <vector>

namespace factcheck::bench {

struct ProcessRun {
  int exit_code = 0;
  double wall_seconds = 0;
  double cpu_seconds = 0;  // User and system.
  long peak_rss_kb = 0;
  std::string output;  // Its standard output, when kept.
};

// Runs argv[0] (looked up in PATH) with standard output thrown away, or kept
// in `output`. Throws Error when it cannot be started or is killed.
ProcessRun RunProcess(const std::vector<std::string>& argv, bool keep_output = false);

}  // namespace factcheck::bench

#endif  // FACTCHECK_BENCH_PROCESS_RUN_H_
