// Where the time of a check goes, on a corpus you give it: the end-to-end
// rate of `factcheck check` (process start, reference loading and JSON
// included), the time of each stage on one thread, peak memory, and what an
// out-of-process plugin costs per article over the same plugin in process.
// With --scaling it instead checks generated files of 10k to 80k sentences
// (on one line, and one per paragraph) to show time and memory growing
// linearly.
//
//   build/bin/pipeline_bench /tmp/reuters-md
//   build/bin/pipeline_bench --config my.yaml --as-of 2005-03-01 corpus/
//   build/bin/pipeline_bench --scaling
//   build/bin/pipeline_bench --scaling --format text
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "bench/pipeline_stages.h"
#include "bench/process_run.h"
#include "bench/scaling_corpus.h"
#include "factcheck/error.h"

namespace factcheck::bench {
namespace {

struct Args {
  std::vector<std::string> paths;
  std::string config;
  std::string as_of;
  std::string factcheck;  // The binary timed end to end.
  std::string format = "json";
  std::size_t oop_articles = 500;
  bool scaling = false;
  bool skip_end_to_end = false;
};

// `factcheck` beside this program, where the build puts both.
std::string DefaultFactcheck() {
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? "factcheck" : (self.parent_path() / "factcheck").string();
}

std::vector<std::string> CheckArgv(const Args& args, unsigned jobs,
                                   const std::vector<std::string>& inputs) {
  std::vector<std::string> argv = {args.factcheck,       "check",    "-j",
                                   std::to_string(jobs), "--format", args.format};
  if (!args.config.empty()) argv.insert(argv.end(), {"--config", args.config});
  if (!args.as_of.empty()) argv.insert(argv.end(), {"--as-of", args.as_of});
  argv.push_back("--");
  argv.insert(argv.end(), inputs.begin(), inputs.end());
  return argv;
}

void PrintEndToEnd(const Args& args, std::uint64_t bytes) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::printf("\nend to end (%s check --format %s, output to /dev/null)\n", args.factcheck.c_str(),
              args.format.c_str());
  std::printf("  %-6s %10s %10s %12s %14s %12s\n", "jobs", "wall s", "cpu s", "MB/s",
              "MB/s per core", "peak RSS MB");
  for (unsigned jobs = 1; jobs <= cores; jobs *= 2) {
    const ProcessRun run = RunProcess(CheckArgv(args, jobs, args.paths));
    if (run.exit_code != 0 && run.exit_code != 1) {
      throw Error("factcheck check exited with " + std::to_string(run.exit_code));
    }
    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf("  %-6u %10.2f %10.2f %12.1f %14.1f %12.1f\n", jobs, run.wall_seconds,
                run.cpu_seconds, mb / run.wall_seconds, mb / run.wall_seconds / jobs,
                run.peak_rss_kb / 1024.0);
  }
}

int RunCorpus(Args& args) {
  const Corpus corpus = ReadCorpus(args.paths);
  std::printf("corpus: %zu files, %.1f MB\n", corpus.files.size(), corpus.bytes / 1e6);
  if (!args.skip_end_to_end) PrintEndToEnd(args, corpus.bytes);
  const StageTimes stages = TimeStages(corpus, {.config_path = args.config, .as_of = args.as_of});
  PrintStages(stages, corpus.bytes);
  if (args.oop_articles > 0) {
    PrintOutOfProcess(TimeOutOfProcess(corpus, {.config_path = args.config, .as_of = args.as_of},
                                       args.factcheck, args.oop_articles));
  }
  return 0;
}

// "KB/finding" is the memory a finding adds with its sentence: the growth of
// peak memory over the smallest file of the layout, per finding more (each
// generated sentence has a finding, so it includes the sentence's share of
// the document). "alone" is the finding's own: the peak over that of the
// same file with every claim's word misspelt (as many bytes, sentences and
// tokens, no finding), per finding. Findings are counted in a JSON report
// only.
int RunScaling(const Args& args) {
  const ScratchFolder folder;
  std::printf("scaling: %s check -j 1 --format %s, generated articles\n", args.factcheck.c_str(),
              args.format.c_str());
  std::printf("  %-10s %9s %9s %9s %12s %12s %9s %11s %9s\n", "layout", "sentences", "MB", "wall s",
              "us/sentence", "peak RSS MB", "findings", "KB/finding", "alone");
  Args one = args;
  one.as_of = "1987-03-10";
  for (const Layout layout : {Layout::kOneLine, Layout::kParagraphs}) {
    std::optional<std::pair<std::size_t, long>> smallest;  // Findings and peak KB.
    for (const std::size_t sentences : {10000, 20000, 40000, 80000}) {
      const ScalingFile file = WriteScalingFile(folder.path(), layout, sentences);
      const ProcessRun run = RunProcess(CheckArgv(one, 1, {file.path}), /*keep_output=*/true);
      const ScalingFile plain =
          WriteScalingFile(folder.path(), layout, sentences, Claims::kWithout);
      const ProcessRun without = RunProcess(CheckArgv(one, 1, {plain.path}));
      const std::size_t findings = args.format == "json" ? CountFindings(run.output) : 0;
      char added[16] = "-", alone[16] = "-";
      if (smallest && findings > smallest->first) {
        std::snprintf(
            added, sizeof added, "%.2f",
            (run.peak_rss_kb - smallest->second) / static_cast<double>(findings - smallest->first));
      }
      if (findings > 0) {
        std::snprintf(alone, sizeof alone, "%.2f",
                      (run.peak_rss_kb - without.peak_rss_kb) / static_cast<double>(findings));
      }
      if (!smallest) smallest = {findings, run.peak_rss_kb};
      std::printf("  %-10s %9zu %9.2f %9.2f %12.2f %12.1f %9zu %11s %9s\n", LayoutName(layout),
                  sentences, file.bytes / 1e6, run.wall_seconds, run.wall_seconds * 1e6 / sentences,
                  run.peak_rss_kb / 1024.0, findings, added, alone);
    }
  }
  return 0;
}

}  // namespace
}  // namespace factcheck::bench

int main(int argc, char** argv) {
  using factcheck::bench::Args;
  Args args;
  CLI::App app{"Where the time of a factcheck run goes, and how it scales"};
  app.add_option("paths", args.paths, "Articles or folders of articles");
  app.add_option("--config", args.config, "Configuration file (default: found as by check)");
  app.add_option("--as-of", args.as_of, "The date articles speak from, YYYY-MM-DD");
  app.add_option("--factcheck", args.factcheck, "The factcheck binary timed end to end");
  app.add_option("--out-of-process", args.oop_articles,
                 "Articles checked through each plugin in and out of process (0: skip)");
  app.add_flag("--skip-end-to-end", args.skip_end_to_end, "Only the stages, in this process");
  app.add_flag("--scaling", args.scaling, "Time generated files of 10k to 80k sentences");
  app.add_option("--format", args.format, "The report format timed (default json)")
      ->check(CLI::IsMember({"json", "text", "sarif", "github", "junit", "html"}));
  CLI11_PARSE(app, argc, argv);
  if (args.factcheck.empty()) args.factcheck = factcheck::bench::DefaultFactcheck();
  try {
    if (args.scaling) return factcheck::bench::RunScaling(args);
    if (args.paths.empty()) {
      std::cerr << "pipeline_bench: name a corpus (files or folders), or use --scaling\n";
      return 2;
    }
    return factcheck::bench::RunCorpus(args);
  } catch (const std::exception& e) {
    std::cerr << "pipeline_bench: " << e.what() << "\n";
    return 2;
  }
}
