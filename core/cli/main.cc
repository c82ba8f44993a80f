// factcheck: the command-line host. Subcommands: check, plugins, config,
// serve-plugin.
#include <signal.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "base/iso_date.h"
#include "config/config.h"
#include "config/paths.h"
#include "document/document_loader.h"
#include "factcheck/error.h"
#include "factcheck/plugin.h"
#include "host/library_plugin.h"
#include "host/plugin_host.h"
#include "host/plugin_service.h"
#include "reference_command.h"
#include "report/ci_formats.h"
#include "report/html_report.h"
#include "report/report.h"
#include "run/changed_files.h"
#include "run/inputs.h"
#include "run/ledger.h"
#include "run/result_cache.h"
#include "run/runner.h"

namespace factcheck {
namespace {

constexpr int kExitError = 2;

struct CheckArgs {
  std::string config;
  std::string as_of;
  std::string format = "text";
  std::string fail_on;
  unsigned jobs = 0;
  bool show_supported = false;
  std::string changed_since;
  std::string cache;
  std::vector<std::string> paths;
};

Config LoadConfigFor(const std::string& explicit_path, const std::string& first_input) {
  const std::string path = FindConfig(explicit_path, first_input);
  spdlog::debug("configuration: {}", path);
  return LoadConfig(path);
}

int RunCheck(const CheckArgs& args) {
  Config config = LoadConfigFor(args.config, args.paths.empty() ? "" : args.paths.front());
  RunOptions options;
  options.document.max_file_bytes = config.max_file_bytes;
  options.document.config_as_of = config.as_of;
  options.document.date_order = ParseDateOrder(config.date_order).value_or(DateOrder::kUnset);
  if (!args.as_of.empty()) {
    auto date = ParseIsoDate(args.as_of);
    if (!date || args.as_of.size() != 10) {
      throw Error("--as-of must be a date, YYYY-MM-DD (got '" + args.as_of + "')");
    }
    options.document.command_line_as_of = date;
  }
  FailOn fail_on = config.fail_on;
  if (!args.fail_on.empty()) fail_on = *ParseFailOn(args.fail_on);
  options.jobs = args.jobs > 0 ? args.jobs : std::max(1u, std::thread::hardware_concurrency());

  PluginHost host(config, options.jobs);
  const Ledger ledger =
      Ledger::Load(LedgerPath(args.paths.empty() ? "." : args.paths.front(), config.path));
  options.ledger = &ledger;
  std::optional<ResultCache> cache;
  if (!args.cache.empty()) {
    std::string settings = "as_of=" + args.as_of + "\nledger=";
    for (const auto& e : ledger.entries()) {
      settings += e.checker + "|" + e.rule + "|" + e.claim + "|" + e.sentence + "|" + e.by + "|" +
                  e.note + "|" + e.date + "\n";
    }
    cache.emplace(args.cache, RunKey(config, host.plugins(), settings));
    options.cache = &*cache;
  }
  std::vector<std::string> files = ExpandInputs(args.paths);
  if (files.empty()) throw Error("no articles (.md, .markdown, .txt) found in the given paths");
  // Only what a pull request touches; none is a normal outcome, not an error.
  if (!args.changed_since.empty()) files = KeepChanged(files, ChangedSince(args.changed_since));
  CheckResult result = CheckFiles(files, host.plugins(), options);
  if (args.format == "json") {
    WriteJsonReport(result.report, std::cout);
  } else if (args.format == "sarif") {
    std::vector<PluginInfo> infos;
    for (const ActivePlugin& plugin : host.plugins())
      infos.push_back({plugin.name, plugin.description});
    WriteSarifReport(result.report, infos, FACTCHECK_VERSION, std::cout);
  } else if (args.format == "github") {
    WriteGithubReport(result.report, args.show_supported, std::cout);
  } else if (args.format == "html") {
    WriteHtmlReport(result.report, result.sources, std::cout);
  } else if (args.format == "junit") {
    WriteJunitReport(result.report, fail_on, std::cout);
  } else {
    TextOptions text;
    text.show_supported = args.show_supported;
    text.color = ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
    WriteTextReport(result.report, result.sources, text, std::cout);
  }
  std::cout.flush();
  return ExitCodeFor(result.report, fail_on);
}

struct VerifyArgs {
  std::string location;  // PATH:LINE[:COL]
  std::string by;
  std::string note;
  std::string config;
  std::string as_of;
};

// Records in the ledger that a person checked the finding at PATH:LINE[:COL].
int RunVerify(const VerifyArgs& args) {
  const auto first = args.location.find(':');
  if (first == std::string::npos) throw Error("give the finding as PATH:LINE or PATH:LINE:COL");
  const std::string path = args.location.substr(0, first);
  unsigned line = 0, column = 0;
  const std::string rest = args.location.substr(first + 1);
  if (std::sscanf(rest.c_str(), "%u:%u", &line, &column) < 1 || line == 0) {
    throw Error("give the finding as PATH:LINE or PATH:LINE:COL (got '" + args.location + "')");
  }
  Config config = LoadConfigFor(args.config, path);
  RunOptions options;
  options.document.max_file_bytes = config.max_file_bytes;
  options.document.config_as_of = config.as_of;
  options.document.date_order = ParseDateOrder(config.date_order).value_or(DateOrder::kUnset);
  if (!args.as_of.empty()) options.document.command_line_as_of = ParseIsoDate(args.as_of);
  PluginHost host(config, 1);
  CheckResult result = CheckFiles({path}, host.plugins(), options);
  std::vector<v1::Finding> at;
  for (const auto& finding : result.report.files(0).findings()) {
    if (finding.line() == line && (column == 0 || finding.column() == column))
      at.push_back(finding);
  }
  if (at.empty()) throw Error("no finding at " + args.location);
  if (at.size() > 1) {
    std::string columns;
    for (const auto& f : at)
      columns += " " + std::to_string(f.column()) + " (" + f.checker() + "/" + f.rule() + ")";
    throw Error(std::to_string(at.size()) + " findings on line " + std::to_string(line) +
                "; add the column:" + columns);
  }
  const LoadedDocument document = BuildDocument(
      result.report.files(0).path(), ReadInput(path, config.max_file_bytes), options.document);
  Ledger ledger = Ledger::Load(LedgerPath(path, config.path));
  ledger.Record(document.document, at.front(), args.by, args.note, FormatIsoDate(TodayUtc()));
  std::cout << "recorded in " << ledger.path() << ": " << at.front().checker() << "/"
            << at.front().rule() << " \"" << at.front().claim() << "\" verified by " << args.by
            << "\n";
  return 0;
}

int RunPlugins(const std::string& config_path) {
  Config config = LoadConfigFor(config_path, ".");
  PluginHost host(config, 1, /*configure=*/false);
  for (const ActivePlugin& plugin : host.plugins()) {
    const auto& d = plugin.description;
    std::cout << plugin.name << "  " << d.name() << " " << d.version() << "  (protocol "
              << d.protocol_version() << ", " << plugin.transport << ")\n";
    for (const auto& rule : d.rules()) {
      std::cout << "  rule   " << rule.id() << ": " << rule.summary() << "\n";
    }
    for (const auto& option : d.options()) {
      std::cout << "  option " << option.name() << " (" << option.type()
                << (option.required() ? ", required" : "") << "): " << option.summary() << "\n";
    }
  }
  if (host.plugins().empty()) std::cout << "no plugins configured in " << config.path << "\n";
  return 0;
}

int RunServePlugin(const std::string& library, const std::string& listen) {
  if (listen.empty() && std::getenv("FACTCHECK_PLUGIN_PROTOCOL") == nullptr) {
    throw Error(
        "serve-plugin needs --listen ADDR, or FACTCHECK_PLUGIN_PROTOCOL set by "
        "a host that started it");
  }
  ServePlugin(LoadLibraryPlugin(ResolvePluginLibrary(library)), listen);
  return 0;
}

void SetUpLogging(int verbosity) {
  auto logger = spdlog::stderr_color_mt("factcheck");
  logger->set_pattern("%^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(verbosity >= 2   ? spdlog::level::debug
                    : verbosity == 1 ? spdlog::level::info
                                     : spdlog::level::warn);
}

int Main(int argc, char** argv) {
  CLI::App app{"factcheck: checks what articles assert against reference data"};
  const std::string version = std::string("factcheck ") + FACTCHECK_VERSION + " (plugin protocol " +
                              std::to_string(kProtocolVersion) + ")";
  app.set_version_flag("--version", version);
  app.require_subcommand(1);
  int verbosity = 0;
  app.add_flag("-v,--verbose", verbosity, "More log output on stderr (-vv for debug)");

  CheckArgs check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check articles and report their claims");
  check_cmd->add_option("--config", check.config, "Configuration file")->check(CLI::ExistingFile);
  check_cmd->add_option("--as-of", check.as_of, "The date articles speak from, YYYY-MM-DD");
  check_cmd->add_option("--format", check.format, "Report format")
      ->check(CLI::IsMember({"text", "json", "sarif", "github", "junit", "html"}));
  check_cmd->add_option("--fail-on", check.fail_on, "Lowest verdict that fails the run")
      ->check(CLI::IsMember({"contradicted", "needs-verification", "supported", "never"}));
  check_cmd->add_option("-j,--jobs", check.jobs, "Files checked at once (default: cores)");
  check_cmd->add_option("--cache", check.cache,
                        "Keep reports in DIR; unchanged articles are not checked again");
  check_cmd->add_option("--changed-since", check.changed_since,
                        "Check only articles git reports added, modified or renamed since REF");
  check_cmd->add_flag("--show-supported", check.show_supported,
                      "Also show SUPPORTED findings in the text report");
  check_cmd->add_option("paths", check.paths, "Files, folders, or - for stdin")->required();

  std::string plugins_config;
  CLI::App* plugins_cmd =
      app.add_subcommand("plugins", "List the configured plugins and their rules");
  plugins_cmd->add_option("--config", plugins_config, "Configuration file")
      ->check(CLI::ExistingFile);

  std::string dump_config, dump_start = ".";
  bool dump = false;
  CLI::App* config_cmd = app.add_subcommand("config", "Show the effective configuration");
  config_cmd->add_option("--config", dump_config, "Configuration file")->check(CLI::ExistingFile);
  config_cmd->add_flag("--dump", dump, "Print the effective configuration as YAML")->required();
  config_cmd->add_option("path", dump_start, "Find .factcheck.yaml from this path upward");

  std::string serve_library, serve_listen;
  CLI::App* serve_cmd = app.add_subcommand(
      "serve-plugin", "Serve a shared-library plugin over gRPC (out of process)");
  serve_cmd->add_option("--library", serve_library, "Plugin name or path")->required();
  serve_cmd->add_option("--listen", serve_listen, "unix:/path or host:port");

  VerifyArgs verify;
  CLI::App* verify_cmd = app.add_subcommand(
      "verify", "Record in the ledger that a person checked the finding at PATH:LINE[:COL]");
  verify_cmd->add_option("location", verify.location, "PATH:LINE or PATH:LINE:COL")->required();
  verify_cmd->add_option("--by", verify.by, "Who checked it")->required();
  verify_cmd->add_option("--note", verify.note, "How it was checked")->required();
  verify_cmd->add_option("--config", verify.config, "Configuration file")->check(CLI::ExistingFile);
  verify_cmd->add_option("--as-of", verify.as_of, "The date the article speaks from");

  std::function<int()> run_reference;
  AddReferenceCommand(app, &run_reference);

  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    sub->set_version_flag("--version", version);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : kExitError;
  }
  SetUpLogging(verbosity);
  try {
    if (*check_cmd) return RunCheck(check);
    if (*plugins_cmd) return RunPlugins(plugins_config);
    if (*config_cmd) {
      std::cout << DumpConfig(LoadConfigFor(dump_config, dump_start));
      return 0;
    }
    if (*serve_cmd) return RunServePlugin(serve_library, serve_listen);
    if (*verify_cmd) return RunVerify(verify);
    if (run_reference) return run_reference();
  } catch (const LocatedError& e) {
    std::cerr << "factcheck: " << e.Describe() << "\n";
    return kExitError;
  } catch (const Error& e) {
    std::cerr << "factcheck: " << e.what() << "\n";
    return kExitError;
  } catch (const std::exception& e) {
    std::cerr << "factcheck: internal error: " << e.what() << "\n";
    return kExitError;
  }
  return kExitError;
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) {
  ::signal(SIGPIPE, SIG_IGN);
  const int code = factcheck::Main(argc, argv);
  std::cout.flush();
  std::cerr.flush();
  // Plugin calls abandoned at their deadline may still run on detached
  // threads; end without running static destructors under them.
  std::_Exit(code);
}
