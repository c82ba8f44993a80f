// The content-hash cache (`check --cache DIR`): an article whose bytes,
// configuration, plugins and reference data are unchanged is not checked
// again; its report is read back.
#ifndef FACTCHECK_CORE_RUN_RESULT_CACHE_H_
#define FACTCHECK_CORE_RUN_RESULT_CACHE_H_

#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "factcheck/v1/report.pb.h"
#include "host/plugin_host.h"

namespace factcheck {

class ResultCache {
 public:
  // `run_key` (see RunKey) covers everything but the article itself. Throws
  // Error when `dir` cannot be created.
  ResultCache(std::string dir, std::string run_key);

  std::optional<v1::FileReport> Get(const std::string& path, const std::string& text) const;
  // Written through a temporary file and a rename: never half a file.
  void Put(const std::string& path, const std::string& text, const v1::FileReport& report) const;

 private:
  std::string FileFor(const std::string& path, const std::string& text) const;

  std::string dir_;
  std::string run_key_;
};

// A SHA-1 over what decides every article's report: the version, the
// configuration file, the command-line settings, today's date (for undated
// articles), each plugin's name, transport, description and library file,
// every file its options name, and the files a `command:` plugin's command
// names (its script). An endpoint's code is not seen: its Describe version
// stands for it.
std::string RunKey(const Config& config, const std::vector<ActivePlugin>& plugins,
                   const std::string& settings);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_RESULT_CACHE_H_
