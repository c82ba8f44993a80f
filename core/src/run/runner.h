// Checks articles with every plugin, in parallel, and assembles the report.
#ifndef FACTCHECK_CORE_RUN_RUNNER_H_
#define FACTCHECK_CORE_RUN_RUNNER_H_

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "config/config.h"
#include "document/document_loader.h"
#include "factcheck/v1/report.pb.h"
#include "host/plugin_host.h"
#include "report/report_writer.h"

namespace factcheck {

class Ledger;
class ResultCache;

struct RunOptions {
  DocumentOptions document;
  std::size_t jobs = 1;
  FailOn fail_on;                      // Which verdicts are errors by default.
  std::vector<RuleSetting> rules;      // `rules:` of the configuration.
  std::string stdin_path;              // What "-" is called in reports; default "<stdin>".
  const ResultCache* cache = nullptr;  // --cache: reports of unchanged articles.
  const Ledger* ledger = nullptr;      // Claims a person has verified.
};

// Checks `files` (already expanded) on `jobs` threads. A file that cannot be
// read and a plugin that fails on a file become errors in that file's report;
// the other files and plugins go on. Files are ordered by path and findings by
// offset, whatever the scheduling.
struct CheckResult {
  v1::Report report;
  // Every file with findings, by report path, for showing lines.
  std::map<std::string, SourceText> sources;
};

CheckResult CheckFiles(const std::vector<std::string>& files, std::vector<ActivePlugin>& plugins,
                       const RunOptions& options);

// One text that is not a file on disk, checked on the caller's thread (a
// server's worker): the same stages as a file, without cache or watchdog.
// Each plugin call gets the smaller of its own timeout and the time left
// before `deadline`; a plugin not reached by then gets a DEADLINE_EXCEEDED
// error.
struct TextCheckResult {
  v1::Report report;  // One file, summarized.
  // The document the plugins received (for recording a finding in the
  // ledger); null when the text could not be made into one.
  std::shared_ptr<const v1::CheckRequest> request;
  bool deadline_exceeded = false;  // Some plugin did not finish in time.
};
TextCheckResult CheckText(const std::string& path, std::string text,
                          std::vector<ActivePlugin>& plugins, const RunOptions& options,
                          std::chrono::steady_clock::time_point deadline);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_RUNNER_H_
