// `factcheck check`: checks articles and writes the report.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <optional>

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
  std::string cache;
  std::vector<std::string> paths;
};

// The articles to check: the paths expanded, narrowed to what git reports
// changed when asked (none is a normal outcome, not an error).
std::vector<std::string> ArticlesToCheck(const CheckArgs& args) {
  std::vector<std::string> files = ExpandInputs(args.paths);
  if (files.empty()) throw Error("no articles (.md, .markdown, .txt) found in the given paths");
  if (!args.changed_since.empty()) files = KeepChanged(files, ChangedSince(args.changed_since));
  return files;
}

int RunCheck(const CheckArgs& args) {
  Session session({.config_path = args.config,
                   .first_input = args.paths.empty() ? "" : args.paths.front(),
                   .as_of = args.as_of,
                   .jobs = args.jobs});
  std::optional<ResultCache> cache;
  if (!args.cache.empty()) {
    cache.emplace(args.cache, RunKey(session.config(), session.plugins(), session.CacheSettings()));
  }
  CheckResult result = session.Check(ArticlesToCheck(args), cache ? &*cache : nullptr);

  ReportContext context;
  context.sources = std::move(result.sources);
  context.plugins = session.plugin_infos();
  context.fail_on = args.fail_on.empty() ? session.config().fail_on : *ParseFailOn(args.fail_on);
  context.show_supported = args.show_supported;
  context.color = ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
  context.tool_version = FACTCHECK_VERSION;
  FindReportFormat(args.format)->make()->Write(result.report, context, std::cout);
  std::cout.flush();
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
  check->add_option("--changed-since", args->changed_since,
                    "Check only articles git reports added, modified or renamed since REF");
  check->add_flag("--show-supported", args->show_supported,
                  "Also show SUPPORTED findings in the text report");
  check->add_option("paths", args->paths, "Files, folders, or - for stdin")->required();
  check->callback([action, args] { *action = [args] { return RunCheck(*args); }; });
}

}  // namespace factcheck
