// What the check server does, whatever the protocol that asked: check a
// text, record a finding in the ledger, report its health, reload. The HTTP
// API and the gRPC service translate to and from it.
//
// One Session (configuration, plugins, reference data) serves every request;
// a reload builds a new one and swaps it in, while requests already running
// finish on the old one, which goes when the last of them does. Checks run
// on a fixed pool of workers behind a bounded queue.
#ifndef FACTCHECK_CORE_SERVER_CHECK_SERVICE_H_
#define FACTCHECK_CORE_SERVER_CHECK_SERVICE_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "factcheck/v1/server.pb.h"
#include "run/ledger_store.h"
#include "run/session.h"
#include "server/work_pool.h"

namespace factcheck::server {

using Clock = std::chrono::steady_clock;

struct ServiceOptions {
  std::string config_path;                   // --config; empty: discovered from the working folder.
  std::size_t workers = 0;                   // Checks at once; 0: one per core.
  std::size_t queue_limit = 256;             // Requests waiting for a worker.
  std::chrono::milliseconds deadline{5000};  // The longest a request may take.
};

// How a request ended, in the terms both protocols map to their own.
enum class Outcome { kOk, kInvalidArgument, kNotFound, kDeadlineExceeded, kOverloaded, kInternal };

struct Answer {
  Outcome outcome = Outcome::kOk;
  std::string message;  // Why, when not kOk.
  v1::Report report;
  std::string ledger;  // Verify: the ledger file written.
};

// Called exactly once per request, on a worker's thread.
using Reply = std::function<void(Answer)>;

struct Health {
  std::string config;                                        // The configuration file in use.
  std::string ledger;                                        // The ledger file.
  std::vector<std::pair<std::string, std::string>> plugins;  // Name, version.
  std::size_t workers = 0;
  std::size_t queued = 0;
  std::size_t reloads = 0;
  std::size_t abandoned = 0;  // Workers given up on (stuck plugins).
};

class CheckService {
 public:
  // Loads the configuration, plugins and reference data. Throws Error.
  explicit CheckService(ServiceOptions options);
  ~CheckService();

  // Queues a check that must end by `deadline` (or the server's own
  // deadline, if sooner).
  void Check(v1::CheckTextRequest request, Clock::time_point deadline, Reply reply);
  // Checks the text again, records the finding it names, and answers with
  // the text's report after recording.
  void Verify(v1::VerifyFindingRequest request, Clock::time_point deadline, Reply reply);

  // Reads the configuration, plugins, reference data and ledger again and
  // swaps them in. Throws Error, keeping what it had, when they are bad.
  void Reload();

  Health health() const;
  const ServiceOptions& options() const { return options_; }

 private:
  std::shared_ptr<Session> session() const;
  void Submit(Clock::time_point deadline, std::function<Answer()> work, Reply reply);
  Answer RunCheck(const v1::CheckTextRequest& request, Clock::time_point deadline);
  Answer RunVerify(const v1::VerifyFindingRequest& request, Clock::time_point deadline);

  ServiceOptions options_;
  mutable std::mutex mutex_;  // Guards session_ and reloads_.
  std::shared_ptr<Session> session_;
  std::size_t reloads_ = 0;
  std::mutex reload_mutex_;  // One reload at a time.
  std::unique_ptr<LedgerStore> ledger_;
  std::unique_ptr<WorkPool> pool_;
};

// "markdown" or "text" (or empty: by the path) as a TextFormat. Throws Error.
TextFormat ParseTextFormat(const std::string& format);

}  // namespace factcheck::server

#endif  // FACTCHECK_CORE_SERVER_CHECK_SERVICE_H_
