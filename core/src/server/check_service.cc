#include "server/check_service.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "base/iso_date.h"
#include "factcheck/error.h"
#include "host/call_policy.h"

namespace factcheck::server {
namespace {

std::size_t WorkersFor(std::size_t requested) {
  return requested > 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
}

std::shared_ptr<Session> LoadSession(const ServiceOptions& options) {
  return std::make_shared<Session>(SessionOptions{
      .config_path = options.config_path, .first_input = ".", .jobs = WorkersFor(options.workers)});
}

Answer Failed(Outcome outcome, std::string message) {
  Answer answer;
  answer.outcome = outcome;
  answer.message = std::move(message);
  return answer;
}

TextInput InputOf(const v1::CheckTextRequest& request) {
  return {.path = request.path(),
          .text = request.text(),
          .format = ParseTextFormat(request.format()),
          .as_of = request.as_of()};
}

}  // namespace

TextFormat ParseTextFormat(const std::string& format) {
  if (format.empty()) return TextFormat::kByPath;
  if (format == "markdown") return TextFormat::kMarkdown;
  if (format == "text") return TextFormat::kPlainText;
  throw Error("format must be \"markdown\" or \"text\" (got \"" + format + "\")");
}

CheckService::CheckService(ServiceOptions options)
    : options_(std::move(options)), session_(LoadSession(options_)) {
  ledger_ = std::make_unique<LedgerStore>(session_->ledger());
  pool_ = std::make_unique<WorkPool>(WorkersFor(options_.workers), options_.queue_limit,
                                     kWatchdogGrace);
}

// The pool goes first: queued requests still run on the session.
CheckService::~CheckService() { pool_.reset(); }

std::shared_ptr<Session> CheckService::session() const {
  std::lock_guard lock(mutex_);
  return session_;
}

void CheckService::Reload() {
  std::lock_guard reloading(reload_mutex_);
  std::shared_ptr<Session> next = LoadSession(options_);  // Throws: nothing changes.
  ledger_->Replace(next->ledger());
  std::shared_ptr<Session> previous;
  {
    std::lock_guard lock(mutex_);
    previous = std::exchange(session_, std::move(next));
    ++reloads_;
  }
  spdlog::info("reloaded {} ({} plugins)", session()->config().path, session()->plugins().size());
  // `previous` goes here, or with the last request still using it.
}

Health CheckService::health() const {
  Health health;
  const std::shared_ptr<Session> current = session();
  health.config = current->config().path;
  health.ledger = ledger_->Current()->path();
  for (const ActivePlugin& plugin : current->plugins()) {
    health.plugins.emplace_back(plugin.name, plugin.description.version());
  }
  health.workers = WorkersFor(options_.workers);
  health.queued = pool_->queued();
  health.abandoned = pool_->abandoned();
  std::lock_guard lock(mutex_);
  health.reloads = reloads_;
  return health;
}

void CheckService::Check(v1::CheckTextRequest request, Clock::time_point deadline, Reply reply) {
  deadline = std::min(deadline, Clock::now() + options_.deadline);
  auto shared = std::make_shared<const v1::CheckTextRequest>(std::move(request));
  Submit(
      deadline, [this, shared, deadline] { return RunCheck(*shared, deadline); }, std::move(reply));
}

void CheckService::Verify(v1::VerifyFindingRequest request, Clock::time_point deadline,
                          Reply reply) {
  deadline = std::min(deadline, Clock::now() + options_.deadline);
  auto shared = std::make_shared<const v1::VerifyFindingRequest>(std::move(request));
  Submit(
      deadline, [this, shared, deadline] { return RunVerify(*shared, deadline); },
      std::move(reply));
}

// Whichever comes first — the work's answer or the deadline's — is the one
// sent; the other is dropped.
void CheckService::Submit(Clock::time_point deadline, std::function<Answer()> work, Reply reply) {
  struct Once {
    std::atomic<bool> answered{false};
    Reply reply;
    void Send(Answer answer) {
      if (!answered.exchange(true)) reply(std::move(answer));
    }
  };
  auto once = std::make_shared<Once>();
  once->reply = std::move(reply);
  const auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(options_.deadline);
  Job job{
      .deadline = deadline,
      .run = [once, work = std::move(work)] { once->Send(work()); },
      .late =
          [once, timeout] {
            once->Send(Failed(Outcome::kDeadlineExceeded,
                              "the check did not finish within the request's deadline (at most " +
                                  std::to_string(timeout.count()) + " ms)"));
          }};
  if (!pool_->Submit(std::move(job))) {
    once->Send(Failed(Outcome::kOverloaded, "the server is busy (" +
                                                std::to_string(options_.queue_limit) +
                                                " requests waiting); try again shortly"));
  }
}

Answer CheckService::RunCheck(const v1::CheckTextRequest& request, Clock::time_point deadline) {
  try {
    TextCheckResult result =
        session()->CheckText(InputOf(request), deadline, ledger_->Current().get());
    if (result.deadline_exceeded) {
      return Failed(Outcome::kDeadlineExceeded,
                    "the plugins did not finish within the request's deadline");
    }
    Answer answer;
    answer.report = std::move(result.report);
    return answer;
  } catch (const Error& e) {
    return Failed(Outcome::kInvalidArgument, e.what());
  } catch (const std::exception& e) {
    spdlog::error("check failed: {}", e.what());
    return Failed(Outcome::kInternal, std::string("internal error: ") + e.what());
  }
}

Answer CheckService::RunVerify(const v1::VerifyFindingRequest& request,
                               Clock::time_point deadline) {
  if (request.by().empty()) return Failed(Outcome::kInvalidArgument, "say who checked it (by)");
  if (request.note().empty()) {
    return Failed(Outcome::kInvalidArgument, "say how it was checked (note)");
  }
  try {
    const std::shared_ptr<Session> current = session();
    const TextInput input = InputOf(request.text());
    TextCheckResult result = current->CheckText(input, deadline, ledger_->Current().get());
    if (result.deadline_exceeded) {
      return Failed(Outcome::kDeadlineExceeded,
                    "the plugins did not finish within the request's deadline");
    }
    const v1::Finding* finding =
        FindReported(result.report.files(0), request.checker(), request.rule(),
                     request.span().begin(), request.span().end());
    if (finding == nullptr || result.request == nullptr) {
      return Failed(Outcome::kNotFound,
                    "the text has no finding of " + request.checker() + "/" + request.rule() +
                        " at bytes [" + std::to_string(request.span().begin()) + ", " +
                        std::to_string(request.span().end()) + "); check it again first");
    }
    Answer answer;
    answer.ledger = ledger_->Record(result.request->document(), *finding, request.by(),
                                    request.note(), FormatIsoDate(TodayUtc()));
    spdlog::info("recorded in {}: {}/{} \"{}\" verified by {}", answer.ledger, finding->checker(),
                 finding->rule(), finding->claim(), request.by());
    answer.report = current->CheckText(input, deadline, ledger_->Current().get()).report;
    return answer;
  } catch (const Error& e) {
    return Failed(Outcome::kInvalidArgument, e.what());
  } catch (const std::exception& e) {
    spdlog::error("verify failed: {}", e.what());
    return Failed(Outcome::kInternal, std::string("internal error: ") + e.what());
  }
}

}  // namespace factcheck::server
