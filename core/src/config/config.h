// The YAML configuration: which plugins run, how they are reached, and the
// defaults of a run. The schema is pinned in docs/configuration.md.
#ifndef FACTCHECK_CORE_CONFIG_CONFIG_H_
#define FACTCHECK_CORE_CONFIG_CONFIG_H_

#include <google/protobuf/struct.pb.h>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/verdict.h"

namespace factcheck {

// How the host reaches a plugin. The runner never looks at this: only the
// plugin host does, to pick the adapter.
struct PluginConfig {
  enum class Transport { kLibrary, kEndpoint, kCommand };

  std::string name;
  Transport transport = Transport::kLibrary;
  std::string library;               // kLibrary: a bare name or a path.
  std::string endpoint;              // kEndpoint: "unix:/path" or "host:port".
  std::vector<std::string> command;  // kCommand: program and arguments.
  int timeout_ms = 10000;
  google::protobuf::Struct options;
  unsigned line = 0;  // Where the entry is in the file.
  unsigned column = 0;
};

struct Config {
  std::string path;  // The file it was read from.
  std::string dir;   // That file's folder: plugins' relative paths start here.
  std::optional<std::chrono::year_month_day> as_of;
  // The order of day and month in numeric dates, "mdy", "dmy" or "ymd"; empty
  // when unset (an article's front matter may still say).
  std::string date_order;
  FailOn fail_on;
  std::size_t max_file_bytes = 10 * 1024 * 1024;
  std::vector<PluginConfig> plugins;
};

// Reads and validates a configuration file. Throws LocatedError naming
// file:line:column for unknown keys, wrong types and bad values.
Config LoadConfig(const std::string& path);

// Which file configures a run: `explicit_path` if given; else the first
// .factcheck.yaml found from `start` upward; else the bundled default.
std::string FindConfig(const std::string& explicit_path, const std::string& start);

// The effective configuration as YAML, for `factcheck config --dump`.
std::string DumpConfig(const Config& config);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_CONFIG_CONFIG_H_
