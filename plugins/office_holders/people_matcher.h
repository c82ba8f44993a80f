// Finds who a name in a sentence may be, the way the press writes names:
// full names with or without middle initials and suffixes ("George W. Bush",
// "George Bush", "Martin Luther King Jr."), honorifics before a name or a
// surname ("Mr Sunak", "Sir Keir Starmer", "Lord Prescott"), a given name
// the data does not have before a peer's or a surname-only record's surname
// ("John Prescott" for "Lord Prescott"), and a surname alone, resolved by the
// article's earlier mentions and the office named.
#ifndef FACTCHECK_PLUGINS_OFFICE_HOLDERS_PEOPLE_MATCHER_H_
#define FACTCHECK_PLUGINS_OFFICE_HOLDERS_PEOPLE_MATCHER_H_

#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>
#include <vector>

#include "common/text_tokens.h"
#include "reference/office_holders.h"

namespace factcheck::office_holders {

// What the document has said so far: full names seen make surnames alone
// resolvable later on.
struct DocumentContext {
  std::set<std::uint32_t> named_people;
};

struct PersonMatch {
  std::size_t begin = 0;       // First token (an honorific, if any).
  std::size_t name_begin = 0;  // First token of the name itself.
  std::size_t end = 0;         // Just after the name (and a suffix); begin == end: none.
  std::vector<std::uint32_t> people;
  bool honorific = false;   // "Mr", "Dr", "Sir" ...
  bool by_surname = false;  // Matched by a surname alone.
  // The data cannot tell the person from others of the name: a surname
  // alone that the article did not give in full before, or a given name
  // before a surname the data has without one.
  bool weak = false;
  bool found() const { return end > begin; }
};

// Whether a token is an honorific before a name: Mr, Mrs, Ms, Miss, Dr, Sir,
// Dame, Lord, Lady, Baroness, Prof.
bool IsHonorific(const text::Token& token);

// Whether a token is a weekday or a month: capitalized words that may follow
// a name without being part of it ("President Reagan Tuesday said").
bool IsCalendarWord(const text::Token& token);

namespace internal {
// The particles are two to five letters long.
inline constexpr std::size_t kShortestParticle = 2, kLongestParticle = 5;
// `hash` is the word's WordHash, or 0.
bool IsParticleWord(std::string_view folded, std::uint64_t hash);
}  // namespace internal

// Whether a token is a lower-case particle inside a name: "von", "de", "bin".
// Asked of nearly every word of a sentence with a title: most are turned
// away inline, by their capital or their length.
inline bool IsNameParticle(const text::Token& token) {
  return token.kind == text::Token::Kind::kWord && !token.capitalized &&
         token.folded.size() - internal::kShortestParticle <=
             internal::kLongestParticle - internal::kShortestParticle &&
         internal::IsParticleWord(token.folded, token.hash);
}

class PeopleMatcher {
 public:
  PeopleMatcher(const reference::OfficeHolders& reference, const std::vector<text::Token>& tokens,
                DocumentContext* context)
      : reference_(reference), tokens_(tokens), context_(context) {}

  // The person named at tokens[j]; `offices` are the offices of the title
  // the name goes with (a surname alone resolves among their holders).
  // Records full names in the document context.
  PersonMatch At(std::size_t j, const std::vector<std::uint32_t>& offices) const;

  // A full name at tokens[j] (at least two words), recorded in the context:
  // "Rishi Sunak spoke first" makes a later "Mr Sunak" Rishi Sunak. Returns
  // the tokens it covers (0: none). Asked of most tokens of a sentence with
  // a title: most words start no name, being neither capitalized (a given
  // name before a bare surname is) nor a full name's first word, and are
  // turned away inline.
  std::size_t NoteFullName(std::size_t j) const {
    if (j >= tokens_.size()) return 0;
    const text::Token& first = tokens_[j];
    if (!(first.kind == text::Token::Kind::kWord && first.capitalized) &&
        !reference_.names().StartsAt(tokens_, j)) {
      return 0;
    }
    return NoteFullNameAt(j);
  }

 private:
  struct Found {
    std::size_t length = 0;
    std::vector<std::uint32_t> people;
    void Clear() {  // No match, its room kept.
      length = 0;
      people.clear();
    }
  };
  // The longest full name at tokens[j], skipping middle initials the data
  // does not write ("Harry S. Truman" for "Harry Truman"), with a suffix
  // ("Jr.", ", Jr.", "III") taken along.
  Found FullName(std::size_t j) const;
  std::size_t Suffix(std::size_t end) const;
  // A given name before a bare surname: "John Prescott" for "Lord Prescott".
  Found GivenAndBareSurname(std::size_t j) const;
  // `introduced`: after a title or an honorific.
  Found Surname(std::size_t j, bool introduced) const;
  // Of the people a surname may be: those the article named and that held
  // one of the offices; else the holders; else those named.
  std::vector<std::uint32_t> Resolve(const std::vector<std::uint32_t>& candidates,
                                     const std::vector<std::uint32_t>& offices) const;
  bool NameGoesOn(std::size_t end) const;
  std::size_t NoteFullNameAt(std::size_t j) const;
  // FullName and GivenAndBareSurname, kept for the last token each was
  // asked of: NoteFullName asks both again of the token At just looked at.
  const Found& FullNameAt(std::size_t j) const;
  const Found& GivenAndBareSurnameAt(std::size_t j) const;

  const reference::OfficeHolders& reference_;
  const std::vector<text::Token>& tokens_;
  DocumentContext* context_;
  struct Kept {
    std::size_t at = SIZE_MAX;
    Found found;
  };
  mutable Kept full_name_, given_and_bare_surname_;
};

}  // namespace factcheck::office_holders

#endif  // FACTCHECK_PLUGINS_OFFICE_HOLDERS_PEOPLE_MATCHER_H_
