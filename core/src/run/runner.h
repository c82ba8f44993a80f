// Checks articles with every plugin, in parallel, and hands on each file's
// report in the report's order as soon as it is known.
#ifndef FACTCHECK_CORE_RUN_RUNNER_H_
#define FACTCHECK_CORE_RUN_RUNNER_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "config/config.h"
#include "document/document_loader.h"
#include "factcheck/v1/report.pb.h"
#include "host/plugin_host.h"
#include "report/report_writer.h"
#include "run/file_list.h"

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
  // Keep the text of each file with findings (SourceText) for a report
  // that shows it; without, a file's text is freed with its document.
  bool keep_sources = true;
  // The most finished reports a run holds while its sink is still busy with
  // an earlier one (a reader slower than the run): past it, workers wait
  // before taking more files (a worker may then still hold two batches, its
  // own and the next it reads ahead).
  std::size_t most_reports_waiting = 1024;
  // Every file was a regular file when the run listed it (ExpandInputs):
  // each batch is then read in one trip, each file without asking its type
  // and size first (FileBatchReader::Read). Never for a pipe or a device.
  bool files_listed_regular = false;
};

// Takes a file's report and, with RunOptions::keep_sources and findings,
// its text; both may be moved from. By reference: a report is not copied
// or moved on its way through.
using FileReportSink = std::function<void(v1::FileReport&& report, SourceText&& source)>;

// Checks `files` (already expanded) on `jobs` threads and hands each file's
// report to `sink` in path order, on one thread at a time, as soon as it and
// every file before it are done: a run holds the reports of the files under
// way, not the run's. A file that cannot be read and a plugin that fails on
// a file become errors in that file's report; the other files and plugins
// go on. Findings are ordered by offset. After an interrupt (base/interrupt.h)
// the files not checked are never handed on. What `sink` throws stops the run
// and is thrown again here.
void CheckFilesInto(const FileList& files, std::vector<ActivePlugin>& plugins,
                    const RunOptions& options, const FileReportSink& sink);

// CheckFilesInto's reports in one summarized Report.
struct CheckResult {
  v1::Report report;
  // Every file with findings, by report path, for showing lines.
  std::map<std::string, SourceText> sources;
};

CheckResult CheckFiles(const FileList& files, std::vector<ActivePlugin>& plugins,
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
