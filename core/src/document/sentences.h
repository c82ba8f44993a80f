// Splits prose blocks into sentences with ICU's sentence break rules and the
// standard English abbreviation suppressions ("Mr.", "U.S.", "Gen.").
#ifndef FACTCHECK_CORE_DOCUMENT_SENTENCES_H_
#define FACTCHECK_CORE_DOCUMENT_SENTENCES_H_

#include <string_view>

#include "document/prose.h"
#include "factcheck/v1/checker.pb.h"

namespace factcheck {

// Appends one Sentence per sentence of each block to `out`. Each sentence's
// segments hold its prose bytes, trimmed of surrounding white space; pieces
// separated only by white space in the file (a soft line break) share one
// segment. Safe to call from several threads at once.
void SplitSentences(std::string_view text, const ProseBlocks& blocks,
                    google::protobuf::RepeatedPtrField<v1::Sentence>* out);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_SENTENCES_H_
