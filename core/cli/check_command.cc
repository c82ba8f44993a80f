// `factcheck check`: checks articles and writes the report.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <optional>

#include "base/interrupt.h"
#include "base/utf8.h"
#include "commands.h"
#include "factcheck/error.h"
#include "report/report_writer.h"
#include "report/summary.h"
#include "run/changed_files.h"
#include "run/inputs.h"
#include "run/result_cache.h"
#include "run/session.h"

namespace factcheck {
namespace {

struct CheckArgs {
  std::string config;
  std::string as_of;
  std::string format = "text";
  std::string fail_on;
  unsigned jobs = 0;
  bool show_supported = false;
  std::string changed_since;
  std::string changed_lines;
  std::string stdin_path;
  std::string cache;
  bool trust_config = false;
  std::vector<std::string> paths;
};

// Where configuration discovery starts: the first path, or for standard
// input the path it stands for (--stdin-path), else the current folder.
std::string FirstInput(const CheckArgs& args) {
  if (args.paths.empty()) return ".";
  if (args.paths.front() != "-") return args.paths.front();
  return args.stdin_path.empty() ? "." : args.stdin_path;
}

// Whether the configuration or a file it names (reference data) changed
// since `revision`: then every verdict may have changed.
bool ConfigurationChanged(const Config& config, const std::vector<std::string>& changed) {
  for (const std::string& file : FilesNamedBy(config)) {
    if (std::find(changed.begin(), changed.end(), NormalPath(file)) != changed.end()) return true;
  }
  return false;
}

// The articles to check. With --changed-since or --changed-lines: only those
// git reports touched (none is a normal outcome), unless the configuration
// or its reference data changed, which sets `everything`.
std::vector<std::string> ArticlesToCheck(const CheckArgs& args, const Config& config,
                                         bool* everything, std::vector<InputProblem>* problems) {
  std::vector<std::string> files = ExpandInputs(args.paths, problems);
  if (files.empty() && problems->empty()) {
    throw Error("no articles (.md, .markdown, .txt) found in the given paths");
  }
  const std::string& revision =
      args.changed_lines.empty() ? args.changed_since : args.changed_lines;
  if (revision.empty()) return files;
  const std::vector<std::string> changed = ChangedSince(revision);
  *everything = ConfigurationChanged(config, changed);
  if (*everything) {
    std::cerr << "factcheck: note: the configuration or its reference data changed since "
              << revision << ": checking every article\n";
    return files;
  }
  return KeepChanged(files, changed);
}

// What could not be looked at under the folders: an error each, in path order.
void AddInputProblems(const std::vector<InputProblem>& problems, v1::Report* report) {
  if (problems.empty()) return;
  for (const InputProblem& problem : problems) {
    v1::FileReport* file = report->add_files();
    file->set_path(EscapeInvalidUtf8(problem.path));
    file->add_errors()->set_message(EscapeInvalidUtf8(problem.path + ": " + problem.message));
  }
  std::sort(report->mutable_files()->begin(), report->mutable_files()->end(),
            [](const v1::FileReport& a, const v1::FileReport& b) { return a.path() < b.path(); });
  Summarize(report);
}

// --changed-lines: leaves out the findings on lines the change did not touch.
void KeepChangedLines(const std::string& revision, v1::Report* report) {
  const ChangedLines changed = ChangedLinesSince(revision);
  for (v1::FileReport& file : *report->mutable_files()) {
    auto* findings = file.mutable_findings();
    findings->erase(std::remove_if(findings->begin(), findings->end(),
                                   [&](const v1::Finding& f) {
                                     return !changed.Touches(file.path(), f.line(), f.end_line());
                                   }),
                    findings->end());
  }
  Summarize(report);
}

int RunCheck(const CheckArgs& args) {
  WatchInterrupts();  // Before the session starts any thread.
  Session session({.config_path = args.config,
                   .first_input = FirstInput(args),
                   .as_of = args.as_of,
                   .fail_on = args.fail_on,
                   .jobs = args.jobs,
                   .stdin_path = args.stdin_path,
                   .trust_config = args.trust_config});
  if (!session.config().plugins_from.empty()) {
    std::cerr << "factcheck: note: " << session.config().path
              << " lists no plugins: running the bundled ones\n";
  }
  std::optional<ResultCache> cache;
  if (!args.cache.empty()) {
    cache.emplace(args.cache, RunKey(session.config(), session.plugins(), session.CacheSettings()));
  }
  bool everything = false;
  std::vector<InputProblem> problems;
  const auto files = ArticlesToCheck(args, session.config(), &everything, &problems);
  CheckResult result = session.Check(files, cache ? &*cache : nullptr);
  if (InterruptSignal() != 0) {
    std::cerr << "factcheck: stopped before the end of the run; no report written\n";
    return InterruptExitCode();
  }
  AddInputProblems(problems, &result.report);
  if (!args.changed_lines.empty() && !everything) {
    KeepChangedLines(args.changed_lines, &result.report);
  }

  ReportContext context;
  context.sources = std::move(result.sources);
  context.plugins = session.plugin_infos();
  context.fail_on = session.run_options().fail_on;
  context.show_supported = args.show_supported;
  context.color = ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
  context.tool_version = FACTCHECK_VERSION;
  FindReportFormat(args.format)->make()->Write(result.report, context, std::cout);
  std::cout.flush();
  // A report that did not reach its reader (a full disk, a closed pipe) is a
  // failed run, whatever it said.
  if (!std::cout)
    throw Error("cannot write the report to standard output: " + std::string(std::strerror(errno)));
  return ExitCodeFor(result.report, context.fail_on);
}

}  // namespace

void AddCheckCommand(CLI::App& app, CommandAction* action) {
  auto args = std::make_shared<CheckArgs>();
  CLI::App* check = app.add_subcommand("check", "Check articles and report their claims");
  check->add_option("--config", args->config, "Configuration file")->check(CLI::ExistingFile);
  check->add_option("--as-of", args->as_of, "The date articles speak from, YYYY-MM-DD");
  check->add_option("--format", args->format, "Report format")
      ->check(CLI::IsMember(ReportFormatNames()));
  check->add_option("--fail-on", args->fail_on, "Lowest verdict that fails the run")
      ->check(CLI::IsMember({"contradicted", "needs-verification", "supported", "never"}));
  check->add_option("-j,--jobs", args->jobs, "Files checked at once (default: cores)");
  check->add_option("--cache", args->cache,
                    "Keep reports in DIR; unchanged articles are not checked again");
  auto* since =
      check->add_option("--changed-since", args->changed_since,
                        "Check only articles git reports added, modified or renamed since REF");
  check
      ->add_option("--changed-lines", args->changed_lines,
                   "Like --changed-since, and report only findings on lines added or "
                   "modified since REF")
      ->excludes(since);
  check->add_option("--stdin-path", args->stdin_path,
                    "The path the text on standard input stands for: its name in the report, "
                    "its format, where the configuration is found");
  check->add_flag("--trust-config", args->trust_config,
                  "Let a .factcheck.yaml found next to the articles run programs and plugins "
                  "(see docs/security.md)");
  check->add_flag("--show-supported", args->show_supported,
                  "Also show SUPPORTED findings (text, GitHub and SARIF)");
  check->add_option("paths", args->paths, "Files, folders, or - for stdin")->required();
  check->callback([action, args] { *action = [args] { return RunCheck(*args); }; });
}

}  // namespace factcheck
