// Finds the assertions that tie a named person to an office in a sentence:
// "former Israeli Prime Minister Benjamin Netanyahu", "Eli Cohen, Israel's
// foreign minister", "President Erdogan", "In 2004, Secretary of State Colin
// Powell ...". One pass over the sentence's tokens with index lookups.
#ifndef FACTCHECK_PLUGINS_OFFICE_HOLDERS_CLAIMS_H_
#define FACTCHECK_PLUGINS_OFFICE_HOLDERS_CLAIMS_H_

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/text_tokens.h"
#include "reference/office_holders.h"

namespace factcheck::office_holders {

// The reference model's names, used throughout this checker.
using reference::Days;
using reference::Holding;
using reference::Office;
using reference::Person;
using reference::SourceRef;

enum class Modifier { kNone, kFormer, kThen, kLate, kIncoming, kOutgoing, kActing };
const char* ModifierWord(Modifier modifier);

// The days a sentence speaks of.
struct Period {
  Days first;
  Days last;
  std::string text;  // "2023-06-15", "2004", "March 2005".
};

struct Claim {
  Modifier modifier = Modifier::kNone;
  std::vector<std::uint32_t> offices;         // Candidates for the title as written.
  std::optional<std::uint32_t> jurisdiction;  // Named in the text.
  std::vector<std::uint32_t> people;          // Candidates; empty: not in the data.
  std::string person_text;                    // The name as written.
  std::string title_text;                     // The title as written.
  bool unknown_office = false;                // A title the data does not have
                                              // ("Deputy Secretary General").
  std::uint32_t begin = 0;                    // The claim's span in the document.
  std::uint32_t end = 0;
  Period when;  // as_of, or an explicit time.
  bool explicit_time = false;
  // The wording points back to the person's time in office: "under
  // President Ford", "appointed by President Carter", "President Nixon's
  // Council of Economic Advisers".
  bool historical = false;
};

// What the document has said so far: full names seen make surnames alone
// resolvable later on.
struct DocumentContext {
  std::set<std::uint32_t> named_people;
};

// The claims of one sentence, given its tokens (numbered here for the
// reference's indexes), the host's time expressions in it, and the
// document's as_of.
std::vector<Claim> FindClaims(const reference::OfficeHolders& reference, std::string_view text,
                              std::vector<text::Token>& tokens,
                              const std::vector<const v1::TimeExpression*>& times,
                              const Period& as_of, DocumentContext* context);

}  // namespace factcheck::office_holders

#endif  // FACTCHECK_PLUGINS_OFFICE_HOLDERS_CLAIMS_H_
