#include "office_holders/judge.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "common/checker.h"

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
      kit::AddEvidence(finding, reference_.Cite(source), detail);
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

  // What the data says about one (person, office) pair, for the claim's time.
  struct Facts {
    std::uint32_t person;
    std::uint32_t office;
    std::string post;                    // "Prime Minister of Israel".
    std::vector<const Holding*> mine;    // The person's terms in the office.
    std::vector<const Holding*> others;  // Who surely held it then.
    Held now;                            // Whether the person held it then.
  };

  // The reading of one (person, office) pair.
  Reading Read(std::uint32_t person, std::uint32_t office) const {
    Facts facts{person,
                office,
                reference_.offices()[office].DisplayName(),
                HoldingsOf(person, office),
                HoldersDuring(office),
                HeldDuring(person, office, claim_.when.first, claim_.when.last)};
    Reading r;
    for (const Holding* h : facts.mine) Cite(&r, *h, office);
    if (facts.mine.empty()) return ReadNeverHeld(facts, std::move(r));
    const Holding& first_term = *facts.mine.front();
    if (claim_.modifier == Modifier::kNone && claim_.historical && !claim_.explicit_time &&
        facts.now != Held::kYes && first_term.from.first <= claim_.when.last) {
      // "under President Ford": the sentence looks back at the term.
      r.verdict = v1::VERDICT_SUPPORTED;
      r.message = Name(person) + " was " + facts.post + " " + facts.mine.back()->Term() +
                  ", the time the sentence refers to";
      return r;
    }
    switch (claim_.modifier) {
      case Modifier::kFormer:
      case Modifier::kLate:
        return ReadFormer(facts, std::move(r));
      case Modifier::kIncoming:
        return ReadIncoming(facts, std::move(r));
      case Modifier::kThen:
        // "then-" points at the time of the event; without an explicit time
        // any term before as_of fits.
        if (!claim_.explicit_time) return ReadThen(facts, std::move(r));
        [[fallthrough]];
      default:
        return ReadInOffice(facts, std::move(r));
    }
  }

  // The person never held the office.
  Reading ReadNeverHeld(const Facts& f, Reading r) const {
    if (f.others.empty() || !claim_.jurisdiction) {
      // Without a jurisdiction in the text the office was inferred from the
      // person's other posts: too weak to contradict.
      if (!f.others.empty()) {
        r.message = Name(f.person) + " is not recorded as " + f.post + "; " + When() +
                    " the data lists " + HolderNames(f.others);
        for (const Holding* h : f.others) Cite(&r, *h, f.office);
        return r;
      }
      r.message = Name(f.person) + " is not recorded as " + f.post +
                  ", and the data names no holder " + When();
      return r;
    }
    r.verdict = v1::VERDICT_CONTRADICTED;
    r.message =
        Capitalized(When() + " the " + f.post + " was " + HolderNames(f.others) + "; " +
                    Name(f.person) + " never held the post according to the reference data");
    for (const Holding* h : f.others) Cite(&r, *h, f.office);
    return r;
  }

  // "former", "late": held the post before the time, and not then.
  Reading ReadFormer(const Facts& f, Reading r) const {
    if (f.now == Held::kYes) {
      r.verdict = v1::VERDICT_CONTRADICTED;
      r.message = Name(f.person) + " was " + f.post + " " + When() + "; the article calls " +
                  Short(f.person) + " " + ModifierWord(claim_.modifier);
      return r;
    }
    const bool before = std::any_of(f.mine.begin(), f.mine.end(), [&](const Holding* h) {
      return h->to && h->to->last < claim_.when.first;
    });
    if (before) {
      r.verdict = v1::VERDICT_SUPPORTED;
      r.message = Name(f.person) + " held the post of " + f.post + " " + f.mine.back()->Term() +
                  ", before " + claim_.when.text;
    } else {
      r.verdict = v1::VERDICT_CONTRADICTED;
      r.message = Name(f.person) + " only became " + f.post + " on " + f.mine.front()->from.text +
                  ", after " + claim_.when.text;
    }
    return r;
  }

  // "incoming": a term that starts about now.
  Reading ReadIncoming(const Facts& f, Reading r) const {
    const bool starts_soon = std::any_of(f.mine.begin(), f.mine.end(), [&](const Holding* h) {
      return h->from.last >= claim_.when.first - days{90};
    });
    if (starts_soon) {
      r.verdict = v1::VERDICT_SUPPORTED;
      r.message = Name(f.person) + " took the post of " + f.post + " " + f.mine.front()->Term();
    } else if (f.now == Held::kYes) {
      r.verdict = v1::VERDICT_CONTRADICTED;
      r.message = Name(f.person) + " had already been " + f.post + " since " +
                  f.mine.back()->from.text + " " + When() + "; the article calls " +
                  Short(f.person) + " incoming";
    } else {
      r.message = "The reference data has no coming term of " + Name(f.person) + " as " + f.post;
    }
    return r;
  }

  // "then-" without a date: any term that began before the time fits.
  Reading ReadThen(const Facts& f, Reading r) const {
    const Holding& first_term = *f.mine.front();
    if (first_term.from.first <= claim_.when.last) {
      r.verdict = v1::VERDICT_SUPPORTED;
      r.message = Name(f.person) + " was " + f.post + " " + first_term.Term();
    } else {
      r.verdict = v1::VERDICT_CONTRADICTED;
      r.message = Name(f.person) + " only became " + f.post + " on " + first_term.from.text;
    }
    return r;
  }

  // No modifier (or "then-" with a date): in office at the time.
  Reading ReadInOffice(const Facts& f, Reading r) const {
    if (f.now == Held::kYes) {
      r.verdict = v1::VERDICT_SUPPORTED;
      r.message = Name(f.person) + " was " + f.post + " " + When() + " (in office " +
                  f.mine.back()->Term() + ")";
      return r;
    }
    if (claim_.modifier == Modifier::kActing) {
      r.message = "The reference data does not list " + Name(f.person) + " as " + f.post + " " +
                  When() + "; acting appointments are often missing from it";
      return r;
    }
    if (f.others.empty()) {
      // The data is silent about who held the post then: a gap, not a
      // contradiction.
      r.message = "The reference data records no " + f.post + " " + When() + "; it lists " +
                  Name(f.person) + " " + f.mine.back()->Term();
      return r;
    }
    r.verdict = v1::VERDICT_CONTRADICTED;
    std::string terms;
    for (const Holding* h : f.mine) terms += (terms.empty() ? "" : ", ") + h->Term();
    r.message = Capitalized(When() + " the " + f.post + " was " + HolderNames(f.others) + "; " +
                            Name(f.person) + " held the post " + terms);
    for (const Holding* h : f.others) Cite(&r, *h, f.office);
    return r;
  }

  // The (person, office) pairs worth reading: offices the person ever held
  // among the candidates; if none, the candidates in the person's own
  // jurisdictions (or any, when the text names the jurisdiction).
  std::vector<std::pair<std::uint32_t, std::uint32_t>> CandidatePairs() const {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    for (std::uint32_t person : claim_.people) {
      for (std::uint32_t office : claim_.offices) {
        if (!HoldingsOf(person, office).empty()) pairs.emplace_back(person, office);
      }
    }
    if (!pairs.empty()) return pairs;
    for (std::uint32_t person : claim_.people) {
      const auto& holdings = reference_.people()[person].holdings;
      for (std::uint32_t office : claim_.offices) {
        const auto j = reference_.OfficeJurisdiction(office);
        const bool own =
            claim_.jurisdiction.has_value() ||
            std::any_of(holdings.begin(), holdings.end(), [&](const Person::HoldingRef& h) {
              return reference_.OfficeJurisdiction(h.office) == j;
            });
        if (own) pairs.emplace_back(person, office);
      }
    }
    return pairs;
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
    const auto pairs = CandidatePairs();
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
