#include "run/runner.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <tuple>

#include "base/utf8.h"
#include "factcheck/error.h"
#include "run/ledger.h"
#include "run/result_cache.h"
#include "run/suppressions.h"

namespace factcheck {
namespace {

void AddError(v1::FileReport* report, const std::string& checker, const std::string& message,
              unsigned line = 0, unsigned column = 0) {
  v1::FileError* error = report->add_errors();
  error->set_checker(checker);
  error->set_message(message);
  error->set_line(line);
  error->set_column(column);
}

// Calls around each plugin call, so that the run's watchdog knows what every
// worker is waiting for. `Finished` returns true when the watchdog gave up on
// this worker while it waited: the worker must then stop at once.
class CallWatch {
 public:
  virtual ~CallWatch() = default;
  virtual void Starting(std::size_t plugin, std::chrono::milliseconds timeout) = 0;
  virtual bool Finished() = 0;
};

// Checks one file with every plugin but those in `skip` (plugins that missed
// their deadline on it before). Returns nullopt when the watchdog abandoned
// the call in progress.
std::optional<v1::FileReport> CheckFile(const std::string& path, std::vector<ActivePlugin>& plugins,
                                        const RunOptions& options,
                                        const std::set<std::size_t>& skip, CallWatch* watch,
                                        std::string* source) {
  v1::FileReport report;
  report.set_path(path == "-" ? "<stdin>" : path);
  auto request = std::make_shared<v1::CheckRequest>();
  std::string text;
  try {
    text = ReadInput(path, options.document.max_file_bytes);
  } catch (const Error& e) {
    AddError(&report, "", e.what());
    return report;
  }
  if (options.cache != nullptr) {
    if (auto cached = options.cache->Get(report.path(), text)) {
      if (!cached->findings().empty()) *source = text;
      return *cached;
    }
  }
  const std::string cache_copy = options.cache != nullptr ? text : std::string();
  try {
    LoadedDocument loaded = BuildDocument(report.path(), std::move(text), options.document);
    report.set_as_of(loaded.document.as_of());
    report.set_as_of_source(AsOfSourceName(loaded.as_of_source));
    *request->mutable_document() = std::move(loaded.document);
  } catch (const LocatedError& e) {
    AddError(&report, "", e.what(), e.line(), e.column());
    return report;
  } catch (const Error& e) {
    AddError(&report, "", e.what());
    return report;
  }

  const v1::Document& document = request->document();
  LineIndex lines(document.text());
  std::vector<Suppression> suppressions;
  try {
    suppressions = ParseSuppressions(report.path(), document);
  } catch (const LocatedError& e) {
    AddError(&report, "", e.what(), e.line(), e.column());
  }
  std::shared_ptr<const v1::CheckRequest> shared = request;
  for (std::size_t p = 0; p < plugins.size(); ++p) {
    if (skip.count(p)) continue;
    ActivePlugin& plugin = plugins[p];
    v1::CheckResponse response;
    watch->Starting(p, plugin.timeout);
    grpc::Status status = plugin.client->Check(shared, &response, plugin.timeout);
    if (watch->Finished()) return std::nullopt;  // `plugins` may be gone by now.
    if (!status.ok()) {
      AddError(&report, plugin.name,
               "plugin '" + plugin.name + "' failed on " + report.path() + ": " +
                   DescribeStatus(status));
      continue;
    }
    std::string problem = AcceptFindings(plugin, document, lines, response.mutable_findings());
    if (!problem.empty()) {
      AddError(&report, plugin.name,
               "plugin '" + plugin.name + "' returned a bad finding for " + report.path() + ": " +
                   problem + "; its findings were dropped");
      continue;
    }
    for (auto& finding : *response.mutable_findings()) {
      if (IsSuppressed(suppressions, finding)) {
        report.set_suppressed(report.suppressed() + 1);
        continue;
      }
      if (options.ledger != nullptr) {
        if (const LedgerEntry* entry = options.ledger->Find(document, finding)) {
          auto* verified = finding.mutable_verified();
          verified->set_by(entry->by);
          verified->set_note(entry->note);
          verified->set_date(entry->date);
        }
      }
      *report.add_findings() = std::move(finding);
    }
  }
  if (!report.findings().empty()) *source = document.text();
  std::sort(report.mutable_findings()->begin(), report.mutable_findings()->end(),
            [](const v1::Finding& a, const v1::Finding& b) {
              return std::forward_as_tuple(a.span().begin(), a.span().end(), a.checker(), a.rule(),
                                           a.message()) <
                     std::forward_as_tuple(b.span().begin(), b.span().end(), b.checker(), b.rule(),
                                           b.message());
            });
  // Reports with errors (a plugin that failed this time) are not kept.
  if (options.cache != nullptr && report.errors().empty()) {
    options.cache->Put(report.path(), cache_copy, report);
  }
  return report;
}

// Workers take files from a queue; the thread that started the run watches
// them. A worker stuck in a plugin call past its deadline (an in-process
// plugin that never returns; gRPC calls end at their deadline by themselves)
// is abandoned: its file gets a DEADLINE_EXCEEDED error for that plugin and
// goes back to the queue without it, and a new worker takes its place. An
// abandoned worker is detached; everything it may still touch is in the
// shared state below.
class Run : public std::enable_shared_from_this<Run> {
 public:
  using Clock = std::chrono::steady_clock;
  // Added to a plugin's own deadline before the watchdog steps in, so that
  // transports that enforce deadlines themselves report their own errors.
  static constexpr std::chrono::milliseconds kGrace{250};

  Run(const std::vector<std::string>& files, std::vector<ActivePlugin>& plugins,
      const RunOptions& options)
      : files_(files),
        plugins_(plugins),
        options_(options),
        results_(files.size()),
        sources_(files.size()),
        skipped_(files.size()),
        late_(files.size()) {
    for (std::size_t i = 0; i < files.size(); ++i) queue_.push_back(i);
  }

  void Execute() {
    const std::size_t threads = std::max<std::size_t>(1, std::min(options_.jobs, files_.size()));
    std::unique_lock lock(mutex_);
    for (std::size_t t = 0; t < threads; ++t) StartWorker();
    while (done_ < files_.size()) {
      changed_.wait_for(lock, std::chrono::milliseconds(50));
      const auto now = Clock::now();
      for (std::size_t w = 0; w < workers_.size(); ++w) {
        Worker& worker = *workers_[w];
        if (worker.abandoned || !worker.busy || now < worker.deadline) continue;
        worker.abandoned = true;
        const ActivePlugin& plugin = plugins_[worker.plugin];
        skipped_[worker.file].insert(worker.plugin);
        late_[worker.file].push_back(
            {plugin.name, "plugin '" + plugin.name + "' failed on " + Shown(worker.file) +
                              ": DEADLINE_EXCEEDED: no answer within " +
                              std::to_string(plugin.timeout.count()) + " ms (timeout_ms)"});
        queue_.push_front(worker.file);
        threads_[w].detach();
        StartWorker();
      }
    }
    lock.unlock();
    for (std::size_t w = 0; w < threads_.size(); ++w) {
      if (threads_[w].joinable()) threads_[w].join();
    }
  }

  std::vector<v1::FileReport>& results() { return results_; }
  std::vector<std::string>& sources() { return sources_; }

 private:
  struct Worker {
    bool busy = false;
    bool abandoned = false;
    std::size_t file = 0;
    std::size_t plugin = 0;
    Clock::time_point deadline;
  };

  class Watch final : public CallWatch {
   public:
    Watch(Run* run, Worker* worker, std::size_t file) : run_(run), worker_(worker), file_(file) {}
    void Starting(std::size_t plugin, std::chrono::milliseconds timeout) override {
      std::lock_guard lock(run_->mutex_);
      worker_->busy = true;
      worker_->file = file_;
      worker_->plugin = plugin;
      worker_->deadline = Clock::now() + timeout + kGrace;
    }
    bool Finished() override {
      std::lock_guard lock(run_->mutex_);
      worker_->busy = false;
      return worker_->abandoned;
    }

   private:
    Run* run_;
    Worker* worker_;
    std::size_t file_;
  };

  std::string Shown(std::size_t file) const {
    return files_[file] == "-" ? "<stdin>" : files_[file];
  }

  // Called with mutex_ held.
  void StartWorker() {
    workers_.push_back(std::make_unique<Worker>());
    threads_.emplace_back(
        [self = shared_from_this(), worker = workers_.back().get()] { self->Work(worker); });
  }

  void Work(Worker* worker) {
    for (;;) {
      std::size_t file;
      std::set<std::size_t> skip;
      {
        std::lock_guard lock(mutex_);
        if (queue_.empty()) return;
        file = queue_.front();
        queue_.pop_front();
        skip = skipped_[file];
      }
      Watch watch(this, worker, file);
      std::string source;
      auto report = CheckFile(files_[file], plugins_, options_, skip, &watch, &source);
      if (!report) return;  // Abandoned: the watchdog has requeued the file.
      std::lock_guard lock(mutex_);
      for (const auto& [checker, message] : late_[file]) AddError(&*report, checker, message);
      results_[file] = std::move(*report);
      sources_[file] = std::move(source);
      // The watchdog polls; it only needs waking for the end of the run.
      if (++done_ == files_.size()) changed_.notify_all();
    }
  }

  // The caller's objects: valid until Execute returns; an abandoned worker
  // does not touch them after its plugin call comes back.
  const std::vector<std::string>& files_;
  std::vector<ActivePlugin>& plugins_;
  const RunOptions& options_;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::size_t> queue_;
  std::vector<v1::FileReport> results_;
  std::vector<std::string> sources_;
  std::vector<std::set<std::size_t>> skipped_;
  std::vector<std::vector<std::pair<std::string, std::string>>> late_;
  std::size_t done_ = 0;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<std::thread> threads_;
};

}  // namespace

std::string AcceptFindings(const ActivePlugin& plugin, const v1::Document& document,
                           const LineIndex& lines,
                           google::protobuf::RepeatedPtrField<v1::Finding>* findings) {
  const std::string& text = document.text();
  for (const v1::Finding& finding : *findings) {
    const auto begin = finding.span().begin();
    const auto end = finding.span().end();
    const std::string where = "finding [" + std::to_string(begin) + ", " + std::to_string(end) +
                              ") of rule '" + finding.rule() + "'";
    if (begin > end || end > text.size()) {
      return where + " has a span outside the document (" + std::to_string(text.size()) + " bytes)";
    }
    if (!IsCodePointBoundary(text, begin) || !IsCodePointBoundary(text, end)) {
      return where + " has a span that splits a UTF-8 character";
    }
    if (!plugin.rule_ids.count(finding.rule())) {
      return where + " names a rule the plugin did not describe";
    }
    if (finding.verdict() == v1::VERDICT_UNSPECIFIED || !v1::Verdict_IsValid(finding.verdict())) {
      return where + " has no valid verdict";
    }
  }
  for (v1::Finding& finding : *findings) {
    finding.set_checker(plugin.name);
    const auto start = lines.At(finding.span().begin());
    const auto stop = lines.At(finding.span().end());
    finding.set_line(start.line);
    finding.set_column(start.column);
    finding.set_end_line(stop.line);
    finding.set_end_column(stop.column);
  }
  return {};
}

CheckResult CheckFiles(const std::vector<std::string>& files, std::vector<ActivePlugin>& plugins,
                       const RunOptions& options) {
  CheckResult result;
  v1::Report& report = result.report;
  auto run = std::make_shared<Run>(files, plugins, options);
  run->Execute();
  std::vector<v1::FileReport>& results = run->results();
  std::vector<std::string>& sources = run->sources();
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!sources[i].empty()) result.sources[results[i].path()] = std::move(sources[i]);
  }
  std::sort(results.begin(), results.end(),
            [](const v1::FileReport& a, const v1::FileReport& b) { return a.path() < b.path(); });
  v1::Summary* summary = report.mutable_summary();
  for (auto& file : results) {
    summary->set_files(summary->files() + 1);
    summary->set_errors(summary->errors() + file.errors_size());
    summary->set_suppressed(summary->suppressed() + file.suppressed());
    for (const auto& finding : file.findings()) {
      summary->set_claims(summary->claims() + 1);
      if (finding.has_verified()) summary->set_verified(summary->verified() + 1);
      switch (finding.verdict()) {
        case v1::VERDICT_CONTRADICTED:
          summary->set_contradicted(summary->contradicted() + 1);
          break;
        case v1::VERDICT_NEEDS_VERIFICATION:
          summary->set_needs_verification(summary->needs_verification() + 1);
          break;
        case v1::VERDICT_SUPPORTED:
          summary->set_supported(summary->supported() + 1);
          break;
        default:
          break;
      }
    }
    *report.add_files() = std::move(file);
  }
  return result;
}

}  // namespace factcheck
