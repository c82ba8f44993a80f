#include "bench/pipeline_stages.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <variant>

#include "document/document_loader.h"
#include "document/file_batch.h"
#include "factcheck/error.h"
#include "report/report_writer.h"
#include "report/summary.h"
#include "run/file_check.h"
#include "run/inputs.h"
#include "run/session.h"

namespace factcheck::bench {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

SessionOptions SessionFor(const Corpus& corpus, const StageOptions& options) {
  return {.config_path = options.config_path,
          .first_input = corpus.files.empty() ? "." : corpus.files.front().path,
          .as_of = options.as_of,
          .jobs = 1};
}

// Calls every plugin on one built document, adding each one's time.
void CheckWithPlugins(FileCheck& check, Session& session, StageTimes& times) {
  std::vector<ActivePlugin>& plugins = session.plugins();
  for (std::size_t p = 0; p < plugins.size() && !check.done; ++p) {
    v1::CheckResponse response;
    auto start = Clock::now();
    grpc::Status status = plugins[p].client->Check(check.request, &response, plugins[p].timeout);
    times.plugins[p].seconds += SecondsSince(start);
    times.plugins[p].findings += static_cast<std::size_t>(response.findings_size());
    start = Clock::now();
    AddPluginFindings(check, plugins[p], status, &response);
    times.accept_seconds += SecondsSince(start);
  }
}

double WriteJson(const v1::Report& report, Session& session, ReportContext context) {
  const auto start = Clock::now();
  v1::Report summarized = report;
  Summarize(&summarized);
  context.plugins = session.plugin_infos();
  context.fail_on = session.run_options().fail_on;
  std::ofstream null_output("/dev/null");
  FindReportFormat("json")->make()->Write(summarized, context, null_output);
  return SecondsSince(start);
}

}  // namespace

Corpus ReadCorpus(const std::vector<std::string>& paths) {
  Corpus corpus;
  const auto start = Clock::now();
  // In batches, as a run reads them.
  FileBatchReader reader;
  bool listed_regular = false;
  const FileList files = ExpandInputs(paths, nullptr, &listed_regular);
  for (std::size_t first = 0; first < files.size(); first += FileBatchReader::kMaxBatch) {
    const std::size_t end = std::min(files.size(), first + FileBatchReader::kMaxBatch);
    std::vector<std::string> batch;
    for (std::size_t k = first; k < end; ++k) batch.emplace_back(files[k]);
    std::vector<ReadOutcome> read = reader.Read(batch, std::size_t{1} << 30, listed_regular);
    for (std::size_t k = 0; k < batch.size(); ++k) {
      if (!read[k].text) throw Error(read[k].error);
      corpus.bytes += read[k].text->size();
      corpus.files.push_back({batch[k], std::move(*read[k].text)});
    }
  }
  corpus.read_seconds = SecondsSince(start);
  return corpus;
}

StageTimes TimeStages(const Corpus& corpus, const StageOptions& options) {
  StageTimes times;
  times.read_seconds = corpus.read_seconds;
  auto start = Clock::now();
  Session session(SessionFor(corpus, options));
  times.startup_seconds = SecondsSince(start);
  for (const ActivePlugin& plugin : session.plugins()) times.plugins.push_back({plugin.name});

  v1::Report report;
  ReportContext context;
  for (const Article& article : corpus.files) {
    start = Clock::now();
    FileCheck check = LoadText(article.path, article.text, session.run_options());
    times.document_seconds += SecondsSince(start);
    CheckWithPlugins(check, session, times);
    start = Clock::now();
    SourceText source;
    FinishFile(check, session.run_options(), &source);
    times.finish_seconds += SecondsSince(start);
    if (!source.text.empty()) context.sources[article.path] = std::move(source);
    *report.add_files() = std::move(check.report);
  }
  times.report_seconds = WriteJson(report, session, std::move(context));
  times.peak_rss_kb = PeakRssKb();
  return times;
}

void PrintStages(const StageTimes& times, std::uint64_t bytes) {
  double total = times.startup_seconds + times.read_seconds + times.document_seconds +
                 times.accept_seconds + times.finish_seconds + times.report_seconds;
  for (const PluginTime& plugin : times.plugins) total += plugin.seconds;
  const double mb = static_cast<double>(bytes) / 1e6;
  const auto row = [&](const std::string& stage, double seconds, const std::string& extra = "") {
    std::printf("  %-28s %9.3f %6.1f%% %10.1f %s\n", stage.c_str(), seconds, 100 * seconds / total,
                seconds > 0 ? mb / seconds : 0.0, extra.c_str());
  };
  std::printf("\nstages on one thread, in this process\n");
  std::printf("  %-28s %9s %7s %10s\n", "stage", "s", "share", "MB/s");
  row("start-up (config, plugins)", times.startup_seconds);
  row("read", times.read_seconds);
  row("document", times.document_seconds);
  for (const PluginTime& plugin : times.plugins) {
    row("plugin " + plugin.name, plugin.seconds, std::to_string(plugin.findings) + " findings");
  }
  row("accept findings", times.accept_seconds);
  row("finish (suppress, ledger)", times.finish_seconds);
  row("report (JSON)", times.report_seconds);
  row("total", total);
  std::printf(
      "  peak RSS %.1f MB (every text and the whole report held, to time each stage apart;"
      " check holds the files under way)\n",
      times.peak_rss_kb / 1024.0);
}

OutOfProcessTimes TimeOutOfProcess(const Corpus& corpus, const StageOptions& options,
                                   const std::string& factcheck, std::size_t articles) {
  const SessionOptions session_options = SessionFor(corpus, options);
  Session in_process(session_options);
  // The same plugins, each behind its own `factcheck serve-plugin` process.
  Config config = in_process.config();
  std::vector<std::size_t> moved;  // Indexes of the plugins that were libraries.
  for (std::size_t p = 0; p < config.plugins.size(); ++p) {
    const auto* library = std::get_if<LibraryTransport>(&in_process.plugins()[p].transport);
    if (library == nullptr) continue;
    config.plugins[p].transport =
        CommandTransport{{factcheck, "serve-plugin", "--library", library->library}};
    moved.push_back(p);
  }
  Session out_of_process(std::move(config), session_options);

  OutOfProcessTimes times;
  std::vector<std::shared_ptr<const v1::CheckRequest>> requests;
  for (const Article& article : corpus.files) {
    if (requests.size() == articles) break;
    FileCheck check = LoadText(article.path, article.text, in_process.run_options());
    if (check.request) requests.push_back(check.request);
  }
  times.articles = requests.size();
  const auto per_article = [&](ActivePlugin& plugin) {
    const auto start = Clock::now();
    for (const auto& request : requests) {
      v1::CheckResponse response;
      plugin.client->Check(request, &response, plugin.timeout);
    }
    return SecondsSince(start) * 1000 / std::max<std::size_t>(1, requests.size());
  };
  for (std::size_t p : moved) {
    TransportCost cost{in_process.plugins()[p].name};
    cost.in_process_ms = per_article(in_process.plugins()[p]);
    cost.out_of_process_ms = per_article(out_of_process.plugins()[p]);
    times.plugins.push_back(cost);
  }
  return times;
}

void PrintOutOfProcess(const OutOfProcessTimes& times) {
  std::printf("\nin process and out of process (serve-plugin over a unix socket), %zu articles\n",
              times.articles);
  std::printf("  %-20s %14s %14s %14s\n", "plugin", "in ms/article", "out ms/article",
              "overhead ms");
  for (const TransportCost& cost : times.plugins) {
    std::printf("  %-20s %14.3f %14.3f %14.3f\n", cost.name.c_str(), cost.in_process_ms,
                cost.out_of_process_ms, cost.out_of_process_ms - cost.in_process_ms);
  }
}

}  // namespace factcheck::bench
