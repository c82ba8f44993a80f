#include "office_holders/judge.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace factcheck::office_holders {
namespace {

using namespace std::chrono;

// Whether the person held the office during the period: surely, possibly
// (partial dates leave it open), or not at all.
enum class Held { kNo, kMaybe, kYes };

struct Reading {
  v1::Verdict verdict = v1::VERDICT_NEEDS_VERIFICATION;
  std::string message;
  std::vector<std::pair<SourceRef, std::string>> evidence;
};

class Judgement {
 public:
  Judgement(const reference::OfficeHolders& reference, const Claim& claim)
      : reference_(reference), claim_(claim) {}

  void Run(v1::Finding* finding) {
    finding->set_rule(Rule());
    finding->set_claim(ClaimText());
    Reading reading = Decide();
    finding->set_verdict(reading.verdict);
    finding->set_message(reading.message);
    for (const auto& [source, detail] : reading.evidence) {
      auto* evidence = finding->add_evidence();
      evidence->set_source(reference_.Cite(source));
      evidence->set_detail(detail);
    }
  }

 private:
  const char* Rule() const {
    if (claim_.unknown_office || claim_.people.empty()) return kUnknownHolderRule;
    switch (claim_.modifier) {
      case Modifier::kFormer:
      case Modifier::kLate:
        return kFormerTitleRule;
      default:
        return kTitleHolderRule;
    }
  }

  std::string When() const {
    return (claim_.explicit_time && claim_.when.first != claim_.when.last ? "in " : "on ") +
           claim_.when.text;
  }

  std::string ClaimText() const {
    std::string modifier = ModifierWord(claim_.modifier);
    std::string office = claim_.offices.size() == 1 && !claim_.unknown_office
                             ? reference_.offices()[claim_.offices[0]].DisplayName()
                             : claim_.title_text;
    return claim_.person_text + ": " + (modifier.empty() ? "" : modifier + " ") + office + " " +
           When();
  }

  static std::string Capitalized(std::string text) {
    if (!text.empty())
      text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
  }

  const std::string& Name(std::uint32_t person) const { return reference_.people()[person].name; }

  // The short name used in messages: the last word of the full name.
  std::string Short(std::uint32_t person) const {
    const std::string& name = Name(person);
    const auto space = name.rfind(' ');
    return space == std::string::npos ? name : name.substr(space + 1);
  }

  Held HeldDuring(std::uint32_t person, std::uint32_t office, Days first, Days last) const {
    Held held = Held::kNo;
    for (const Holding& h : reference_.offices()[office].holders) {
      if (h.person != person) continue;
      if (h.SurelyHeldOn(first, last)) return Held::kYes;
      if (h.PossiblyHeldOn(first, last)) held = Held::kMaybe;
    }
    return held;
  }

  std::vector<const Holding*> HoldingsOf(std::uint32_t person, std::uint32_t office) const {
    std::vector<const Holding*> out;
    for (const Holding& h : reference_.offices()[office].holders) {
      if (h.person == person) out.push_back(&h);
    }
    return out;
  }

  // Who surely held the office during the period.
  std::vector<const Holding*> HoldersDuring(std::uint32_t office) const {
    std::vector<const Holding*> out;
    for (const Holding& h : reference_.offices()[office].holders) {
      if (h.SurelyHeldOn(claim_.when.first, claim_.when.last)) out.push_back(&h);
    }
    return out;
  }

  std::string HolderNames(const std::vector<const Holding*>& holders) const {
    std::string names;
    for (std::size_t i = 0; i < holders.size(); ++i) {
      if (i > 0) names += i + 1 == holders.size() ? " and " : ", ";
      names += Name(holders[i]->person);
    }
    return names;
  }

  void Cite(Reading* reading, const Holding& h, std::uint32_t office) const {
    reading->evidence.emplace_back(
        h.source,
        Name(h.person) + ", " + reference_.offices()[office].DisplayName() + ", " + h.Term());
  }

  // The reading of one (person, office) pair.
  Reading Read(std::uint32_t person, std::uint32_t office) const {
    Reading r;
    const Office& o = reference_.offices()[office];
    const std::string post = o.DisplayName();
    const auto mine = HoldingsOf(person, office);
    for (const Holding* h : mine) Cite(&r, *h, office);
    const auto others = HoldersDuring(office);
    const Days first = claim_.when.first;
    const Days last = claim_.when.last;
    const Held now = HeldDuring(person, office, first, last);

    if (mine.empty()) {
      if (others.empty() || !claim_.jurisdiction) {
        // Without a jurisdiction in the text the office was inferred from
        // the person's other posts: too weak to contradict.
        if (!others.empty()) {
          r.message = Name(person) + " is not recorded as " + post + "; " + When() +
                      " the data lists " + HolderNames(others);
          for (const Holding* h : others) Cite(&r, *h, office);
          return r;
        }
        r.message = Name(person) + " is not recorded as " + post +
                    ", and the data names no holder " + When();
        return r;
      }
      r.verdict = v1::VERDICT_CONTRADICTED;
      r.message =
          Capitalized(When() + " the " + post + " was " + HolderNames(others) + "; " +
                      Name(person) + " never held the post according to the reference data");
      for (const Holding* h : others) Cite(&r, *h, office);
      return r;
    }
    const Holding& first_term = *mine.front();
    const Holding& last_term = *mine.back();
    if (claim_.modifier == Modifier::kNone && claim_.historical && !claim_.explicit_time &&
        now != Held::kYes && first_term.from.first <= last) {
      // "under President Ford": the sentence looks back at the term.
      r.verdict = v1::VERDICT_SUPPORTED;
      r.message = Name(person) + " was " + post + " " + last_term.Term() +
                  ", the time the sentence refers to";
      return r;
    }
    switch (claim_.modifier) {
      case Modifier::kFormer:
      case Modifier::kLate: {
        if (now == Held::kYes) {
          r.verdict = v1::VERDICT_CONTRADICTED;
          r.message = Name(person) + " was " + post + " " + When() + "; the article calls " +
                      Short(person) + " " + ModifierWord(claim_.modifier);
          return r;
        }
        const bool before = std::any_of(mine.begin(), mine.end(), [&](const Holding* h) {
          return h->to && h->to->last < first;
        });
        if (before) {
          r.verdict = v1::VERDICT_SUPPORTED;
          r.message = Name(person) + " held the post of " + post + " " + last_term.Term() +
                      ", before " + claim_.when.text;
        } else {
          r.verdict = v1::VERDICT_CONTRADICTED;
          r.message = Name(person) + " only became " + post + " on " + first_term.from.text +
                      ", after " + claim_.when.text;
        }
        return r;
      }
      case Modifier::kIncoming: {
        const bool starts_soon = std::any_of(mine.begin(), mine.end(), [&](const Holding* h) {
          return h->from.last >= first - days{90};
        });
        if (starts_soon) {
          r.verdict = v1::VERDICT_SUPPORTED;
          r.message = Name(person) + " took the post of " + post + " " + first_term.Term();
        } else if (now == Held::kYes) {
          r.verdict = v1::VERDICT_CONTRADICTED;
          r.message = Name(person) + " had already been " + post + " since " + last_term.from.text +
                      " " + When() + "; the article calls " + Short(person) + " incoming";
        } else {
          r.message = "The reference data has no coming term of " + Name(person) + " as " + post;
        }
        return r;
      }
      case Modifier::kThen:
        if (!claim_.explicit_time) {
          // "then-" points at the time of the event, which the sentence does
          // not date: any term before as_of fits.
          r.verdict =
              first_term.from.first <= last ? v1::VERDICT_SUPPORTED : v1::VERDICT_CONTRADICTED;
          r.message = Name(person) + " was " + post + " " + first_term.Term();
          if (r.verdict == v1::VERDICT_CONTRADICTED) {
            r.message = Name(person) + " only became " + post + " on " + first_term.from.text;
          }
          return r;
        }
        [[fallthrough]];
      default:
        if (now == Held::kYes) {
          r.verdict = v1::VERDICT_SUPPORTED;
          r.message = Name(person) + " was " + post + " " + When() + " (in office " +
                      last_term.Term() + ")";
          return r;
        }
        if (claim_.modifier == Modifier::kActing) {
          r.message = "The reference data does not list " + Name(person) + " as " + post + " " +
                      When() + "; acting appointments are often missing from it";
          return r;
        }
        if (others.empty()) {
          // The data is silent about who held the post then: a gap, not a
          // contradiction.
          r.message = "The reference data records no " + post + " " + When() + "; it lists " +
                      Name(person) + " " + last_term.Term();
          return r;
        }
        r.verdict = v1::VERDICT_CONTRADICTED;
        {
          std::string terms;
          for (const Holding* h : mine) terms += (terms.empty() ? "" : ", ") + h->Term();
          r.message = Capitalized(When() + " the " + post + " was " + HolderNames(others) + "; " +
                                  Name(person) + " held the post " + terms);
          for (const Holding* h : others) Cite(&r, *h, office);
        }
        return r;
    }
  }

  Reading Decide() const {
    Reading r;
    if (claim_.unknown_office) {
      r.message = "The reference data has no office '" + claim_.title_text + "'" +
                  (claim_.jurisdiction ? " for " + reference_.jurisdictions()[*claim_.jurisdiction]
                                       : std::string()) +
                  "; check that " + claim_.person_text + " held it " + When();
      return r;
    }
    if (claim_.people.empty()) {
      r.message = claim_.person_text + " is not in the reference data";
      if (claim_.offices.size() == 1 && claim_.jurisdiction) {
        const auto holders = HoldersDuring(claim_.offices[0]);
        if (!holders.empty()) {
          r.message += "; " + When() + " the data lists " + HolderNames(holders) + " as " +
                       reference_.offices()[claim_.offices[0]].DisplayName();
          for (const Holding* h : holders) Cite(&r, *h, claim_.offices[0]);
        }
      }
      return r;
    }
    // Offices the person ever held among the candidates; if none, the
    // candidates in the person's own jurisdictions.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    for (std::uint32_t person : claim_.people) {
      for (std::uint32_t office : claim_.offices) {
        if (!HoldingsOf(person, office).empty()) pairs.emplace_back(person, office);
      }
    }
    if (pairs.empty()) {
      for (std::uint32_t person : claim_.people) {
        for (std::uint32_t office : claim_.offices) {
          const auto j = reference_.OfficeJurisdiction(office);
          const bool own = claim_.jurisdiction.has_value() ||
                           std::any_of(reference_.people()[person].holdings.begin(),
                                       reference_.people()[person].holdings.end(),
                                       [&](const Person::HoldingRef& h) {
                                         return reference_.OfficeJurisdiction(h.office) == j;
                                       });
          if (own) pairs.emplace_back(person, office);
        }
      }
    }
    if (pairs.empty()) {
      r.message = claim_.person_text + " is not recorded as any " + claim_.title_text +
                  " in the reference data, and the text does not say which one";
      return r;
    }
    // Readings in one jurisdiction: one that fits is enough (two people
    // share a surname, a person held the post twice). Readings in several
    // jurisdictions that disagree leave the claim open.
    std::vector<Reading> readings;
    std::set<std::uint32_t> jurisdictions;
    for (const auto& [person, office] : pairs) {
      readings.push_back(Read(person, office));
      jurisdictions.insert(reference_.OfficeJurisdiction(office));
    }
    auto count = [&](v1::Verdict verdict) {
      return std::count_if(readings.begin(), readings.end(),
                           [&](const Reading& reading) { return reading.verdict == verdict; });
    };
    const auto supported = count(v1::VERDICT_SUPPORTED);
    const auto contradicted = count(v1::VERDICT_CONTRADICTED);
    if (jurisdictions.size() > 1 && supported > 0 && contradicted > 0) {
      r.message = "The reference data is ambiguous: '" + claim_.title_text +
                  "' matches offices in several jurisdictions that disagree about " +
                  claim_.person_text;
      return r;
    }
    for (v1::Verdict verdict : {v1::VERDICT_SUPPORTED, v1::VERDICT_NEEDS_VERIFICATION}) {
      for (const Reading& reading : readings) {
        if (reading.verdict == verdict) return reading;
      }
    }
    return readings.front();
  }

  const reference::OfficeHolders& reference_;
  const Claim& claim_;
};

}  // namespace

void Judge(const reference::OfficeHolders& reference, const Claim& claim, v1::Finding* finding) {
  Judgement(reference, claim).Run(finding);
}

}  // namespace factcheck::office_holders
