#include "common/checker.h"

#include "common/partial_date.h"
#include "factcheck/error.h"

namespace factcheck::kit {
namespace {

grpc::Status Invalid(const std::string& message) {
  return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, message);
}

// Built inline: grpc::Status::OK is libgrpc++'s, which a plugin naming it
// makes the host load.
grpc::Status Ok() { return grpc::Status(); }

}  // namespace

std::optional<std::chrono::sys_days> AsOf(const v1::Document& document) {
  return ParseDay(document.as_of());
}

v1::Finding* AddFinding(v1::CheckResponse* response, const char* rule, std::uint32_t begin,
                        std::uint32_t end, v1::Verdict verdict, std::string claim,
                        std::string message) {
  v1::Finding* finding = response->add_findings();
  finding->set_rule(rule);
  finding->mutable_span()->set_begin(begin);
  finding->mutable_span()->set_end(end);
  finding->set_verdict(verdict);
  finding->set_claim(std::move(claim));
  finding->set_message(std::move(message));
  return finding;
}

void AddEvidence(v1::Finding* finding, std::string source, std::string detail,
                 std::string citation) {
  auto* evidence = finding->add_evidence();
  evidence->set_source(std::move(source));
  evidence->set_detail(std::move(detail));
  evidence->set_citation(std::move(citation));
}

grpc::Status Checker::Describe(v1::DescribeResponse* response) {
  response->set_name(spec_.name);
  response->set_version(spec_.version);
  for (const RuleSpec& rule : spec_.rules) {
    auto* added = response->add_rules();
    added->set_id(rule.id);
    added->set_summary(rule.summary);
  }
  for (const OptionSpec& spec : spec_.options) {
    auto* option = response->add_options();
    option->set_name(spec.name);
    option->set_type(OptionTypeName(spec.type));
    option->set_summary(spec.summary);
    option->set_required(spec.required);
  }
  for (const v1::Annotation annotation : spec_.annotations) response->add_annotations(annotation);
  return Ok();
}

grpc::Status Checker::Configure(const v1::ConfigureRequest& request) {
  try {
    Load(Options(request.options(), spec_.options, spec_.name, request.config_dir()));
  } catch (const LocatedError& e) {
    return Invalid(e.Describe());
  } catch (const Error& e) {
    return Invalid(e.what());
  }
  configured_ = true;
  return Ok();
}

grpc::Status Checker::Configured(v1::ConfigureResponse* response) const {
  for (const text::WordSet* filter : SentenceFilters()) {
    if (filter == nullptr || filter->empty()) continue;
    v1::WordList* list = response->add_word_lists();
    for (std::string& word : filter->Words()) list->add_words(std::move(word));
  }
  return Ok();
}

grpc::Status Checker::Check(const v1::CheckRequest& request, v1::CheckResponse* response) const {
  if (!configured_) {
    return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, "Configure was not called");
  }
  if (!CheckDocument(request.document(), response)) {
    return Invalid("as_of '" + request.document().as_of() + "' is not YYYY-MM-DD");
  }
  return Ok();
}

}  // namespace factcheck::kit
