// A plugin that breaks one rule of the protocol at a time, for the tests of
// `factcheck plugin test` and of the host. It reads the rule to break from
// the environment variable FACTCHECK_BAD_PLUGIN when it is created; unset, it
// behaves: it flags the word "falsehood" in prose (needs verification).
//
//   no-rules, empty-rule-id, duplicate-rule   Describe
//   accepts-bad-option, wrong-error-code      Configure
//   unfolded-word-list                        Configure's word lists
//   undeclared-rule, span-outside, split-character, no-verdict, fails-on-empty,
//   sets-host-fields                          Check's answers
//   racy                                      concurrent Checks differ
//   slow                                      every Check takes 1.5 s
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

#include "factcheck/plugin.h"

namespace {

using factcheck::v1::CheckRequest;
using factcheck::v1::CheckResponse;

class BadPlugin final : public factcheck::Plugin, public factcheck::ConfigureResponder {
 public:
  BadPlugin() {
    const char* mode = std::getenv("FACTCHECK_BAD_PLUGIN");
    mode_ = mode != nullptr ? mode : "";
  }

  grpc::Status Describe(factcheck::v1::DescribeResponse* response) override {
    response->set_name("bad-plugin");
    response->set_version("1.0.0");
    if (mode_ != "no-rules") AddRule(response, mode_ == "empty-rule-id" ? "" : "flagged-word");
    if (mode_ == "duplicate-rule") AddRule(response, "flagged-word");
    auto* option = response->add_options();
    option->set_name("strict");
    option->set_type("bool");
    option->set_summary("Accepted and ignored.");
    return grpc::Status::OK;
  }

  grpc::Status Configure(const factcheck::v1::ConfigureRequest& request) override {
    if (mode_ == "accepts-bad-option") return grpc::Status::OK;
    for (const auto& [key, value] : request.options().fields()) {
      const bool bad = key != "strict" || !value.has_bool_value();
      if (bad) {
        return grpc::Status(mode_ == "wrong-error-code" ? grpc::StatusCode::INTERNAL
                                                        : grpc::StatusCode::INVALID_ARGUMENT,
                            "bad option '" + key + "'");
      }
    }
    return grpc::Status::OK;
  }

  // The word it flags, as a word list; unfolded ones, which no token matches.
  grpc::Status Configured(factcheck::v1::ConfigureResponse* response) const override {
    auto* list = response->add_word_lists();
    if (mode_ == "unfolded-word-list") {
      list->add_words("Falsehood");
      list->add_words("vice president");
      list->add_words("2008");
    } else {
      list->add_words("falsehood");
    }
    return grpc::Status::OK;
  }

  grpc::Status Check(const CheckRequest& request, CheckResponse* response) const override {
    const std::string& text = request.document().text();
    if (mode_ == "slow") std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    if (mode_ == "fails-on-empty" && text.empty()) {
      return grpc::Status(grpc::StatusCode::INTERNAL, "cannot check an empty document");
    }
    if (mode_ == "racy") {
      // Answers differently while another call is in flight.
      const int before = in_flight_++;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      in_flight_--;
      if (before > 0) return grpc::Status::OK;
    }
    for (const auto& sentence : request.document().sentences()) {
      for (const auto& segment : sentence.segments()) {
        const std::string_view piece =
            std::string_view(text).substr(segment.begin(), segment.end() - segment.begin());
        for (auto at = piece.find("falsehood"); at != std::string_view::npos;
             at = piece.find("falsehood", at + 1)) {
          Add(response, segment.begin() + at, segment.begin() + at + 9);
        }
      }
    }
    Misbehave(text, response);
    return grpc::Status::OK;
  }

 private:
  static void AddRule(factcheck::v1::DescribeResponse* response, const std::string& id) {
    auto* rule = response->add_rules();
    rule->set_id(id);
    rule->set_summary("Flags the word falsehood.");
  }

  factcheck::v1::Finding* Add(CheckResponse* response, std::size_t begin, std::size_t end) const {
    auto* finding = response->add_findings();
    finding->set_rule(mode_ == "undeclared-rule" ? "undeclared" : "flagged-word");
    finding->mutable_span()->set_begin(static_cast<std::uint32_t>(begin));
    finding->mutable_span()->set_end(static_cast<std::uint32_t>(end));
    if (mode_ != "no-verdict") finding->set_verdict(factcheck::v1::VERDICT_NEEDS_VERIFICATION);
    finding->set_message("The word 'falsehood' is flagged.");
    if (mode_ == "sets-host-fields") finding->set_line(1);
    return finding;
  }

  // The answers that break a rule on any document, so that the edge cases
  // show them.
  void Misbehave(const std::string& text, CheckResponse* response) const {
    if (mode_ == "span-outside") Add(response, text.size(), text.size() + 5);
    if (mode_ == "split-character") {
      for (std::size_t i = 0; i < text.size(); ++i) {
        if (static_cast<unsigned char>(text[i]) >= 0xC0) {
          Add(response, i + 1, i + 2);
          break;
        }
      }
    }
    if ((mode_ == "undeclared-rule" || mode_ == "no-verdict" || mode_ == "sets-host-fields") &&
        response->findings_size() == 0) {
      Add(response, 0, 0);
    }
  }

  std::string mode_;
  mutable std::atomic<int> in_flight_{0};
};

}  // namespace

FACTCHECK_PLUGIN(BadPlugin);
