// The host's temporal tagger: finds time expressions in checkable prose and
// resolves them against the document's as_of, once for every plugin.
// Calendar arithmetic uses std::chrono's calendar types.
#ifndef FACTCHECK_CORE_DOCUMENT_TIME_TAGGER_H_
#define FACTCHECK_CORE_DOCUMENT_TIME_TAGGER_H_

#include <chrono>
#include <string_view>
#include <vector>

#include "factcheck/v1/checker.pb.h"

namespace factcheck {

// Tags the sentences of `document` (its text, sentences and as_of must be
// set) and fills document->time_expressions in text order.
void TagTimeExpressions(v1::Document* document);

// Tags one stretch of text as a single sentence, for tests and the
// conformance command.
std::vector<v1::TimeExpression> TagText(std::string_view text, std::chrono::year_month_day as_of);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_TIME_TAGGER_H_
