// Finds the assertions that tie a named person to an office in a sentence,
// in every everyday form: "former Israeli Prime Minister Benjamin
// Netanyahu", "Eli Cohen, Israel's foreign minister", "Britain's home
// secretary, Suella Braverman,", "Mr Sunak, the prime minister", "In 2004,
// Secretary of State Colin Powell ...". One pass over the sentence's tokens
// with index lookups.
#ifndef FACTCHECK_PLUGINS_OFFICE_HOLDERS_CLAIMS_H_
#define FACTCHECK_PLUGINS_OFFICE_HOLDERS_CLAIMS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/sentence_times.h"
#include "common/text_tokens.h"
#include "office_holders/people_matcher.h"
#include "office_holders/places.h"
#include "reference/office_holders.h"

namespace factcheck::office_holders {

// The reference model's names, used throughout this checker.
using reference::Days;
using reference::Holding;
using reference::Office;
using reference::Person;
using reference::SourceRef;

enum class Modifier { kNone, kFormer, kThen, kLate, kIncoming, kOutgoing, kActing, kFuture };
const char* ModifierWord(Modifier modifier);

// How the sentence ties the person to the office.
enum class ClaimForm {
  kTitleName,       // "Prime Minister Tony Blair", "then-Chancellor Nigel Lawson".
  kNameTitle,       // "Tony Blair, the British prime minister".
  kTitleCommaName,  // "Britain's home secretary, Suella Braverman,".
  kHonorificTitle,  // "Mr Sunak, the prime minister".
};
inline constexpr int kClaimFormCount = 4;
const char* ClaimFormName(ClaimForm form);  // "TITLE NAME", ...

// The days a sentence speaks of.
struct Period {
  Days first;
  Days last;
  std::string text;  // "2023-06-15", "2004", "March 2005".
};

struct Claim {
  ClaimForm form = ClaimForm::kTitleName;
  Modifier modifier = Modifier::kNone;
  std::vector<std::uint32_t> offices;         // Candidates for the title as written.
  std::optional<std::uint32_t> jurisdiction;  // Named in the text, or the home one.
  bool home_jurisdiction = false;             // `jurisdiction` is the configured home.
  std::string place;                          // A country the data has no offices of.
  std::vector<std::uint32_t> people;          // Candidates; empty: not in the data.
  bool by_surname = false;                    // The person was named by surname alone.
  // The data cannot tell the person from others of the name: a surname
  // alone the article did not give in full before, or a given name the data
  // does not have ("Alan Garcia" for a "Garcia" on record).
  bool weak_identity = false;
  bool given_name_only = false;  // A monarch's given name ("King Charles"):
                                 // other kings had it too.
  std::string person_text;       // The name as written.
  std::string title_text;        // The title as written ("shadow home
                                 // secretary", "Deputy Prime Minister").
  bool unknown_office = false;   // A title the data does not have
                                 // ("Deputy Secretary General").
  std::uint32_t begin = 0;       // The claim's span in the document.
  std::uint32_t end = 0;
  std::uint32_t person_begin = 0;  // The name's span (after an honorific).
  std::uint32_t person_end = 0;
  std::uint32_t time_word_at = 0;  // Where a time word ("former") goes before the title.
  Period when;                     // as_of, or an explicit time.
  bool explicit_time = false;
  // The wording points back to the person's time in office: "under
  // President Ford", "appointed by President Carter", "President Nixon's
  // Council of Economic Advisers".
  bool historical = false;
  // A future, conditional or hypothetical clause: "how good a prime
  // minister he will make", "if Brown becomes".
  bool hypothetical = false;
  // The sentence speaks of the article's present ("said", present tense,
  // "on Tuesday").
  bool present = false;
  // The sentence names a time well before the article's date ("the 1984
  // bombing"): it may be about then.
  bool names_past = false;
};

// What the checker knows besides the sentence.
struct Knowledge {
  const reference::OfficeHolders& reference;
  const Places& places;
  // The newsroom's country: an unqualified title ("the home secretary", "the
  // chancellor") is its office when it has one.
  std::optional<std::uint32_t> home_jurisdiction;
};

// The claims of one sentence, given its tokens (left unnumbered here, for
// the reference's indexes to number as they look them up), the host's time
// expressions in it, and the document's as_of.
std::vector<Claim> FindClaims(const Knowledge& knowledge, std::string_view text,
                              std::vector<text::Token>& tokens, text::TimeList times,
                              const Period& as_of, DocumentContext* context);

// Notes in `context` the people a sentence that holds no title names in
// full, as FindClaims does in a sentence with claims: "Fidel Castro's
// decision ..." makes a later "President Castro" Fidel Castro.
void NoteNames(const Knowledge& knowledge, std::string_view text, std::vector<text::Token>& tokens,
               DocumentContext* context);

}  // namespace factcheck::office_holders

#endif  // FACTCHECK_PLUGINS_OFFICE_HOLDERS_CLAIMS_H_
