#include "plugin_test/conformance.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <map>
#include <memory>
#include <set>
#include <thread>

#include "base/utf8.h"
#include "common/word_lists.h"
#include "document/document_loader.h"
#include "factcheck/error.h"
#include "host/call_policy.h"
#include "host/option_specs.h"
#include "host/plugin_host.h"
#include "plugin_test/edge_cases.h"
#include "plugin_test/fixture.h"
#include "run/file_check.h"
#include "run/inputs.h"
#include "run/runner.h"
#include "run/session.h"

namespace factcheck {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// An option no plugin declares: Configure must refuse it.
constexpr const char kUnknownOption[] = "factcheck_plugin_test_unknown_option";

milliseconds Since(Clock::time_point start) {
  return std::chrono::duration_cast<milliseconds>(Clock::now() - start);
}

std::string Count(std::size_t n, const std::string& what) {
  return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

// A document to check, with what its answers are compared against.
struct TestDocument {
  std::string name;  // "empty.md", or a fixture's path.
  std::string what;  // "an empty file"; empty for fixtures.
  std::shared_ptr<const v1::CheckRequest> request;
  std::shared_ptr<const LineIndex> lines;
  std::string findings;  // One at a time: sorted serialized findings.
};

struct CallResult {
  grpc::Status status;
  v1::CheckResponse response;
  milliseconds elapsed{0};
};

// A value of the wrong shape for an option of type `type`.
google::protobuf::Value WrongValueFor(const std::string& type) {
  google::protobuf::Value value;
  if (type == "bool" || type == "mapping") {
    value.set_string_value("not a " + type);
  } else if (type == "number") {
    value.set_string_value("not a number");
  } else {
    value.set_number_value(42);
  }
  return value;
}

// The findings as one comparable string, whatever their order.
std::string Canonical(const v1::CheckResponse& response) {
  std::vector<std::string> findings;
  for (const auto& finding : response.findings()) {
    findings.push_back(finding.SerializeAsString());
  }
  std::sort(findings.begin(), findings.end());
  std::string out;
  for (const auto& f : findings) out += std::to_string(f.size()) + ":" + f;
  return out;
}

class Conformance {
 public:
  Conformance(const Config& config, const PluginConfig& entry, const PluginTestOptions& options,
              std::ostream& out)
      : config_(config), entry_(entry), options_(options), out_(out) {
    document_options_.max_file_bytes = config.max_file_bytes;
    document_options_.config_as_of = config.as_of;
  }

  // The plugin object stays alive if a call was abandoned at its deadline:
  // that call may still use it.
  ~Conformance() {
    if (abandoned_ && !plugins_.empty()) static_cast<void>(plugins_[0].client.release());
  }

  PluginTestResult Run() {
    out_ << "== plugin '" << entry_.name << "' (" << DescribeTransport(entry_.transport)
         << ") from " << config_.path << "\n";
    if (Reach() && Describe() && Configure()) {
      CheckEdgeCases();
      LoadFixtures();
      if (abandoned_) {
        // A call that never returned would block the callers below.
        Report(false, std::to_string(options_.concurrency) + " concurrent checks",
               "not run: a Check never returned");
      } else {
        CheckConcurrently();
        CheckFixtures();
      }
      CheckDeadlines();
    }
    return result_;
  }

 private:
  ActivePlugin& plugin() { return plugins_[0]; }

  void Report(bool passed, const std::string& check, const std::string& detail,
              const std::vector<std::string>& details = {}) {
    out_ << (passed ? "PASS " : "FAIL ") << check << ": " << detail << "\n";
    for (const auto& line : details) out_ << "       " << line << "\n";
    (passed ? result_.passed : result_.failed)++;
  }

  // Keeps the slowest call, and every call past its deadline.
  void Timed(const std::string& call, milliseconds elapsed) {
    if (elapsed >= slowest_time_) {
      slowest_time_ = elapsed;
      slowest_ = call;
    }
    if (elapsed > plugin().timeout)
      late_.push_back(call + " took " + std::to_string(elapsed.count()) + " ms");
  }

  bool Reach() {
    const auto start = Clock::now();
    try {
      plugins_.push_back(ReachPlugin(entry_, config_, options_.concurrency));
    } catch (const Error& e) {
      Report(false, "reach", e.what());
      return false;
    }
    Report(true, "reach", "ready in " + std::to_string(Since(start).count()) + " ms");
    return true;
  }

  bool Describe() {
    const auto start = Clock::now();
    const grpc::Status status = plugin().client->Describe(&plugin().description, plugin().timeout);
    Timed("Describe", Since(start));
    const v1::DescribeResponse& d = plugin().description;
    if (!status.ok()) {
      Report(false, "describe", "Describe failed: " + DescribeStatus(status));
      return false;
    }
    if (auto mismatch = ProtocolMismatch(d.protocol_version())) {
      Report(false, "describe", *mismatch);
      return false;
    }
    std::vector<std::string> problems = DescriptionProblems(d);
    for (const auto& rule : d.rules()) plugin().rule_ids.insert(rule.id());
    // Documents carry what this plugin reads, as a run with it alone builds them.
    SetAnnotations(plugins_, &document_options_);
    std::string rules, options;
    for (const auto& rule : d.rules()) rules += (rules.empty() ? "" : ", ") + rule.id();
    for (const auto& option : d.options()) {
      options += (options.empty() ? "" : ", ") + option.name() + " (" + option.type() + ")";
    }
    Report(problems.empty(), "describe",
           problems.empty()
               ? "'" + d.name() + "' " + d.version() + ", protocol " +
                     std::to_string(d.protocol_version()) + ", " + Count(d.rules_size(), "rule") +
                     " (" + rules + "), " + Count(d.options_size(), "option") +
                     (options.empty() ? "" : " (" + options + ")")
               : Count(problems.size(), "problem") + " in the description",
           problems);
    if (auto problem = CheckOptions(entry_, config_, d)) {
      Report(false, "options", Where(config_, problem->position) + problem->message);
    } else {
      Report(true, "options", "the configuration's options match the declared option specs");
    }
    return !plugin().rule_ids.empty();
  }

  static std::vector<std::string> DescriptionProblems(const v1::DescribeResponse& d) {
    std::vector<std::string> problems;
    if (d.name().empty()) problems.push_back("no name");
    if (d.version().empty()) problems.push_back("no version");
    if (d.rules().empty()) problems.push_back("no rules: a plugin declares every rule it reports");
    if (auto problem = DescriptionProblem(d)) problems.push_back(*problem);
    for (const auto& rule : d.rules()) {
      if (!rule.id().empty() && rule.summary().empty()) {
        problems.push_back("rule '" + rule.id() + "' has no summary");
      }
    }
    std::set<std::string> names;
    for (const auto& option : d.options()) {
      if (option.name().empty()) problems.push_back("an option has no name");
      if (!names.insert(option.name()).second) {
        problems.push_back("option '" + option.name() + "' is declared twice");
      }
      if (option.type().empty()) problems.push_back("option '" + option.name() + "' has no type");
    }
    return problems;
  }

  grpc::Status ConfigureWith(v1::ConfigureRequest request) {
    request.set_configuration_id(ConfigurationId(request));
    const auto start = Clock::now();
    plugin().configure_response.Clear();
    grpc::Status status =
        plugin().client->Configure(request, &plugin().configure_response, plugin().timeout);
    Timed("Configure", Since(start));
    return status;
  }

  // Expects Configure to refuse `options` with INVALID_ARGUMENT.
  void ExpectRefused(const std::string& check, const google::protobuf::Struct& options) {
    v1::ConfigureRequest request = ConfigureRequestFor(plugin(), entry_, config_);
    *request.mutable_options() = options;
    const grpc::Status status = ConfigureWith(request);
    if (status.error_code() == grpc::StatusCode::INVALID_ARGUMENT) {
      Report(true, check, DescribeStatus(status));
    } else if (status.ok()) {
      Report(false, check,
             "Configure accepted it; it must answer INVALID_ARGUMENT naming the option");
    } else {
      Report(false, check,
             "Configure answered " + DescribeStatus(status) +
                 "; a bad option must be INVALID_ARGUMENT");
    }
  }

  bool Configure() {
    const v1::ConfigureRequest good = ConfigureRequestFor(plugin(), entry_, config_);
    grpc::Status status = ConfigureWith(good);
    if (!status.ok()) {
      Report(false, "configure",
             "Configure refused the configuration's options: " + DescribeStatus(status));
      return false;
    }
    Report(true, "configure", "accepted the configuration's options");
    google::protobuf::Struct unknown = good.options();
    (*unknown.mutable_fields())[kUnknownOption].set_bool_value(true);
    ExpectRefused("configure rejects an unknown option", unknown);
    for (const auto& spec : plugin().description.options()) {
      if (!IsCheckedOptionType(spec.type())) continue;
      google::protobuf::Struct mistyped = good.options();
      (*mistyped.mutable_fields())[spec.name()] = WrongValueFor(spec.type());
      ExpectRefused(
          "configure rejects a mistyped option '" + spec.name() + "' (" + spec.type() + ")",
          mistyped);
    }
    // Back to the good options: a plugin may keep one configuration only.
    status = ConfigureWith(good);
    if (!status.ok()) {
      Report(false, "configure again",
             "Configure refused the options it accepted before: " + DescribeStatus(status));
      return false;
    }
    CheckWordLists();
    return true;
  }

  // The word lists of the ConfigureResponse: each word one the host's folded
  // tokens can match. Documents then carry the lists' bits, as in a run.
  void CheckWordLists() {
    const v1::ConfigureResponse& configured = plugin().configure_response;
    if (configured.word_lists().empty()) return;
    std::vector<std::string> problems;
    int words = 0;
    for (const v1::WordList& list : configured.word_lists()) {
      for (const std::string& word : list.words()) {
        ++words;
        if (!text::SentenceWordLists::Matchable(word)) {
          problems.push_back("'" + word +
                             "' is not one folded word (lower case, no marks or spaces, not "
                             "a number): no word token matches it");
        }
      }
    }
    Report(problems.empty(), "word lists",
           Count(configured.word_lists_size(), "word list") + " of " + Count(words, "word") +
               (problems.empty() ? "" : ", " + Count(problems.size(), "word") + " never matched"),
           problems);
    SetAnnotations(plugins_, &document_options_);
  }

  // One Check, abandoned (and counted late) when it has not answered
  // kWatchdogGrace after its deadline.
  CallResult Call(const std::shared_ptr<const v1::CheckRequest>& request) {
    struct State {
      std::promise<CallResult> done;
    };
    auto state = std::make_shared<State>();
    auto future = state->done.get_future();
    CheckerClient* client = plugin().client.get();
    const milliseconds timeout = plugin().timeout;
    std::thread([state, client, request, timeout] {
      CallResult result;
      const auto start = Clock::now();
      result.status = client->Check(request, &result.response, timeout);
      result.elapsed = Since(start);
      state->done.set_value(std::move(result));
    }).detach();
    if (future.wait_for(timeout + kWatchdogGrace) != std::future_status::ready) {
      abandoned_ = true;
      return {DeadlineExceeded(timeout), {}, timeout + kWatchdogGrace};
    }
    return future.get();
  }

  // Whether the answer keeps the protocol's rules; "" when it does.
  std::string Problem(const TestDocument& document, CallResult& result) {
    if (!result.status.ok()) return "Check failed: " + DescribeStatus(result.status);
    auto findings = result.response.findings();  // A copy: AcceptFindings fills in host fields.
    for (const auto& finding : findings) {
      if (!finding.checker().empty() || finding.line() != 0) {
        return "a finding of rule '" + finding.rule() +
               "' sets checker, line or column, which the host fills in";
      }
    }
    return AcceptFindings(plugin(), document.request->document(), *document.lines, &findings);
  }

  std::optional<TestDocument> Load(const std::string& name, const std::string& what,
                                   std::string text, std::string* error) {
    try {
      LoadedDocument loaded = BuildDocument(name, std::move(text), document_options_);
      auto request = std::make_shared<v1::CheckRequest>();
      *request->mutable_document() = std::move(loaded.document);
      TestDocument document{name, what, request, nullptr, ""};
      document.lines = std::make_shared<const LineIndex>(request->document().text());
      return document;
    } catch (const LocatedError& e) {
      *error = e.Describe();
    } catch (const Error& e) {
      *error = name + ": " + e.what();
    }
    return std::nullopt;
  }

  void CheckEdgeCases() {
    for (EdgeCase& edge : EdgeCases()) {
      std::string error;
      auto document = Load(edge.name, edge.what, std::move(edge.text), &error);
      if (!document) {
        Report(false, "check " + edge.name, "the host could not build it: " + error);
        continue;
      }
      CallResult result = Call(document->request);
      Timed("Check " + edge.name, result.elapsed);
      const std::string problem = Problem(*document, result);
      const std::string check = "check " + edge.name + " (" + edge.what + ")";
      if (!problem.empty()) {
        Report(false, check, problem);
        continue;
      }
      document->findings = Canonical(result.response);
      Report(true, check,
             Count(result.response.findings_size(), "finding") + ", valid, in " +
                 std::to_string(result.elapsed.count()) + " ms");
      documents_.push_back(std::move(*document));
    }
  }

  void LoadFixtures() {
    if (options_.fixture_paths.empty()) return;
    fixture_files_ = ExpandInputs(options_.fixture_paths);
    for (const std::string_view listed : fixture_files_) {
      const std::string path(listed);
      std::string error;
      std::optional<TestDocument> document;
      try {
        document = Load(path, "", ReadInput(path, config_.max_file_bytes), &error);
      } catch (const Error& e) {
        error = path + ": " + e.what();
      }
      if (!document) continue;  // CheckFixtures reports it.
      CallResult result = Call(document->request);
      Timed("Check " + path, result.elapsed);
      if (!result.status.ok() || !Problem(*document, result).empty()) continue;
      document->findings = Canonical(result.response);
      documents_.push_back(std::move(*document));
    }
  }

  // `concurrency` threads check every document at once, each starting at
  // another one; every answer must equal the one given one at a time.
  void CheckConcurrently() {
    const std::string check = std::to_string(options_.concurrency) + " concurrent checks";
    if (documents_.empty()) {
      Report(false, check, "no document was checked successfully one at a time");
      return;
    }
    std::mutex mutex;
    std::vector<std::string> differences;
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < options_.concurrency; ++t) {
      threads.emplace_back([&, t] {
        for (std::size_t i = 0; i < documents_.size(); ++i) {
          const TestDocument& document = documents_[(t + i) % documents_.size()];
          CallResult result;
          const auto start = Clock::now();
          result.status =
              plugin().client->Check(document.request, &result.response, plugin().timeout);
          result.elapsed = Since(start);
          std::lock_guard lock(mutex);
          Timed("concurrent Check " + document.name, result.elapsed);
          if (!result.status.ok()) {
            differences.push_back(document.name + ": " + DescribeStatus(result.status));
          } else if (Canonical(result.response) != document.findings) {
            differences.push_back(document.name + ": " +
                                  Count(result.response.findings_size(), "finding") +
                                  " at once, other findings than one at a time");
          }
        }
      });
    }
    for (auto& thread : threads) thread.join();
    if (differences.size() > 5) {
      const std::size_t more = differences.size() - 5;
      differences.resize(5);
      differences.push_back("and " + std::to_string(more) + " more");
    }
    Report(differences.empty(), check,
           differences.empty() ? Count(documents_.size(), "document") + " checked by " +
                                     std::to_string(options_.concurrency) +
                                     " callers at once: the same findings as one at a time"
                               : "answers differ from those given one at a time",
           differences);
  }

  // The author's fixtures through the host's own pipeline (suppressions
  // included), compared with their inline expectations.
  void CheckFixtures() {
    if (fixture_files_.empty()) {
      if (!options_.fixture_paths.empty()) {
        Report(false, "fixtures", "no .md, .markdown or .txt files in the given paths");
      }
      return;
    }
    RunOptions run;
    run.document = document_options_;
    run.jobs = 1;
    for (const std::string_view listed : fixture_files_) {
      const std::string path(listed);
      const auto start = Clock::now();
      CheckResult result = CheckFiles({path}, plugins_, run);
      Timed("Check " + path, Since(start));
      std::vector<std::string> problems;
      std::string error;
      std::string text;
      try {
        text = ReadInput(path, config_.max_file_bytes);
      } catch (const Error& e) {
        problems.push_back(e.what());
      }
      const v1::FileReport& report = result.report.files(0);
      if (problems.empty()) {
        if (auto document = Load(path, "", text, &error)) {
          problems = CompareWithFixture(document->request->document(), report);
        } else {
          problems.push_back(error);
        }
      }
      std::vector<std::string> expectation_problems;
      const std::size_t expected = ParseExpectations(text, &expectation_problems).size();
      Report(problems.empty(), "fixture " + path,
             problems.empty() ? Count(report.findings_size(), "finding") + ", " +
                                    std::to_string(expected) + " expected: as written"
                              : Count(problems.size(), "mismatch") + " with the expectations",
             problems);
    }
  }

  void CheckDeadlines() {
    const std::string limit = "timeout_ms " + std::to_string(plugin().timeout.count());
    if (late_.empty()) {
      Report(true, "deadlines",
             "every call answered within " + limit + " (slowest: " + slowest_ + ", " +
                 std::to_string(slowest_time_.count()) + " ms)");
    } else {
      Report(false, "deadlines", Count(late_.size(), "call") + " answered after " + limit, late_);
    }
  }

  const Config& config_;
  const PluginConfig& entry_;
  const PluginTestOptions& options_;
  std::ostream& out_;
  DocumentOptions document_options_;
  std::vector<ActivePlugin> plugins_;  // The plugin under test, alone.
  std::vector<TestDocument> documents_;
  FileList fixture_files_;
  std::string slowest_;
  milliseconds slowest_time_{0};
  std::vector<std::string> late_;
  bool abandoned_ = false;
  PluginTestResult result_;
};

}  // namespace

PluginTestResult RunPluginTest(const Config& config, const PluginTestOptions& options,
                               std::ostream& out) {
  if (config.plugins.empty()) throw Error(config.path + ": no plugins configured");
  PluginTestResult total;
  bool found = false;
  for (const PluginConfig& entry : config.plugins) {
    if (!options.plugin.empty() && entry.name != options.plugin) continue;
    found = true;
    const PluginTestResult result = Conformance(config, entry, options, out).Run();
    total.passed += result.passed;
    total.failed += result.failed;
  }
  if (!found) {
    throw Error(config.path + ": no plugin named '" + options.plugin + "' is configured");
  }
  out << total.passed << " passed, " << total.failed << " failed\n";
  return total;
}

}  // namespace factcheck
