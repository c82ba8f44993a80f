// One run setup for every command that checks articles (check, verify, and
// the servers to come): the configuration found and read, the date rules,
// the plugins reached and configured, and the ledger of verified claims.
#ifndef FACTCHECK_CORE_RUN_SESSION_H_
#define FACTCHECK_CORE_RUN_SESSION_H_

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "config/config.h"
#include "document/document_loader.h"
#include "host/plugin_host.h"
#include "report/report_writer.h"
#include "run/file_list.h"
#include "run/ledger.h"
#include "run/runner.h"

namespace factcheck {

// Sets which annotations documents get (options->time_expressions, tokens):
// what some of `plugins` asks for in Describe, a plugin that asks for
// nothing (protocol 1) getting sentences and time expressions; and the word
// lists looked for, those the plugins that read tokens gave in Configure,
// with the time tagger's words (TimeWordList) as the host's own list where
// it reads tokens.
void SetAnnotations(const std::vector<ActivePlugin>& plugins, DocumentOptions* options);

struct SessionOptions {
  std::string config_path;        // --config; empty: discovered from `first_input`.
  std::string first_input;        // Where discovery starts, and the ledger is looked for.
  std::string as_of;              // --as-of (YYYY-MM-DD); empty: none.
  std::string fail_on;            // --fail-on keyword; empty: the configuration's.
  std::size_t jobs = 0;           // Files checked at once; 0: one per core.
  bool configure_plugins = true;  // False: Describe only (listing plugins).
  std::string stdin_path;         // --stdin-path: what "-" stands for in reports.
  bool trust_config = false;      // --trust-config: a found configuration may do anything.
};

// A text to check that is not a file on disk: what an editor sends.
struct TextInput {
  std::string path;  // Shown in the report; its extension picks the format.
  std::string text;
  TextFormat format = TextFormat::kByPath;  // Overrides the path's extension.
  std::string as_of;  // YYYY-MM-DD; empty: as for a file (front matter, config, today).
};

class Session {
 public:
  // Finds and reads the configuration. Throws Error (LocatedError for the
  // configuration's own mistakes) when anything is wrong.
  explicit Session(const SessionOptions& options);
  // With a configuration already read (tests narrow one to a plugin).
  Session(Config config, const SessionOptions& options);
  Session(const Session&) = delete;  // Its run options point at its ledger.
  Session& operator=(const Session&) = delete;

  const Config& config() const { return config_; }
  std::vector<ActivePlugin>& plugins() { return host_->plugins(); }
  const Ledger& ledger() const { return ledger_; }
  const RunOptions& run_options() const { return run_options_; }
  // The plugins as the report writers name them.
  std::vector<PluginInfo> plugin_infos();

  // Checks `files` (already expanded) with every plugin. `cache` may be null.
  CheckResult Check(const FileList& files, const ResultCache* cache = nullptr);
  // How CheckInto runs: `cache` may be null; `keep_sources` and
  // `files_listed_regular` as RunOptions has them.
  struct RunChoices {
    const ResultCache* cache = nullptr;
    bool keep_sources = true;
    bool files_listed_regular = false;
  };
  // The same, each file's report handed to `sink` as the run goes (see
  // CheckFilesInto), with its text when `keep_sources`.
  void CheckInto(const FileList& files, const RunChoices& choices, const FileReportSink& sink);

  // Checks one text with every plugin on the calling thread; plugin calls
  // end by `deadline`. `ledger`, when given, replaces the session's (a
  // server keeps its own, updated as editors record claims). Safe to call
  // from several threads at once. Throws Error for a malformed `as_of`.
  TextCheckResult CheckText(TextInput input, std::chrono::steady_clock::time_point deadline,
                            const Ledger* ledger = nullptr);

  // What besides the configuration and plugins decides a report, for the
  // cache key: the command-line date and fail_on, and the ledger's entries.
  std::string CacheSettings() const;

 private:
  SessionOptions options_;
  Config config_;
  RunOptions run_options_;
  std::unique_ptr<PluginHost> host_;
  Ledger ledger_;
};

// The configuration a run uses: `explicit_path` if given, else discovered
// from `first_input` upward, else the bundled default; read, validated, and
// held to the trust rules (config/trust.h) unless named explicitly, bundled,
// trusted in the store, or `trust_config` is set.
Config LoadConfigFor(const std::string& explicit_path, const std::string& first_input,
                     bool trust_config = false);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_SESSION_H_
