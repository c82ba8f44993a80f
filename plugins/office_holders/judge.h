// Decides what the reference data says about a claim: SUPPORTED,
// CONTRADICTED or NEEDS_VERIFICATION, with a message and the evidence.
// CONTRADICTED only when the data and the sentence settle it: a holder who
// took office after the claim's time, a past holder named in a sentence that
// speaks of the present or of an explicit time, "former" for a sitting
// holder. A future or hypothetical clause, a sentence that leaves its time
// unnamed, a name that may be several people who disagree, and a surname
// alone for someone who never held the post need verification instead.
#ifndef FACTCHECK_PLUGINS_OFFICE_HOLDERS_JUDGE_H_
#define FACTCHECK_PLUGINS_OFFICE_HOLDERS_JUDGE_H_

#include <optional>
#include <set>

#include "factcheck/v1/checker.pb.h"
#include "office_holders/claims.h"
#include "reference/office_holders.h"

namespace factcheck::office_holders {

// Rule ids.
inline constexpr const char* kTitleHolderRule = "title-holder";
inline constexpr const char* kFormerTitleRule = "former-title";
inline constexpr const char* kUnknownHolderRule = "unknown-holder";

// What the rest of the article says about where it is: the jurisdictions
// its other claims name ("U.S. Treasury Secretary James Baker") or that the
// data supports them in ("President Reagan", in office that day). A surname
// alone under a title that names no country ("President Carter") is read
// as that country's office holder when the article names the country of
// exactly one of the offices the person held under that title.
struct ArticleContext {
  std::optional<std::uint32_t> home_jurisdiction;  // The newsroom's country.
  std::set<std::uint32_t> jurisdictions;
};

// Fills in rule, verdict, claim, message and evidence (not the span).
// Returns the jurisdiction the claim places the article in: the one its
// text names, or the one of the office the data supports it in.
std::optional<std::uint32_t> Judge(const reference::OfficeHolders& reference,
                                   const ArticleContext& context, const Claim& claim,
                                   v1::Finding* finding);

}  // namespace factcheck::office_holders

#endif  // FACTCHECK_PLUGINS_OFFICE_HOLDERS_JUDGE_H_
