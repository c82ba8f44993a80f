// The stages of a check timed one by one on one thread, with the same code
// the runner uses (run/file_check.h), and the same plugins reached in and
// out of process.
#ifndef FACTCHECK_BENCH_PIPELINE_STAGES_H_
#define FACTCHECK_BENCH_PIPELINE_STAGES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace factcheck::bench {

struct Article {
  std::string path;
  std::string text;
};

struct Corpus {
  std::vector<Article> files;
  std::uint64_t bytes = 0;
  double read_seconds = 0;  // Listing the folders and reading every file.
};

// Reads every article named by `paths` (files, or folders walked as check
// walks them). Throws Error when one cannot be read.
Corpus ReadCorpus(const std::vector<std::string>& paths);

struct StageOptions {
  std::string config_path;  // Empty: found from the first article, as by check.
  std::string as_of;
};

struct PluginTime {
  std::string name;
  double seconds = 0;
  std::size_t findings = 0;
};

struct StageTimes {
  double startup_seconds = 0;  // Configuration, plugins, reference data.
  double read_seconds = 0;
  double document_seconds = 0;  // Document, sentences, time expressions, suppressions.
  std::vector<PluginTime> plugins;
  double accept_seconds = 0;  // Checking and placing the plugins' findings.
  double finish_seconds = 0;  // Suppressions, ledger, order.
  double report_seconds = 0;  // Summary and JSON.
  long peak_rss_kb = 0;
};

StageTimes TimeStages(const Corpus& corpus, const StageOptions& options);
void PrintStages(const StageTimes& times, std::uint64_t bytes);

struct TransportCost {
  std::string name;
  double in_process_ms = 0;      // Per article.
  double out_of_process_ms = 0;  // Per article, the same plugin behind serve-plugin.
};

struct OutOfProcessTimes {
  std::size_t articles = 0;
  std::vector<TransportCost> plugins;
};

// Calls each library plugin on the first `articles` articles in process and
// through `factcheck serve-plugin --library` (started from `factcheck`).
OutOfProcessTimes TimeOutOfProcess(const Corpus& corpus, const StageOptions& options,
                                   const std::string& factcheck, std::size_t articles);
void PrintOutOfProcess(const OutOfProcessTimes& times);

}  // namespace factcheck::bench

#endif  // FACTCHECK_BENCH_PIPELINE_STAGES_H_
