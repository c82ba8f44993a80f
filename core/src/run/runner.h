// Checks articles with every plugin, in parallel, and assembles the report.
#ifndef FACTCHECK_CORE_RUN_RUNNER_H_
#define FACTCHECK_CORE_RUN_RUNNER_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "config/config.h"
#include "document/document_loader.h"
#include "factcheck/v1/report.pb.h"
#include "host/plugin_host.h"

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
  // The text of every file with findings, by report path, for showing lines.
  std::map<std::string, std::string> sources;
};

CheckResult CheckFiles(const std::vector<std::string>& files, std::vector<ActivePlugin>& plugins,
                       const RunOptions& options);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_RUNNER_H_
