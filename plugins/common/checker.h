// The checker kit: what every built-in checker needs besides its own logic —
// its description as a table, its options read against their specs, the
// strict as_of, a finding builder and the loop over the sentences worth
// tokenizing. A checker derives from kit::Checker and implements Load and
// CheckDocument.
#ifndef FACTCHECK_PLUGINS_COMMON_CHECKER_H_
#define FACTCHECK_PLUGINS_COMMON_CHECKER_H_

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/options.h"
#include "common/sentence_times.h"
#include "common/word_set.h"
#include "factcheck/plugin.h"

namespace factcheck::kit {

struct RuleSpec {
  const char* id;
  const char* summary;  // One line: `factcheck plugins`, SARIF help.
};

struct CheckerSpec {
  const char* name;
  const char* version;
  std::vector<RuleSpec> rules;
  std::vector<OptionSpec> options;
  // What the checker reads of a document (Describe): the kit's checkers
  // read sentences, time expressions and the host's tokens.
  std::vector<v1::Annotation> annotations = {
      v1::ANNOTATION_SENTENCES, v1::ANNOTATION_TIME_EXPRESSIONS, v1::ANNOTATION_TOKENS};
};

// The document's as_of as a day: strictly YYYY-MM-DD, else nothing.
std::optional<std::chrono::sys_days> AsOf(const v1::Document& document);

// Appends a finding with the fields every checker sets.
v1::Finding* AddFinding(v1::CheckResponse* response, const char* rule, std::uint32_t begin,
                        std::uint32_t end, v1::Verdict verdict, std::string claim,
                        std::string message);
// `citation`: the published source the record names, if any.
void AddEvidence(v1::Finding* finding, std::string source, std::string detail,
                 std::string citation = {});

// Calls visit(index, sentence, times) for each sentence of `document` that
// `wanted(index, times)` accepts, with the host's time expressions in it.
// `wanted` is the cheap test (a WordSet scan) that spares most sentences
// their tokenizing.
template <typename Wanted, typename Visit>
void ForEachSentence(const v1::Document& document, Wanted wanted, Visit visit) {
  text::SentenceTimes sentence_times(document);
  for (int s = 0; s < document.sentences_size(); ++s) {
    const auto& times = sentence_times.For(s);
    const v1::Sentence& sentence = document.sentences(s);
    if (wanted(s, times)) visit(s, sentence, times);
  }
}

// A built-in checker: Describe comes from the spec, Configure reads the
// options against it and calls Load and tells the host the word sets of
// SentenceFilters, Check refuses a document whose as_of is not YYYY-MM-DD
// and calls CheckDocument. Errors become gRPC statuses.
class Checker : public Plugin, public ConfigureResponder {
 public:
  explicit Checker(CheckerSpec spec) : spec_(std::move(spec)) {}

  grpc::Status Describe(v1::DescribeResponse* response) final;
  grpc::Status Configure(const v1::ConfigureRequest& request) final;
  grpc::Status Configured(v1::ConfigureResponse* response) const final;
  grpc::Status Check(const v1::CheckRequest& request, v1::CheckResponse* response) const final;

 protected:
  // Takes the options and loads reference data; throws Error (LocatedError
  // for bad data).
  virtual void Load(const Options& options) = 0;
  // Appends the findings for `document`; false when its as_of is unusable.
  virtual bool CheckDocument(const v1::Document& document, v1::CheckResponse* response) const = 0;
  // The word sets, loaded, that CheckDocument tests every sentence with
  // (WordSet::AnyIn, AnyOfEachIn): the host then looks them up as it
  // tokenizes, once for every checker, and each test is one bit.
  virtual std::vector<const text::WordSet*> SentenceFilters() const { return {}; }

 private:
  CheckerSpec spec_;
  bool configured_ = false;
};

}  // namespace factcheck::kit

#endif  // FACTCHECK_PLUGINS_COMMON_CHECKER_H_
