// The YAML configuration: which plugins run, how they are reached, and the
// defaults of a run. The schema is pinned in docs/configuration.md.
#ifndef FACTCHECK_CORE_CONFIG_CONFIG_H_
#define FACTCHECK_CORE_CONFIG_CONFIG_H_

#include <google/protobuf/struct.pb.h>

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/verdict.h"

namespace factcheck {

// How the host reaches a plugin, as data. The runner never looks at it: only
// the plugin host does, to pick the adapter.
struct LibraryTransport {
  // A bare name (looked up) or a path to a shared library; a relative path
  // is made absolute against the configuration's folder when it is read.
  std::string library;
  // `isolate: true`: run it in a child process (`factcheck serve-plugin`),
  // so that a crash costs one file and the plugin is started again.
  bool isolate = false;
};
struct EndpointTransport {
  std::string target;  // "unix:/path" or "host:port" of a running server.
};
struct CommandTransport {
  // A program the host starts, and its arguments. A program given as a
  // relative path ("./plugin", "bin/plugin") is made absolute against the
  // configuration's folder; a bare name is looked up in PATH.
  std::vector<std::string> argv;
  // Where the program runs: the configuration's folder, so that relative
  // arguments ("plugin.py") mean the same from wherever factcheck runs.
  std::string working_dir;
};
using Transport = std::variant<LibraryTransport, EndpointTransport, CommandTransport>;

// "library /path/x.so", "endpoint unix:/x.sock", "command python3 p.py": for
// people.
std::string DescribeTransport(const Transport& transport);

// A place in the configuration file, 1-based.
struct FilePosition {
  unsigned line = 0;
  unsigned column = 0;
};

struct PluginConfig {
  std::string name;
  Transport transport;
  int timeout_ms = 10000;
  google::protobuf::Struct options;
  // The folder relative paths in `options` start from: the folder of the
  // configuration file that declared the plugin.
  std::string options_dir;
  unsigned line = 0;  // Where the entry is in the file.
  unsigned column = 0;
  unsigned transport_line = 0;  // Where its library, endpoint or command is.
  unsigned transport_column = 0;
  // Where `options:`'s value is (the entry when it has none), and each
  // option's key: errors about options name these.
  FilePosition options_position;
  std::map<std::string, FilePosition> option_positions;
};

// A `rules:` entry: findings of the rules matching `pattern` ("dates/*",
// "office-holders/unknown-holder", "recency") are not reported (`off`) or
// get `severity` instead of the one their verdict and fail_on give.
struct RuleSetting {
  std::string pattern;
  bool off = false;
  v1::Severity severity = v1::SEVERITY_UNSPECIFIED;
  unsigned line = 0;
  unsigned column = 0;
};

// Reference files shared by every plugin that takes a `reference` option and
// names none itself.
struct SharedReference {
  std::vector<std::string> paths;  // As written.
  std::string dir;                 // Where relative paths start.
  unsigned line = 0;               // Where the key is.
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
  std::vector<RuleSetting> rules;
  SharedReference reference;
  // The file names no plugins, so the bundled ones run (from this file).
  std::string plugins_from;
  // Whether it may run any program, library or endpoint and read files
  // outside its folder: yes when named with --config, bundled, or trusted
  // (config/trust.h); a file found next to articles is not (docs/security.md).
  bool trusted = true;
};

// Parses a date as configuration and the command line write it: exactly
// YYYY-MM-DD, a real calendar day. `what` names it in the error ("--as-of").
// Throws Error.
std::chrono::year_month_day ParseDateSetting(std::string_view text, const std::string& what);

// "file:line:column: " of `position` in `config`'s file.
std::string Where(const Config& config, const FilePosition& position);

// Reads and validates a configuration file. Throws LocatedError naming
// file:line:column for unknown keys, wrong types and bad values. A file
// without a `plugins:` key runs the bundled plugins (and, unless it names its
// own, their reference files); `plugins_from` then says so.
Config LoadConfig(const std::string& path);

// Which file configures a run: `explicit_path` if given; else the first
// .factcheck.yaml found from `start` upward; else the bundled default.
std::string FindConfig(const std::string& explicit_path, const std::string& start);

// The files a configuration names and whose change changes every verdict:
// the file itself, the shared reference files, and every plugin option that
// names an existing file (relative to the plugin's options folder).
std::vector<std::string> FilesNamedBy(const Config& config);

// The effective configuration as YAML, for `factcheck config --dump`.
std::string DumpConfig(const Config& config);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_CONFIG_CONFIG_H_
