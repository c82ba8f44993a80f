// Decides what the reference data says about a claim: SUPPORTED,
// CONTRADICTED or NEEDS_VERIFICATION, with a message and the evidence.
#ifndef FACTCHECK_PLUGINS_OFFICE_HOLDERS_JUDGE_H_
#define FACTCHECK_PLUGINS_OFFICE_HOLDERS_JUDGE_H_

#include "factcheck/v1/checker.pb.h"
#include "office_holders/claims.h"
#include "reference/office_holders.h"

namespace factcheck::office_holders {

// Rule ids.
inline constexpr const char* kTitleHolderRule = "title-holder";
inline constexpr const char* kFormerTitleRule = "former-title";
inline constexpr const char* kUnknownHolderRule = "unknown-holder";

// Fills in rule, verdict, claim, message and evidence (not the span).
void Judge(const reference::OfficeHolders& reference, const Claim& claim, v1::Finding* finding);

}  // namespace factcheck::office_holders

#endif  // FACTCHECK_PLUGINS_OFFICE_HOLDERS_JUDGE_H_
