#include "run/runner.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <tuple>

#include "base/coarse_clock.h"
#include "base/interrupt.h"
#include "base/utf8.h"
#include "host/call_policy.h"
#include "report/summary.h"
#include "run/file_check.h"

namespace factcheck {
namespace {

// How long plugin calls under way may still answer after Ctrl-C or SIGTERM.
constexpr std::chrono::seconds kInterruptGrace{1};

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
// their deadline on it before) into `report`, cleared (its storage is
// reused), and `source`. Returns false when the watchdog abandoned the call
// in progress.
bool CheckFile(const std::string& path, ReadOutcome read, std::vector<ActivePlugin>& plugins,
               const RunOptions& options, const std::set<std::size_t>& skip, CallWatch* watch,
               v1::FileReport* report, SourceText* source) {
  FileCheck check = LoadFile(path, std::move(read), options, report);
  for (std::size_t p = 0; p < plugins.size() && !check.done; ++p) {
    if (skip.count(p)) continue;
    ActivePlugin& plugin = plugins[p];
    v1::CheckResponse response;
    watch->Starting(p, plugin.timeout);
    const grpc::Status status = plugin.client->Check(check.request, &response, plugin.timeout);
    if (watch->Finished()) return false;  // `plugins` may be gone by now.
    AddPluginFindings(check, plugin, status, &response);
  }
  FinishFile(check, options, source);
  report->Swap(&check.report);
  return true;
}

// Workers take files from a queue in the report's order, a batch at a time
// (read together, see FileBatchReader), and hand each report on when its
// turn comes; the thread that started the run watches them. A worker
// stuck in a plugin call past its deadline (an in-process plugin that never
// returns; gRPC calls end at their deadline by themselves) is abandoned: its
// file gets a DEADLINE_EXCEEDED error for that plugin and goes back to the
// queue without it, with the files of its batch not yet begun and those of
// the batch it holds read ahead, and a new worker takes its place. An
// abandoned worker is detached; everything it may still touch is in the
// shared state below.
class Run : public std::enable_shared_from_this<Run> {
 public:
  // Read at every plugin call: the coarse clock (its tick is far below
  // any timeout).
  using Clock = CoarseClock;

  Run(const FileList& files, std::vector<ActivePlugin>& plugins, const RunOptions& options,
      const FileReportSink& sink)
      : files_(files), plugins_(plugins), options_(options), sink_(sink) {
    // Checked in the report's order, so that reports are handed on soon
    // after they are made: by path as the report shows it (a folder's files
    // are listed in that order already).
    // A path of well-formed UTF-8 is shown as it is (as a listing's are):
    // the paths are copied for their order only when one is not.
    const bool shown_as_listed = std::all_of(files.begin(), files.end(), [](std::string_view file) {
      return file != "-" && !FindUtf8Problem(file);
    });
    std::vector<std::string> copies;
    if (!shown_as_listed) {
      copies.reserve(files.size());
      for (std::size_t i = 0; i < files.size(); ++i) copies.push_back(Shown(i));
    }
    const auto shown = [&](std::size_t i) {
      return shown_as_listed ? files[i] : std::string_view(copies[i]);
    };
    bool in_order = true;
    for (std::size_t i = 1; i < files.size() && in_order; ++i) in_order = shown(i - 1) <= shown(i);
    // Files in order, as most runs' are, need no list of their places.
    if (!in_order) {
      order_.resize(files.size());
      for (std::size_t i = 0; i < files.size(); ++i) order_[i] = i;
      std::stable_sort(order_.begin(), order_.end(),
                       [&](std::size_t a, std::size_t b) { return shown(a) < shown(b); });
      position_.resize(files.size());
      for (std::size_t p = 0; p < order_.size(); ++p) position_[order_[p]] = p;
    }
  }

  void Execute() {
    const std::size_t threads = std::max<std::size_t>(1, std::min(options_.jobs, files_.size()));
    std::unique_lock lock(mutex_);
    for (std::size_t t = 0; t < threads; ++t) StartWorker();
    while (done_ < files_.size() && !failure_) {
      changed_.wait_for(lock, std::chrono::milliseconds(50));
      if (InterruptSignal() != 0) {
        StopForInterrupt(lock);
        break;
      }
      const auto now = Clock::now();
      for (std::size_t w = 0; w < workers_.size(); ++w) {
        Worker& worker = *workers_[w];
        // A worker given up on before is never busy again.
        if (!worker.Abandon(now)) continue;
        // The worker is still in that call, and stops when it returns: its
        // file and plugin stay as they are.
        const ActivePlugin& plugin = plugins_[worker.plugin];
        skipped_[worker.file].insert(worker.plugin);
        late_[worker.file].push_back(
            {plugin.name, "plugin '" + plugin.name + "' failed on " + Shown(worker.file) + ": " +
                              DescribeStatus(DeadlineExceeded(plugin.timeout))});
        requeued_.insert(requeued_.begin(), worker.pending.begin(), worker.pending.end());
        requeued_.push_front(worker.file);
        worker.pending.clear();
        threads_[w].detach();
        StartWorker();
      }
    }
    lock.unlock();
    for (std::size_t w = 0; w < threads_.size(); ++w) {
      if (threads_[w].joinable()) threads_[w].join();
    }
  }

  // What the sink threw, if it did.
  std::exception_ptr failure() const { return failure_; }

 private:
  // A worker's plugin call under way, told to the watchdog without a lock
  // (a lock pair at each call's start and end was most of a file's locking):
  // the worker writes the call's file and plugin, then publishes its
  // deadline; the watchdog gives up on the call by swapping that deadline
  // for kAbandoned, which the worker reads when the call returns. Should
  // the call the watchdog read end and the next begin with the same
  // deadline, the swap gives up on that one, which is as late, and the
  // watchdog then reads its file and plugin.
  struct Worker {
    static constexpr Clock::rep kIdle = 0, kAbandoned = -1;  // Else a deadline (> 0).

    // The worker's side.
    void Starting(std::size_t file_index, std::size_t plugin_index, Clock::time_point until) {
      file = file_index;
      plugin = plugin_index;
      call.store(until.time_since_epoch().count(), std::memory_order_release);
    }
    // Whether the watchdog gave up on the call that just returned: the
    // worker then stops, and is never busy again.
    bool Finished() { return call.exchange(kIdle, std::memory_order_acq_rel) == kAbandoned; }
    // The watchdog's side, with the run's mutex held: gives up on the call
    // under way if it is past its deadline, and says whether it did. The
    // worker stays in that call until it returns.
    bool Abandon(Clock::time_point now) {
      Clock::rep deadline = call.load(std::memory_order_acquire);
      if (deadline <= kIdle || now.time_since_epoch().count() < deadline) return false;
      return call.compare_exchange_strong(deadline, kAbandoned, std::memory_order_acq_rel);
    }
    bool Calling() const { return call.load(std::memory_order_acquire) > kIdle; }

    // kIdle, kAbandoned, or the deadline of the call under way.
    std::atomic<Clock::rep> call{kIdle};
    std::size_t file = 0;  // The call's; read by the watchdog once it gave up.
    std::size_t plugin = 0;
    // Its batch's files not begun, then those of the next batch when it
    // holds one read ahead, in order; with the run's mutex held.
    std::deque<std::size_t> pending;
  };

  class Watch final : public CallWatch {
   public:
    Watch(Worker* worker, std::size_t file) : worker_(worker), file_(file) {}
    void Starting(std::size_t plugin, std::chrono::milliseconds timeout) override {
      worker_->Starting(file_, plugin, Clock::now() + timeout + kWatchdogGrace);
    }
    bool Finished() override { return worker_->Finished(); }

   private:
    Worker* worker_;
    std::size_t file_;
  };

  // As the report shows it (LoadFile): "-" by the run's name for it, and a
  // name that is not UTF-8 escaped, whether given as a path or by
  // --stdin-path.
  std::string Shown(std::size_t file) const {
    return EscapeInvalidUtf8(ShownPath(files_[file], options_));
  }

  // After Ctrl-C or SIGTERM: no file is started any more, and the plugin calls
  // under way get a moment to answer; a run still waiting on one after that
  // ends the process (plugins stopped, temporary files removed). Called with
  // mutex_ held.
  void StopForInterrupt(std::unique_lock<std::mutex>& lock) {
    StopTakingFiles();
    const auto give_up = Clock::now() + kInterruptGrace;
    auto calling = [this] {
      return std::any_of(workers_.begin(), workers_.end(),
                         [](const auto& w) { return w->Calling(); });
    };
    while (calling()) {
      if (Clock::now() >= give_up) ExitForInterrupt();
      changed_.wait_for(lock, std::chrono::milliseconds(10));
    }
  }

  // Empties the queue and every worker's batch, and wakes whoever waits on
  // them: no file is begun any more. Called with mutex_ held.
  void StopTakingFiles() {
    requeued_.clear();
    next_place_ = files_.size();
    for (auto& worker : workers_) worker->pending.clear();
    room_.notify_all();
    changed_.notify_all();
  }

  // Called with mutex_ held.
  void StartWorker() {
    workers_.push_back(std::make_unique<Worker>());
    threads_.emplace_back(
        [self = shared_from_this(), worker = workers_.back().get()] { self->Work(worker); });
  }

  // Takes the next batch off the queue onto the end of worker->pending (after
  // the files of its batch under way, if any) and returns it: as many files
  // as keep every worker busy, at most a reader's batch. Called with mutex_
  // held.
  std::vector<std::size_t> TakeBatch(Worker* worker) {
    const std::size_t waiting = Waiting();
    const std::size_t share = waiting / (2 * std::max<std::size_t>(1, options_.jobs));
    const std::size_t count =
        std::min(waiting, std::clamp<std::size_t>(share, 1, FileBatchReader::kMaxBatch));
    std::vector<std::size_t> batch;
    batch.reserve(count);
    while (batch.size() < count && !requeued_.empty()) {
      batch.push_back(requeued_.front());
      requeued_.pop_front();
    }
    while (batch.size() < count) {
      const std::size_t place = next_place_++;
      batch.push_back(order_.empty() ? place : order_[place]);
    }
    worker->pending.insert(worker->pending.end(), batch.begin(), batch.end());
    return batch;
  }

  // Whether a worker may take a batch: there is one, and the sink keeps up
  // (a reader slower than the run makes workers wait rather than pile up
  // reports it has not taken). Called with mutex_ held.
  bool MayTakeBatch() const {
    return Waiting() > 0 && (!handing_on_ || ready_count_ < options_.most_reports_waiting);
  }

  // How many files no worker has taken. Called with mutex_ held.
  std::size_t Waiting() const { return requeued_.size() + (files_.size() - next_place_); }

  // Reads and checks batch after batch. Files listed as regular files are
  // read a batch ahead: the next batch is taken, and its trip through the
  // kernel started (FileBatchReader::ReadAhead), before this one is
  // checked, so that files not in the page cache come from the disk while
  // the worker checks (a cold archive's run took twice as long waiting on
  // each batch).
  void Work(Worker* worker) {
    FileBatchReader reader;
    std::vector<std::size_t> batch;  // Taken, not yet read.
    std::vector<std::string> paths;  // Its files'.
    for (;;) {
      if (batch.empty()) {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [this] { return Waiting() == 0 || MayTakeBatch(); });
        if (Waiting() == 0) return;
        batch = TakeBatch(worker);
        paths = PathsOf(batch);
      } else {
        // A batch held ahead that the run has taken back (an interrupt, or
        // the watchdog) is not waited for.
        std::lock_guard lock(mutex_);
        if (worker->pending.empty() || worker->pending.front() != batch.front()) return;
      }
      std::vector<ReadOutcome> read =
          reader.Read(paths, options_.document.max_file_bytes, options_.files_listed_regular);
      std::vector<std::size_t> next;
      if (options_.files_listed_regular) {
        std::lock_guard lock(mutex_);
        if (MayTakeBatch()) next = TakeBatch(worker);
      }
      std::vector<std::string> next_paths = PathsOf(next);
      reader.ReadAhead(next_paths);
      for (std::size_t k = 0; k < batch.size(); ++k) {
        if (!CheckOne(worker, batch[k], paths[k], std::move(read[k]))) return;
        reader.Continue();
      }
      batch = std::move(next);
      paths = std::move(next_paths);
    }
  }

  std::vector<std::string> PathsOf(const std::vector<std::size_t>& batch) const {
    std::vector<std::string> paths;
    paths.reserve(batch.size());
    for (const std::size_t file : batch) paths.emplace_back(files_[file]);
    return paths;
  }

  // Checks `file` (at `path`) of the worker's batch unless the run has
  // stopped it (an interrupt empties the batch); false when the worker is to
  // stop.
  bool CheckOne(Worker* worker, std::size_t file, const std::string& path, ReadOutcome read) {
    std::set<std::size_t> skip;
    // Made in a report the sink is done with, and handed on as it is: a
    // report moved from object to object on its way to the sink cost each
    // file as much as its JSON, and a new one its allocations.
    std::unique_ptr<Checked> checked;
    {
      std::lock_guard lock(mutex_);
      if (worker->pending.empty() || worker->pending.front() != file) return false;
      worker->pending.pop_front();
      if (auto found = skipped_.find(file); found != skipped_.end()) skip = found->second;
      if (!spare_.empty()) {
        checked = std::move(spare_.back());
        spare_.pop_back();
      }
    }
    if (checked == nullptr) checked = std::make_unique<Checked>();
    Watch watch(worker, file);
    if (!CheckFile(path, std::move(read), plugins_, options_, skip, &watch, &checked->report,
                   &checked->source)) {
      return false;  // Abandoned: the watchdog has requeued the file and the batch.
    }
    {
      std::lock_guard lock(mutex_);
      if (auto late = late_.find(file); late != late_.end()) {
        for (const auto& [checker, message] : late->second) {
          AddFileError(&checked->report, checker, message);
        }
      }
      // Its place is at or after the next to hand on, whose report has not
      // come.
      const std::size_t place = position_.empty() ? file : position_[file];
      assert(place >= handed_on_);
      const std::size_t ahead = place - handed_on_;
      if (ahead >= ready_.size()) ready_.resize(ahead + 1);
      assert(ready_[ahead] == nullptr);  // One report a place.
      ready_[ahead] = std::move(checked);
      ++ready_count_;
      // The watchdog polls; it only needs waking for the end of the run.
      if (++done_ == files_.size()) changed_.notify_all();
    }
    HandOn();
    return true;
  }

  // Hands the reports that are next in order to the sink, one thread at a
  // time. A worker that finds another handing on goes back to checking:
  // that one takes the new report too, since it stops only when, under the
  // lock, no report is next.
  void HandOn() {
    {
      std::lock_guard lock(mutex_);
      if (handing_on_) return;
      handing_on_ = true;
    }
    for (std::unique_ptr<Checked> next;;) {
      std::unique_ptr<Checked> unkept;  // Freed after the lock is let go.
      {
        std::lock_guard lock(mutex_);
        if (next != nullptr && Reusable(*next) && spare_.size() <= workers_.size()) {
          spare_.push_back(std::move(next));
        }
        unkept = std::move(next);
        if (failure_ || ready_.empty() || ready_.front() == nullptr) {
          handing_on_ = false;
          room_.notify_all();
          return;
        }
        next = std::move(ready_.front());
        ready_.pop_front();
        --ready_count_;
        ++handed_on_;
        if (ready_count_ + 1 == options_.most_reports_waiting) room_.notify_all();
      }
      try {
        sink_(std::move(next->report), std::move(next->source));
      } catch (...) {
        std::lock_guard lock(mutex_);
        failure_ = std::current_exception();
        handing_on_ = false;
        StopTakingFiles();
        return;
      }
    }
  }

  // The caller's objects: valid until Execute returns; an abandoned worker
  // does not touch them after its plugin call comes back.
  const FileList& files_;
  std::vector<ActivePlugin>& plugins_;
  const RunOptions& options_;
  const FileReportSink& sink_;

  // A file's report, checked but not handed on yet.
  struct Checked {
    v1::FileReport report;
    SourceText source;
  };

  // Whether a report the sink is done with is kept for a file to come
  // (spare_), which makes its own in it (LoadFile and FinishFile set every
  // field): not one that held many findings or a long text, let go rather
  // than held for the rest of a run.
  static bool Reusable(const Checked& checked) {
    constexpr int kMostFindings = 64;
    constexpr std::size_t kMostTextBytes = 1 << 20;
    return checked.report.findings_size() <= kMostFindings &&
           checked.source.text.capacity() <= kMostTextBytes;
  }

  std::mutex mutex_;
  std::condition_variable changed_;
  std::condition_variable room_;  // For workers waiting on a busy sink.
  // The files by their place in the report, and each file's place; both
  // empty when that is the order of `files_`.
  std::vector<std::size_t> order_;
  std::vector<std::size_t> position_;
  // The files not taken yet: those the watchdog put back, first, then
  // those from this place in the report on.
  std::deque<std::size_t> requeued_;
  std::size_t next_place_ = 0;
  // The reports ahead of their turn, by place from handed_on_ on (null
  // where a report has not come), and how many there are: a window, where a
  // map took a node a file.
  std::deque<std::unique_ptr<Checked>> ready_;
  std::size_t ready_count_ = 0;
  // Reports the sink is done with, cleared, for the next files: at most one
  // a worker and one more.
  std::vector<std::unique_ptr<Checked>> spare_;
  std::size_t handed_on_ = 0;   // The place of the next report for the sink.
  bool handing_on_ = false;     // A worker is handing reports on.
  std::exception_ptr failure_;  // What the sink threw.
  // Rare: the plugins a file is checked without, and their errors.
  std::map<std::size_t, std::set<std::size_t>> skipped_;
  std::map<std::size_t, std::vector<std::pair<std::string, std::string>>> late_;
  std::size_t done_ = 0;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<std::thread> threads_;
};

}  // namespace

void CheckFilesInto(const FileList& files, std::vector<ActivePlugin>& plugins,
                    const RunOptions& options, const FileReportSink& sink) {
  auto run = std::make_shared<Run>(files, plugins, options, sink);
  run->Execute();
  if (run->failure()) std::rethrow_exception(run->failure());
}

CheckResult CheckFiles(const FileList& files, std::vector<ActivePlugin>& plugins,
                       const RunOptions& options) {
  CheckResult result;
  CheckFilesInto(files, plugins, options, [&result](v1::FileReport&& report, SourceText&& source) {
    if (!source.text.empty()) result.sources[report.path()] = std::move(source);
    *result.report.add_files() = std::move(report);
  });
  Summarize(&result.report);
  return result;
}

TextCheckResult CheckText(const std::string& path, std::string text,
                          std::vector<ActivePlugin>& plugins, const RunOptions& options,
                          std::chrono::steady_clock::time_point deadline) {
  using std::chrono::milliseconds;
  TextCheckResult result;
  FileCheck check = LoadText(path, std::move(text), options);
  for (std::size_t p = 0; p < plugins.size() && !check.done; ++p) {
    ActivePlugin& plugin = plugins[p];
    const auto left =
        std::chrono::duration_cast<milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left <= milliseconds(0)) {
      result.deadline_exceeded = true;
      AddFileError(&check.report, plugin.name,
                   "plugin '" + plugin.name + "' was not called on " + path +
                       ": the request's deadline had passed");
      continue;
    }
    const bool request_bound = left < plugin.timeout;
    v1::CheckResponse response;
    grpc::Status status =
        plugin.client->Check(check.request, &response, request_bound ? left : plugin.timeout);
    if (status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED && request_bound) {
      result.deadline_exceeded = true;
    }
    AddPluginFindings(check, plugin, status, &response);
  }
  SourceText unused_source;
  FinishFile(check, options, &unused_source);
  result.request = std::move(check.request);
  *result.report.add_files() = std::move(check.report);
  Summarize(&result.report);
  return result;
}

}  // namespace factcheck
