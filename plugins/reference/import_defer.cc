// Merging an import with reference data that is preferred to it: the
// hand-curated files keep their terms, the import fills the rest.
#include <algorithm>
#include <optional>
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

// A term's days: [first, end), an open term's end the day the import's
// source was checked (or none).
struct Span {
  Days first;
  Days end;
};

std::optional<Span> SpanOf(const ImportedTerm& term, std::optional<Days> open_until) {
  const auto from = ParsePartialDate(term.from);
  const auto to = term.to.empty() ? std::nullopt : ParsePartialDate(term.to);
  if (!from) return std::nullopt;
  return Span{from->first, to ? to->first : open_until.value_or(Days::max())};
}

Days EndOf(const Holding& holding) {
  return holding.to ? holding.to->first : holding.known_until.value_or(Days::max());
}

Days::rep Shared(Span span, const Holding& holding) {
  const Days from = std::max(span.first, holding.from.first);
  const Days to = std::min(span.end, EndOf(holding));
  if (from >= to) return 0;
  return std::min<Days::rep>((to - from).count(), 1 << 30);  // Open ends do not overflow.
}

// A handover the two sources date up to a month apart: the import's term
// is trimmed to where the preferred term ends or starts.
constexpr Days::rep kHandoverDays = 31;

// Trims `term` off the preferred terms it shares a few days with at its
// edges. Returns the preferred holding it still shares the most days with,
// if any.
const Holding* TrimToHandovers(const Office& office, ImportedTerm* term,
                               std::optional<Days> open_until) {
  for (const Holding& holding : office.holders) {
    const auto span = SpanOf(*term, open_until);
    if (!span) return nullptr;
    const Days::rep shared = Shared(*span, holding);
    if (shared == 0 || shared > kHandoverDays) continue;
    if (holding.from.first <= span->first && holding.to) {
      term->from = holding.to->text();  // The predecessor left later.
    } else if (holding.from.first > span->first) {
      term->to = holding.from.text();  // The successor came earlier.
    }
  }
  const auto span = SpanOf(*term, open_until);
  const Holding* most = nullptr;
  Days::rep most_days = 0;
  for (const Holding& holding : office.holders) {
    const Days::rep shared = span ? Shared(*span, holding) : 0;
    if (shared > most_days) {
      most = &holding;
      most_days = shared;
    }
  }
  return most;
}

}  // namespace

std::size_t DeferTo(const OfficeHolders& preferred, std::optional<Days> open_until,
                    std::vector<ImportedTerm>* terms, std::vector<std::string>* warnings) {
  std::size_t left_out = 0;
  std::erase_if(*terms, [&](ImportedTerm& term) {
    for (const Office& office : preferred.offices()) {
      if (!SameOffice(office, term)) continue;
      const ImportedTerm as_read = term;
      const Holding* holding = TrimToHandovers(office, &term, open_until);
      if (const auto span = SpanOf(term, open_until); !span || span->first >= span->end) {
        ++left_out;  // Nothing left beside the preferred terms.
        return true;
      }
      if (holding == nullptr) {
        if (term.extends.empty()) {
          term.extends = office.id;
          term.title = office.title;  // The row may have used an alias.
          term.jurisdiction = office.jurisdiction;
        }
        continue;
      }
      const std::string theirs(preferred.people()[holding->person].name);
      if (Surname(theirs) != Surname(term.name)) {
        warnings->push_back(as_read.origin + ": " + as_read.name + " as " + office.DisplayName() +
                            " " + as_read.from + (as_read.to.empty() ? "" : " to " + as_read.to) +
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
