// The tense of the clause a time expression stands in, from its verbs and
// auxiliaries: it decides whether a bare weekday, month, quarter, holiday or
// "this week" is the coming one or the last one. See docs/time-expressions.md.
#ifndef FACTCHECK_CORE_DOCUMENT_TIME_TENSE_H_
#define FACTCHECK_CORE_DOCUMENT_TIME_TENSE_H_

#include <cstddef>
#include <vector>

#include "document/time_lexicon.h"

namespace factcheck::tagger {

enum class Tense { kNone, kPast, kFuture };

// The tense of the verb group nearest to tokens [first, next) in their
// clause: first the one before the expression ("will open on Monday",
// "said on Monday that ..."), else the one after it ("On Monday, the company
// said"). kNone when the clause has no verb that tells.
Tense ClauseTense(const std::vector<TimeToken>& tokens, std::size_t first, std::size_t next);

}  // namespace factcheck::tagger

#endif  // FACTCHECK_CORE_DOCUMENT_TIME_TENSE_H_
