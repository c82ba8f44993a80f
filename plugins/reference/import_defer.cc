// Merging an import with reference data that is preferred to it: the
// hand-curated files keep their terms, the import fills the rest.
#include <algorithm>
#include <string>
#include <vector>

#include "common/text_tokens.h"
#include "reference/import.h"
#include "reference/office_holders.h"

namespace factcheck::reference {
namespace {

// The surname, to tell two records of one person apart from two people:
// "David Cameron", and "Lord Cameron of Chipping Norton" as a peer.
std::string Surname(std::string name) {
  for (const char* title : {"Lord ", "Baroness ", "Lady ", "Sir ", "Dame ", "Earl ", "Viscount "}) {
    if (name.starts_with(title)) {
      name = name.substr(std::string_view(title).size());
      if (const auto of = name.find(" of "); of != std::string::npos) name.resize(of);
      break;
    }
  }
  const auto space = name.find_last_of(' ');
  return text::Fold(space == std::string::npos ? name : name.substr(space + 1));
}

bool SameOffice(const Office& office, const ImportedTerm& term) {
  if (text::Fold(office.jurisdiction) != text::Fold(term.jurisdiction)) return false;
  std::vector<std::string> theirs = {text::Fold(office.title)};
  for (const auto& alias : office.aliases) theirs.push_back(text::Fold(alias));
  std::vector<std::string> ours = {text::Fold(term.title)};
  for (const auto& alias : term.office_aliases) ours.push_back(text::Fold(alias));
  return std::any_of(ours.begin(), ours.end(), [&](const std::string& title) {
    return std::find(theirs.begin(), theirs.end(), title) != theirs.end();
  });
}

// The preferred data's holding that shares a day with `term`, if any.
const Holding* Overlapping(const Office& office, const ImportedTerm& term) {
  const auto from = ParsePartialDate(term.from);
  const auto to = term.to.empty() ? std::nullopt : ParsePartialDate(term.to);
  if (!from) return nullptr;
  const Days first = from->first, last = to ? to->first : Days::max();
  for (const Holding& holding : office.holders) {
    const Days end = holding.to ? holding.to->first : holding.known_until.value_or(Days::max());
    if (holding.from.first < last && first < end) return &holding;
  }
  return nullptr;
}

}  // namespace

std::size_t DeferTo(const OfficeHolders& preferred, std::vector<ImportedTerm>* terms,
                    std::vector<std::string>* warnings) {
  std::size_t left_out = 0;
  std::erase_if(*terms, [&](ImportedTerm& term) {
    for (const Office& office : preferred.offices()) {
      if (!SameOffice(office, term)) continue;
      const Holding* holding = Overlapping(office, term);
      if (holding == nullptr) {
        if (term.extends.empty()) {
          term.extends = office.id;
          term.title = office.title;  // The row may have used an alias.
          term.jurisdiction = office.jurisdiction;
        }
        continue;
      }
      const std::string& theirs = preferred.people()[holding->person].name;
      if (Surname(theirs) != Surname(term.name)) {
        warnings->push_back(term.origin + ": " + term.name + " as " + office.DisplayName() + " " +
                            term.from + (term.to.empty() ? "" : " to " + term.to) +
                            " left out: " + preferred.Cite(holding->source) + " lists " + theirs +
                            " " + holding->Term());
      }
      ++left_out;
      return true;
    }
    return false;
  });
  return left_out;
}

}  // namespace factcheck::reference
