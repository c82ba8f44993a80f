// A checker for the host's own tests. It flags configured words wherever they
// appear in checkable prose. With the option `misbehave: true` it also obeys
// the words CRASH-NOW, HANG-NOW, PAUSE-NOW, THROW-NOW and BAD-SPAN-NOW in a
// document: it aborts, sleeps past any deadline, sleeps 700 ms (within the
// second a stopping run gives plugin calls), throws, or returns a span
// outside the document. A contradicted word carries a suggested fix ("truth"). With
// `received: true` it reports what the host sent (tokens, time expressions,
// which sentences have a word of the word lists the host looked for) in one
// finding; FACTCHECK_TEST_PLUGIN_READS=tokens in its environment makes it
// declare that it reads sentences and tokens only. Its configured words are
// its one word list (ConfigureResponse).
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <thread>

#include "factcheck/plugin.h"

namespace {

using factcheck::v1::Verdict;

class TestPlugin final : public factcheck::Plugin, public factcheck::ConfigureResponder {
 public:
  grpc::Status Describe(factcheck::v1::DescribeResponse* response) override {
    response->set_name("test-plugin");
    response->set_version("1.0.0");
    auto* rule = response->add_rules();
    rule->set_id("flagged-word");
    rule->set_summary("Flags the configured words.");
    auto* option = response->add_options();
    option->set_name("words");
    option->set_type("mapping");
    option->set_summary("Words to flag and the verdict each gets (word: VERDICT).");
    auto* misbehave = response->add_options();
    misbehave->set_name("misbehave");
    misbehave->set_type("bool");
    misbehave->set_summary("Obey CRASH-NOW, HANG-NOW, THROW-NOW and BAD-SPAN-NOW in documents.");
    auto* received = response->add_options();
    received->set_name("received");
    received->set_type("bool");
    received->set_summary("Report the annotations the host sent, in one finding.");
    const char* reads = std::getenv("FACTCHECK_TEST_PLUGIN_READS");
    if (reads != nullptr && std::string(reads) == "tokens") {
      response->add_annotations(factcheck::v1::ANNOTATION_SENTENCES);
      response->add_annotations(factcheck::v1::ANNOTATION_TOKENS);
    }
    return grpc::Status::OK;
  }

  grpc::Status Configure(const factcheck::v1::ConfigureRequest& request) override {
    words_ = {{"falsehood", factcheck::v1::VERDICT_CONTRADICTED},
              {"rumour", factcheck::v1::VERDICT_NEEDS_VERIFICATION},
              {"truth", factcheck::v1::VERDICT_SUPPORTED}};
    for (const auto& [key, value] : request.options().fields()) {
      if (key == "misbehave") {
        misbehave_ = value.bool_value();
        continue;
      }
      if (key == "received") {
        received_ = value.bool_value();
        continue;
      }
      if (key != "words") {
        return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "unknown option '" + key + "'");
      }
      words_.clear();
      for (const auto& [word, verdict] : value.struct_value().fields()) {
        Verdict parsed;
        if (!factcheck::v1::Verdict_Parse("VERDICT_" + verdict.string_value(), &parsed)) {
          return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                              "option words: unknown verdict '" + verdict.string_value() + "'");
        }
        words_[word] = parsed;
      }
    }
    return grpc::Status::OK;
  }

  grpc::Status Configured(factcheck::v1::ConfigureResponse* response) const override {
    auto* list = response->add_word_lists();
    for (const auto& entry : words_) list->add_words(entry.first);
    return grpc::Status::OK;
  }

  grpc::Status Check(const factcheck::v1::CheckRequest& request,
                     factcheck::v1::CheckResponse* response) const override {
    const std::string& text = request.document().text();
    if (misbehave_) Misbehave(text, response);
    if (received_ && !text.empty()) {
      Add(response, 0, 1, factcheck::v1::VERDICT_NEEDS_VERIFICATION, "received");
      response->mutable_findings(response->findings_size() - 1)->set_message(Received(request));
    }
    for (const auto& sentence : request.document().sentences()) {
      for (const auto& segment : sentence.segments()) {
        const std::string_view piece =
            std::string_view(text).substr(segment.begin(), segment.end() - segment.begin());
        for (const auto& [word, verdict] : words_) {
          for (std::size_t at = piece.find(word); at != std::string_view::npos;
               at = piece.find(word, at + 1)) {
            Add(response, segment.begin() + at, segment.begin() + at + word.size(), verdict, word);
          }
        }
      }
    }
    return grpc::Status::OK;
  }

 private:
  static void Misbehave(const std::string& text, factcheck::v1::CheckResponse* response) {
    if (text.find("CRASH-NOW") != std::string::npos) std::abort();
    if (text.find("THROW-NOW") != std::string::npos) throw std::runtime_error("told to throw");
    if (text.find("HANG-NOW") != std::string::npos) {
      std::this_thread::sleep_for(std::chrono::seconds(20));
    }
    if (text.find("PAUSE-NOW") != std::string::npos) {
      std::this_thread::sleep_for(std::chrono::milliseconds(700));
    }
    if (text.find("BAD-SPAN-NOW") != std::string::npos) {
      Add(response, text.size(), text.size() + 5, factcheck::v1::VERDICT_CONTRADICTED,
          "BAD-SPAN-NOW");
    }
  }

  // "received 8 tokens, 1 time expressions, 1 word lists, sentence bits 1 0".
  static std::string Received(const factcheck::v1::CheckRequest& request) {
    const auto& document = request.document();
    std::string received =
        "received " + std::to_string(document.tokens().begin_size()) + " tokens, " +
        std::to_string(document.time_expressions_size()) + " time expressions, " +
        std::to_string(document.tokens().word_list_keys_size()) + " word lists, sentence bits";
    for (const std::uint64_t bits : document.tokens().sentence_word_lists()) {
      received += " " + std::to_string(bits);
    }
    return received;
  }

  static void Add(factcheck::v1::CheckResponse* response, std::size_t begin, std::size_t end,
                  Verdict verdict, const std::string& word) {
    auto* finding = response->add_findings();
    finding->set_rule("flagged-word");
    finding->mutable_span()->set_begin(static_cast<uint32_t>(begin));
    finding->mutable_span()->set_end(static_cast<uint32_t>(end));
    finding->set_verdict(verdict);
    finding->set_claim("the article says '" + word + "'");
    finding->set_message("The word '" + word + "' is flagged.");
    auto* evidence = finding->add_evidence();
    evidence->set_source("test-plugin:1");
    evidence->set_detail("configured word");
    // A contradicted word comes with its fix, as checkers that know one do.
    if (verdict == factcheck::v1::VERDICT_CONTRADICTED) {
      auto* suggestion = finding->mutable_suggestion();
      *suggestion->mutable_span() = finding->span();
      suggestion->set_replacement("truth");
      suggestion->set_description("Write the truth instead");
    }
  }

  std::map<std::string, Verdict> words_;
  bool misbehave_ = false;
  bool received_ = false;
};

}  // namespace

FACTCHECK_PLUGIN(TestPlugin);
