// `factcheck check`: checks articles and writes the report.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
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
// or its reference data changed, which sets `everything`. `listed_regular`:
// as ExpandInputs says.
FileList ArticlesToCheck(const CheckArgs& args, const Config& config, bool* everything,
                         std::vector<InputProblem>* problems, bool* listed_regular) {
  FileList files = ExpandInputs(args.paths, problems, listed_regular);
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

// A report that did not reach its reader (a full disk, a closed pipe) is a
// failed run, whatever it said.
void ThrowIfUnwritten(const std::ostream& out) {
  if (!out) {
    throw Error("cannot write the report to standard output: " + std::string(std::strerror(errno)));
  }
}

// The report as the run hands on its files: the inputs that could not be
// looked at merged in by path, findings on lines a change did not touch
// left out (--changed-lines), the summary and exit code counted as it goes.
// A report its reader no longer takes stops the run.
class ReportOutput {
 public:
  ReportOutput(ReportStream* stream, const std::ostream& out,
               const std::vector<InputProblem>& problems, const ChangedLines* changed,
               FailOn fail_on)
      : stream_(*stream), out_(out), changed_(changed), fail_on_(fail_on) {
    for (const InputProblem& problem : problems) {
      v1::FileReport& file = problems_.emplace_back();
      file.set_path(EscapeInvalidUtf8(problem.path));
      file.add_errors()->set_message(EscapeInvalidUtf8(problem.path + ": " + problem.message));
    }
    std::stable_sort(
        problems_.begin(), problems_.end(),
        [](const v1::FileReport& a, const v1::FileReport& b) { return a.path() < b.path(); });
  }

  void File(v1::FileReport& file, const SourceText& source) {
    while (next_problem_ < problems_.size() && problems_[next_problem_].path() < file.path()) {
      Write(problems_[next_problem_++], kNoSource);
    }
    if (changed_ != nullptr) {
      auto* findings = file.mutable_findings();
      findings->erase(std::remove_if(findings->begin(), findings->end(),
                                     [&](const v1::Finding& f) {
                                       return !changed_->Touches(file.path(), f.line(),
                                                                 f.end_line());
                                     }),
                      findings->end());
    }
    Write(file, source);
  }

  // Ends the report; returns the run's exit code.
  int End() {
    while (next_problem_ < problems_.size()) Write(problems_[next_problem_++], kNoSource);
    stream_.End(&summary_);
    return ExitCode(summary_, fails_);
  }

 private:
  void Write(const v1::FileReport& file, const SourceText& source) {
    CountFile(file, &summary_);
    fails_ = fails_ || FileFailsRun(file, fail_on_);
    stream_.File(file, source);
    ThrowIfUnwritten(out_);
  }

  static inline const SourceText kNoSource;
  ReportStream& stream_;
  const std::ostream& out_;
  const ChangedLines* changed_;
  const FailOn fail_on_;
  std::vector<v1::FileReport> problems_;  // By path.
  std::size_t next_problem_ = 0;
  v1::Summary summary_;
  bool fails_ = false;
};

int RunCheck(const CheckArgs& args) {
  WatchInterrupts();  // Before the session starts any thread.
  // A report going to a file or a pipe is written 64 KB at a time (stdio's
  // 4 KB made a system call every dozen articles); a terminal keeps its lines.
  static char report_buffer[1 << 16];
  const bool terminal = ::isatty(STDOUT_FILENO);
  if (!terminal) std::setvbuf(stdout, report_buffer, _IOFBF, sizeof report_buffer);
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
  bool listed_regular = false;
  const auto files =
      ArticlesToCheck(args, session.config(), &everything, &problems, &listed_regular);
  std::optional<ChangedLines> changed;
  if (!args.changed_lines.empty() && !everything) changed = ChangedLinesSince(args.changed_lines);

  ReportContext context;
  context.plugins = session.plugin_infos();
  context.fail_on = session.run_options().fail_on;
  context.show_supported = args.show_supported;
  context.color = terminal && std::getenv("NO_COLOR") == nullptr;
  context.tool_version = FACTCHECK_VERSION;
  const std::unique_ptr<ReportWriter> writer = FindReportFormat(args.format)->make();
  const std::unique_ptr<ReportStream> stream = writer->Stream(context, std::cout);
  ReportOutput output(stream.get(), std::cout, problems, changed ? &*changed : nullptr,
                      context.fail_on);
  session.CheckInto(
      files,
      {.cache = cache ? &*cache : nullptr,
       .keep_sources = writer->ShowsText(),
       .files_listed_regular = listed_regular},
      [&output](v1::FileReport&& file, SourceText&& source) { output.File(file, source); });
  if (InterruptSignal() != 0) {
    // A format written as the run goes has its first files out already.
    std::cerr << "factcheck: stopped before the end of the run; the report is incomplete\n";
    return InterruptExitCode();
  }
  const int exit_code = output.End();
  std::cout.flush();
  ThrowIfUnwritten(std::cout);
  return exit_code;
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
