#include "run/session.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <thread>

#include "config/paths.h"
#include "config/trust.h"
#include "document/time_tagger.h"
#include "factcheck/error.h"
#include "host/call_policy.h"

namespace factcheck {

Config LoadConfigFor(const std::string& explicit_path, const std::string& first_input,
                     bool trust_config) {
  const std::string path = FindConfig(explicit_path, first_input);
  spdlog::debug("configuration: {}", path);
  Config config = LoadConfig(path);
  std::error_code ec;
  const bool chosen =
      !explicit_path.empty() || std::filesystem::equivalent(path, DefaultConfigPath(), ec);
  config.trusted = chosen || trust_config || IsTrustedFile(path);
  CheckUntrustedConfig(config);
  return config;
}

void SetAnnotations(const std::vector<ActivePlugin>& plugins, DocumentOptions* options) {
  options->time_expressions = false;
  options->tokens = false;
  std::vector<v1::WordList> word_lists;
  for (const ActivePlugin& plugin : plugins) {
    const AnnotationsRead reads = ReadsOf(plugin.description);
    options->time_expressions |= reads.time_expressions;
    options->tokens |= reads.tokens;
    // The word lists of the plugins that read tokens: the answers go with them.
    if (!reads.tokens) continue;
    const auto& lists = plugin.configure_response.word_lists();
    word_lists.insert(word_lists.end(), lists.begin(), lists.end());
  }
  // The time tagger's words as the host's own list where the tokens are
  // made: the host then tells the tagger which sentences without a digit
  // may hold a date (TagTimeExpressions).
  const bool tagger_words = options->tokens && options->time_expressions;
  options->word_lists.reset();
  if (!word_lists.empty() || tagger_words) {
    options->word_lists = std::make_shared<text::SentenceWordLists>(
        word_lists, tagger_words ? TimeWordList() : std::vector<std::string>());
  }
}

Session::Session(const SessionOptions& options)
    : Session(LoadConfigFor(options.config_path, options.first_input, options.trust_config),
              options) {}

Session::Session(Config config, const SessionOptions& options)
    : options_(options), config_(std::move(config)) {
  DocumentOptions& document = run_options_.document;
  document.max_file_bytes = config_.max_file_bytes;
  document.config_as_of = config_.as_of;
  document.date_order = ParseDateOrder(config_.date_order).value_or(DateOrder::kUnset);
  if (!options.as_of.empty())
    document.command_line_as_of = ParseDateSetting(options.as_of, "--as-of");
  run_options_.fail_on = config_.fail_on;
  if (!options.fail_on.empty()) {
    const auto fail_on = ParseFailOn(options.fail_on);
    if (!fail_on) throw Error(std::string("--fail-on must be ") + kFailOnChoices);
    run_options_.fail_on = *fail_on;
  }
  run_options_.rules = config_.rules;
  run_options_.stdin_path = options.stdin_path;
  run_options_.jobs =
      options.jobs > 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  host_ = std::make_unique<PluginHost>(config_, run_options_.jobs, options.configure_plugins);
  SetAnnotations(host_->plugins(), &run_options_.document);
  ledger_ = Ledger::Load(
      LedgerPath(options.first_input.empty() ? "." : options.first_input, config_.path));
  run_options_.ledger = &ledger_;
}

std::vector<PluginInfo> Session::plugin_infos() {
  std::vector<PluginInfo> infos;
  for (const ActivePlugin& plugin : plugins()) infos.push_back({plugin.name, plugin.description});
  return infos;
}

CheckResult Session::Check(const FileList& files, const ResultCache* cache) {
  RunOptions options = run_options_;
  options.cache = cache;
  return CheckFiles(files, plugins(), options);
}

void Session::CheckInto(const FileList& files, const RunChoices& choices,
                        const FileReportSink& sink) {
  RunOptions options = run_options_;
  options.cache = choices.cache;
  options.keep_sources = choices.keep_sources;
  options.files_listed_regular = choices.files_listed_regular;
  CheckFilesInto(files, plugins(), options, sink);
}

TextCheckResult Session::CheckText(TextInput input, std::chrono::steady_clock::time_point deadline,
                                   const Ledger* ledger) {
  RunOptions options = run_options_;
  if (!input.as_of.empty()) options.document.request_as_of = ParseDateSetting(input.as_of, "as_of");
  options.document.format = input.format;
  if (ledger != nullptr) options.ledger = ledger;
  return factcheck::CheckText(input.path.empty() ? "<text>" : input.path, std::move(input.text),
                              plugins(), options, deadline);
}

std::string Session::CacheSettings() const {
  std::string settings =
      "as_of=" + options_.as_of + "\nfail_on=" + FailOnKeyword(run_options_.fail_on) + "\nledger=";
  for (const auto& e : ledger_.entries()) {
    settings += e.checker + "|" + e.rule + "|" + e.claim + "|" + e.sentence + "|" + e.by + "|" +
                e.note + "|" + e.date + "\n";
  }
  return settings;
}

}  // namespace factcheck
