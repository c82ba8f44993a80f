// Reads an office title in a sentence with what qualifies it: time words
// (former, ex-, then-, late, incoming, outgoing, acting, future), the
// jurisdiction ("Israeli", "Britain's", "of Israel", or a country the data
// has no offices of), ranks that make it another office ("Deputy", "Shadow"),
// and whether it belongs to a company rather than a state ("NAWG
// President").
#ifndef FACTCHECK_PLUGINS_OFFICE_HOLDERS_TITLES_H_
#define FACTCHECK_PLUGINS_OFFICE_HOLDERS_TITLES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/text_tokens.h"
#include "office_holders/claims.h"

namespace factcheck::office_holders {

struct Title {
  Modifier modifier = Modifier::kNone;
  std::optional<std::uint32_t> jurisdiction;  // The reference's.
  std::string place;                          // A country the data has no offices of.
  std::vector<std::uint32_t> offices;
  bool unknown_office = false;
  bool owned_by_organisation = false;
  bool hypothetical = false;     // "future", "would-be", "next".
  std::size_t begin = 0;         // First token (a time word, jurisdiction or rank word).
  std::size_t rank_begin = 0;    // First token of the title as written, with its rank word.
  std::size_t title_begin = 0;   // First token of the title itself.
  std::size_t end = 0;           // Just after.
  std::size_t time_word_at = 0;  // Where "former" would go: after a possessive
                                 // jurisdiction ("Britain's former ..."), else begin.
  bool capitalized = false;      // The title proper starts with a capital.
  bool monarch = false;          // King, Queen, Monarch, Emperor: followed by a
                                 // given name, not a full name.
};

// Capitalized words of companies, leagues and places that follow titles
// and countries without being names: "Premier League", "Japan Federation".
bool IsOrganisationWord(const text::Token& token);

class TitleParser {
 public:
  TitleParser(const Knowledge& knowledge, const std::vector<text::Token>& tokens)
      : knowledge_(knowledge), tokens_(tokens) {}

  // [time word] [jurisdiction] [time word] [rank word] TITLE [of [the]
  // JURISDICTION], starting at tokens[i].
  std::optional<Title> Parse(std::size_t i) const {
    return MayOpenAt(i) ? ParseOpened(i) : std::nullopt;
  }
  // The same where MayOpenAt(i) is known to hold.
  std::optional<Title> ParseOpened(std::size_t i) const;
  // Whether a title may open at tokens[i]: a title's first word, a
  // modifier, neutral, future or rank word, or a capitalized word that
  // starts a jurisdiction's or a place's name. Parse is null elsewhere;
  // asked first, it spares the matcher most tokens.
  bool MayOpenAt(std::size_t i) const;

  // A jurisdiction (or a country without data) at tokens[k]: "Israel",
  // "Jordan". Sets the title's and returns the tokens it covers (0: none);
  // `adjective` says whether it was an adjective ("Israeli").
  std::size_t PlaceAt(std::size_t k, Title* title, bool* adjective = nullptr) const;

  // A title of a company or group rather than a state: "NAWG President Jim
  // Miller", "ATT senior vice president", "president of Acme".
  bool OwnedByOrganisation(const Title& title) const;

 private:
  bool IsOwnerName(std::size_t k) const;

  const Knowledge& knowledge_;
  const std::vector<text::Token>& tokens_;
};

}  // namespace factcheck::office_holders

#endif  // FACTCHECK_PLUGINS_OFFICE_HOLDERS_TITLES_H_
