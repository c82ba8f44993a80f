#include "office_holders/judge.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <span>

#include "common/checker.h"
#include "common/partial_date.h"

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
  std::uint32_t person = 0;
  std::uint32_t office = 0;
  // Who held the post then, when the data names one person: the fix a
  // CONTRADICTED reading offers.
  std::optional<std::uint32_t> holder;
  std::string post;  // "Prime Minister of the United Kingdom".
};

std::string Capitalized(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

class Judgement {
 public:
  Judgement(const reference::OfficeHolders& reference, const ArticleContext& context,
            const Claim& claim)
      : reference_(reference), context_(context), home_(context.home_jurisdiction), claim_(claim) {}

  std::optional<std::uint32_t> Run(v1::Finding* finding) {
    finding->set_rule(Rule());
    finding->set_claim(ClaimText());
    Reading reading = Decide();
    finding->set_verdict(reading.verdict);
    finding->set_message(SpelledDates(reading.message));
    for (const auto& [source, detail] : reading.evidence) {
      kit::AddEvidence(finding, reference_.Cite(source), SpelledDates(detail),
                       reference_.Citation(source));
    }
    Suggest(reading, finding);
    if (reading.verdict == v1::VERDICT_SUPPORTED && !claim_.unknown_office &&
        !claim_.people.empty()) {
      return reference_.OfficeJurisdiction(reading.office);
    }
    if (claim_.jurisdiction && !claim_.home_jurisdiction) return claim_.jurisdiction;
    return std::nullopt;
  }

  // A contradicted holder comes with the one the data names for the date,
  // written as the article wrote the wrong one (in full or by surname).
  // Not after an honorific: "Mrs Thatcher" cannot become "Mrs Major".
  void Suggest(const Reading& reading, v1::Finding* finding) const {
    if (reading.verdict != v1::VERDICT_CONTRADICTED || !reading.holder ||
        claim_.form == ClaimForm::kHonorificTitle || claim_.modifier != Modifier::kNone ||
        claim_.person_end <= claim_.person_begin) {
      return;
    }
    auto* suggestion = finding->mutable_suggestion();
    suggestion->mutable_span()->set_begin(claim_.person_begin);
    suggestion->mutable_span()->set_end(claim_.person_end);
    suggestion->set_replacement(claim_.by_surname ? Short(*reading.holder) : Name(*reading.holder));
    suggestion->set_description(
        SpelledDates("The " + reading.post + " " + When() + ", according to the reference data"));
  }

  // The one holder the data names for the time, for a suggestion.
  static void NameHolder(Reading* r, const std::vector<const Holding*>& holders,
                         const std::string& post) {
    if (holders.size() != 1) return;
    r->holder = holders.front()->person;
    r->post = post;
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

  // "on 1 March 2005", "in March 2005", "in the week of ...".
  std::string When() const {
    const bool day = claim_.when.first == claim_.when.last && claim_.when.text.size() == 10;
    return (day ? "on " : "in ") + claim_.when.text;
  }

  // Of a person's terms (sorted by start), the one the claim's time falls
  // in; the last one that began by then; the first one after it.
  const Holding* TermDuring(const std::vector<const Holding*>& terms) const {
    for (const Holding* h : terms) {
      if (h->SurelyHeldOn(claim_.when.first, claim_.when.last)) return h;
    }
    return terms.back();
  }
  const Holding* LastTermBy(const std::vector<const Holding*>& terms) const {
    const Holding* last = terms.front();
    for (const Holding* h : terms) {
      if (h->from.first <= claim_.when.last) last = h;
    }
    return last;
  }
  const Holding* FirstTermAfter(const std::vector<const Holding*>& terms) const {
    for (const Holding* h : terms) {
      if (h->from.first > claim_.when.last) return h;
    }
    return terms.back();
  }

  std::string ClaimText() const {
    std::string modifier = ModifierWord(claim_.modifier);
    std::string office = claim_.offices.size() == 1 && !claim_.unknown_office
                             ? reference_.offices()[claim_.offices[0]].DisplayName()
                             : claim_.title_text;
    return claim_.person_text + ": " + (modifier.empty() ? "" : modifier + " ") + office + " " +
           When();
  }

  std::string Name(std::uint32_t person) const {
    return std::string(reference_.people()[person].name);
  }

  // The short name used in messages: the last word of the full name.
  std::string Short(std::uint32_t person) const {
    const std::string name = Name(person);
    const auto space = name.rfind(' ');
    return space == std::string::npos ? name : name.substr(space + 1);
  }

  // The person's terms in the office, from the person's own list.
  std::vector<const Holding*> HoldingsOf(std::uint32_t person, std::uint32_t office) const {
    std::vector<const Holding*> out;
    for (const reference::HoldingRef& h : reference_.people()[person].holdings) {
      if (h.office == office) out.push_back(&reference_.offices()[office].holders[h.holding]);
    }
    return out;
  }

  // "; the reference data was last checked on 21 October 2025" when the
  // claim's time is after the day the office's data was checked: who holds
  // the post since is not known.
  std::string AfterChecked(std::uint32_t office) const {
    const auto& checked = reference_.CoverageOf(office).checked;
    if (!checked || claim_.when.last <= checked->first) return "";
    return "; the data was last checked on " + checked->text();
  }

  // Whether the data lists every holder of the office at the claim's time:
  // only then does a person's first term, starting later, show that they
  // did not hold the post before. A file declares it (`complete_from`).
  bool CompleteThen(std::uint32_t office) const {
    const auto& from = reference_.offices()[office].complete_from;
    return !from || from->first <= claim_.when.first;
  }

  // A term still open when the data was checked, before the claim's time.
  static const Holding* OpenPastCheck(const std::vector<const Holding*>& terms, Days last) {
    for (const Holding* h : terms) {
      if (!h->to && h->known_until && *h->known_until < last) return h;
    }
    return nullptr;
  }

  static Held HeldDuring(const std::vector<const Holding*>& terms, Days first, Days last) {
    Held held = Held::kNo;
    for (const Holding* h : terms) {
      if (h->SurelyHeldOn(first, last)) return Held::kYes;
      if (h->PossiblyHeldOn(first, last)) held = Held::kMaybe;
    }
    return held;
  }

  // Who surely held the office during the claim's period. Holders are sorted
  // by start and do not overlap: the search starts at the last term that
  // began by the period's end.
  std::vector<const Holding*> HoldersDuring(std::uint32_t office) const {
    const auto& holders = reference_.offices()[office].holders;
    auto it = std::upper_bound(holders.begin(), holders.end(), claim_.when.last,
                               [](Days last, const Holding& h) { return last < h.from.first; });
    std::vector<const Holding*> out;
    while (it != holders.begin()) {
      --it;
      if (it->SurelyHeldOn(claim_.when.first, claim_.when.last)) out.insert(out.begin(), &*it);
      if (it->to && it->to->last < claim_.when.first) break;
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

  static std::string Terms(const std::vector<const Holding*>& terms) {
    std::string out;
    for (const Holding* h : terms) out += (out.empty() ? "" : ", ") + h->Term();
    return out;
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
    bool named_jurisdiction;             // The text (or the home option) settles the office.
  };

  // The message for a person whose first term in the data begins after the
  // claim's time, where the data does not reach back that far.
  std::string BeforeComplete(const Facts& f) const {
    return "The reference data lists " + Name(f.person) + " as " + f.post + " from " +
           f.mine.front()->from.text() + ", but lists every holder only from " +
           reference_.offices()[f.office].complete_from->text() + "; check whether " +
           Short(f.person) + " held the post " + When();
  }

  // Whether the data names a person by surname only (REIGN's "Putin").
  bool SurnameOnly(std::uint32_t person) const {
    return reference_.people()[person].name.find(' ') == std::string::npos;
  }

  // A contradiction may not rest on a name the data gives by surname
  // only ("Gilberto Arango" may be another Arango than the data's), nor on
  // a holder whose name is the end of the claimed person's: the data's
  // "Putin" or "Lula da Silva" may be the "Vladimir Putin" or "Luiz Inácio
  // Lula da Silva" of another file.
  Reading GuardSurnameOnly(Reading r) const {
    if (r.verdict != v1::VERDICT_CONTRADICTED) return r;
    std::string why;
    if (SurnameOnly(r.person)) {
      why = "names " + Name(r.person) + " by surname only, so '" + claim_.person_text +
            "' may be another person";
    }
    const std::string claimed = Name(r.person);
    for (const Holding* h : HoldersDuring(r.office)) {
      const std::string holder = Name(h->person);
      // "Lula da Silva" in one file, "Luiz Inácio Lula da Silva" in another.
      const std::string a = text::Fold(claimed), b = text::Fold(holder);
      if (why.empty() && h->person != r.person && (a.ends_with(" " + b) || b.ends_with(" " + a))) {
        why = "names the holder " + holder + ", who may be " + claimed;
      }
    }
    if (why.empty()) return r;
    r.verdict = v1::VERDICT_NEEDS_VERIFICATION;
    r.holder.reset();
    r.message += "; but the reference data " + why + ": check it";
    return r;
  }

  // The reading of one (person, office) pair.
  Reading Read(std::uint32_t person, std::uint32_t office, bool named_jurisdiction) const {
    auto mine = HoldingsOf(person, office);
    const Held now = HeldDuring(mine, claim_.when.first, claim_.when.last);
    Facts facts{person,
                office,
                reference_.offices()[office].DisplayName(),
                std::move(mine),
                HoldersDuring(office),
                now,
                named_jurisdiction};
    Reading r;
    r.person = person;
    r.office = office;
    for (const Holding* h : facts.mine) Cite(&r, *h, office);
    if (facts.mine.empty()) return ReadNeverHeld(facts, std::move(r));
    const Holding& first_term = *facts.mine.front();
    if (claim_.modifier == Modifier::kNone && claim_.historical && !claim_.explicit_time &&
        facts.now != Held::kYes && first_term.from.first <= claim_.when.last) {
      // "under President Ford": the sentence looks back at the term.
      r.verdict = v1::VERDICT_SUPPORTED;
      r.message = Name(person) + " was " + facts.post + " " + LastTermBy(facts.mine)->Term() +
                  ", the time the sentence refers to";
      return r;
    }
    switch (claim_.modifier) {
      case Modifier::kFormer:
      case Modifier::kLate:
        return ReadFormer(facts, std::move(r));
      case Modifier::kIncoming:
        return ReadIncoming(facts, std::move(r));
      case Modifier::kFuture:
        return ReadFuture(facts, std::move(r));
      case Modifier::kThen:
        // "then-" points at the time of the event; without an explicit time
        // any term before as_of fits.
        if (!claim_.explicit_time) return ReadThen(facts, std::move(r));
        [[fallthrough]];
      default:
        return ReadInOffice(facts, std::move(r));
    }
  }

  // The person never held the office. Contradicted only when the office is
  // settled (a jurisdiction in the text, or the home one), the data names
  // the holder then, the person was named in full, and the sentence names
  // no earlier time the data may not reach.
  Reading ReadNeverHeld(const Facts& f, Reading r) const {
    for (const Holding* h : f.others) Cite(&r, *h, f.office);
    const bool settled = f.named_jurisdiction && !f.others.empty() && !claim_.hypothetical &&
                         !claim_.weak_identity && claim_.modifier == Modifier::kNone &&
                         (claim_.present || claim_.explicit_time || !claim_.names_past);
    if (settled) {
      r.verdict = v1::VERDICT_CONTRADICTED;
      r.message =
          Capitalized(When() + " the " + f.post + " was " + HolderNames(f.others) + "; " +
                      Name(f.person) + " never held the post according to the reference data");
      NameHolder(&r, f.others, f.post);
      return r;
    }
    if (!f.others.empty()) {
      r.message = Name(f.person) + " is not recorded as " + f.post + "; " + When() +
                  " the data lists " + HolderNames(f.others);
      return r;
    }
    r.message = Name(f.person) + " is not recorded as " + f.post +
                ", and the data names no holder " + When() + AfterChecked(f.office);
    return r;
  }

  // "former", "late": held the post before the time, and not then.
  Reading ReadFormer(const Facts& f, Reading r) const {
    // "In 1980 former President Jimmy Carter imposed ...": a sentence that
    // names an earlier time of its own may say "former" from the article's
    // date, so holding the post at that time settles nothing.
    if (f.now == Held::kYes && claim_.explicit_time && !claim_.present) {
      r.message = Name(f.person) + " was " + f.post + " " + When() +
                  ", the time the sentence names;" + " check that the article's \"" +
                  ModifierWord(claim_.modifier) + "\" speaks of a later day";
      return r;
    }
    // A sitting holder is never "former", whatever the clause's mood.
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
      r.message = Name(f.person) + " held the post of " + f.post + " " +
                  LastTermBy(f.mine)->Term() + ", before " + claim_.when.text;
    } else if (const Holding* open = OpenPastCheck(f.mine, claim_.when.last)) {
      r.message = "The reference data lists " + Name(f.person) + " as " + f.post + " " +
                  open->Term() + AfterChecked(f.office) + "; check whether " + Short(f.person) +
                  "'s term had ended " + When();
    } else if (f.now == Held::kMaybe) {
      r.message = "The reference data's dates for " + Name(f.person) + " as " + f.post + " (" +
                  Terms(f.mine) + ") do not settle whether the term had ended " + When();
    } else if (!CompleteThen(f.office)) {
      r.message = BeforeComplete(f);
    } else {
      r.verdict = claim_.hypothetical ? v1::VERDICT_NEEDS_VERIFICATION : v1::VERDICT_CONTRADICTED;
      r.message = Name(f.person) + " only became " + f.post + " on " + f.mine.front()->from.text() +
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
                  TermDuring(f.mine)->from.text() + " " + When() + "; the article calls " +
                  Short(f.person) + " incoming";
    } else {
      r.message = "The reference data has no coming term of " + Name(f.person) + " as " + f.post;
    }
    return r;
  }

  // "future", "would-be", "next": a term after the time; never
  // contradicted, the future is not in the data.
  Reading ReadFuture(const Facts& f, Reading r) const {
    const bool later = std::any_of(f.mine.begin(), f.mine.end(), [&](const Holding* h) {
      return h->from.first > claim_.when.last;
    });
    if (later) {
      r.verdict = v1::VERDICT_SUPPORTED;
      r.message = Name(f.person) + " became " + f.post + " " + FirstTermAfter(f.mine)->Term() +
                  ", after " + claim_.when.text;
    } else {
      r.message = "The sentence speaks of a time to come; the reference data lists " +
                  Name(f.person) + " as " + f.post + " " + Terms(f.mine);
    }
    return r;
  }

  // "then-" without a date: any term that began before the time fits.
  Reading ReadThen(const Facts& f, Reading r) const {
    const Holding& first_term = *f.mine.front();
    if (first_term.from.first <= claim_.when.last) {
      r.verdict = v1::VERDICT_SUPPORTED;
      r.message = Name(f.person) + " was " + f.post + " " + first_term.Term();
    } else if (!CompleteThen(f.office)) {
      r.message = BeforeComplete(f);
    } else {
      r.verdict = v1::VERDICT_CONTRADICTED;
      r.message = Name(f.person) + " only became " + f.post + " on " + first_term.from.text();
    }
    return r;
  }

  // No modifier (or "then-" with a date): in office at the time.
  Reading ReadInOffice(const Facts& f, Reading r) const {
    if (f.now == Held::kYes) {
      r.verdict = v1::VERDICT_SUPPORTED;
      r.message = Name(f.person) + " was " + f.post + " " + When() + " (in office " +
                  TermDuring(f.mine)->Term() + ")";
      return r;
    }
    if (claim_.modifier == Modifier::kActing) {
      r.message = "The reference data does not list " + Name(f.person) + " as " + f.post + " " +
                  When() + "; acting appointments are often missing from it";
      return r;
    }
    if (const Holding* open = OpenPastCheck(f.mine, claim_.when.last);
        open != nullptr && f.now == Held::kMaybe) {
      r.message = "The reference data lists " + Name(f.person) + " as " + f.post + " " +
                  open->Term() + AfterChecked(f.office) + "; check that " + Short(f.person) +
                  " still held the post " + When();
      return r;
    }
    if (f.now == Held::kMaybe) {
      r.message = "The reference data's dates for " + Name(f.person) + " as " + f.post + " (" +
                  Terms(f.mine) + ") do not settle " + When();
      return r;
    }
    for (const Holding* h : f.others) Cite(&r, *h, f.office);
    const std::string holders = f.others.empty()
                                    ? std::string()
                                    : "; " + When() + " the data lists " + HolderNames(f.others);
    if (claim_.hypothetical) {
      r.message =
          "The sentence speaks of a possibility or of the future; the reference data "
          "lists " +
          Name(f.person) + " as " + f.post + " " + Terms(f.mine);
      return r;
    }
    if (claim_.weak_identity && !f.named_jurisdiction) {
      r.message = "'" + claim_.person_text +
                  "' may be someone the reference data does not "
                  "have: it lists " +
                  Name(f.person) + " as " + f.post + " " + Terms(f.mine) + holders +
                  ", and the text names no country";
      return r;
    }
    if (claim_.given_name_only) {
      r.message = "'" + claim_.title_text + " " + claim_.person_text +
                  "' may be another monarch of that name; the reference data lists " +
                  Name(f.person) + " as " + f.post + " " + Terms(f.mine) + holders;
      return r;
    }
    // A holder whose first term began after the time: an anachronism,
    // whatever the sentence's tense.
    if (f.mine.front()->from.first > claim_.when.last && !CompleteThen(f.office)) {
      r.message = BeforeComplete(f) + holders;
      return r;
    }
    if (f.mine.front()->from.first > claim_.when.last) {
      r.verdict = v1::VERDICT_CONTRADICTED;
      r.message = Name(f.person) + " only became " + f.post + " on " + f.mine.front()->from.text() +
                  ", after " + claim_.when.text + holders;
      NameHolder(&r, f.others, f.post);
      return r;
    }
    return ReadPastHolder(f, std::move(r), holders);
  }

  // A holder whose terms ended before the time.
  Reading ReadPastHolder(const Facts& f, Reading r, const std::string& holders) const {
    if (f.others.empty()) {
      // The data is silent about who held the post then: a gap, not a
      // contradiction.
      r.message = "The reference data records no " + f.post + " " + When() + "; it lists " +
                  Name(f.person) + " " + LastTermBy(f.mine)->Term() + AfterChecked(f.office);
      return r;
    }
    if (claim_.explicit_time || claim_.present) {
      r.verdict = v1::VERDICT_CONTRADICTED;
      r.message = Capitalized(When() + " the " + f.post + " was " + HolderNames(f.others) + "; " +
                              Name(f.person) + " held the post " + Terms(f.mine));
      NameHolder(&r, f.others, f.post);
      return r;
    }
    r.message = Name(f.person) + " was " + f.post + " " + Terms(f.mine) + holders +
                "; check that the sentence speaks of " + Short(f.person) + "'s time in office";
    return r;
  }

  bool HeldAny(std::uint32_t person, std::span<const std::uint32_t> offices) const {
    const auto& holdings = reference_.people()[person].holdings;
    return std::any_of(holdings.begin(), holdings.end(), [&](const reference::HoldingRef& h) {
      return std::find(offices.begin(), offices.end(), h.office) != offices.end();
    });
  }

  // The offices of the home jurisdiction among the candidates, when the
  // text names no jurisdiction.
  std::vector<std::uint32_t> HomeOffices() const {
    std::vector<std::uint32_t> out;
    if (!home_ || claim_.jurisdiction || !claim_.place.empty()) return out;
    for (std::uint32_t office : claim_.offices) {
      if (reference_.OfficeJurisdiction(office) == *home_) out.push_back(office);
    }
    return out;
  }

  struct Pair {
    std::uint32_t person;
    std::uint32_t office;
    bool named_jurisdiction;
  };

  // The (person, office) pairs worth reading: offices the person ever held
  // among the candidates; if none, the home jurisdiction's office; else the
  // candidates in the person's own jurisdictions (or any, when the text
  // names the jurisdiction).
  std::vector<Pair> CandidatePairs() const {
    std::vector<Pair> pairs;
    const bool named = claim_.jurisdiction.has_value();
    for (std::uint32_t person : claim_.people) {
      for (std::uint32_t office : claim_.offices) {
        if (HeldAny(person, {&office, 1})) pairs.push_back({person, office, named});
      }
    }
    if (!pairs.empty()) return named ? pairs : PlacedByArticle(std::move(pairs));
    const auto home = HomeOffices();
    for (std::uint32_t person : claim_.people) {
      for (std::uint32_t office : home) pairs.push_back({person, office, true});
    }
    if (!pairs.empty()) return pairs;
    for (std::uint32_t person : claim_.people) {
      const auto& holdings = reference_.people()[person].holdings;
      for (std::uint32_t office : claim_.offices) {
        const auto j = reference_.OfficeJurisdiction(office);
        const bool own = named || std::any_of(holdings.begin(), holdings.end(),
                                              [&](const reference::HoldingRef& h) {
                                                return reference_.OfficeJurisdiction(h.office) == j;
                                              });
        if (own) pairs.push_back({person, office, named});
      }
    }
    return pairs;
  }

  // A surname alone under a title that names no country: when the article
  // (or the newsroom's home) names the country of exactly one of the
  // offices in `pairs`, the claim is about that office ("President Carter"
  // in an article that calls Reagan president, or names the United States
  // elsewhere).
  std::vector<Pair> PlacedByArticle(std::vector<Pair> pairs) const {
    if (!claim_.weak_identity || !claim_.place.empty()) return pairs;
    std::set<std::uint32_t> named;
    for (const Pair& pair : pairs) {
      const auto j = reference_.OfficeJurisdiction(pair.office);
      if (context_.jurisdictions.count(j) > 0 || j == home_) named.insert(j);
    }
    if (named.size() != 1) return pairs;
    std::vector<Pair> placed;
    for (Pair pair : pairs) {
      if (reference_.OfficeJurisdiction(pair.office) != *named.begin()) continue;
      pair.named_jurisdiction = true;
      placed.push_back(pair);
    }
    return placed;
  }

  Reading UnknownOffice() const {
    Reading r;
    std::string where;
    if (claim_.jurisdiction) where = " for " + reference_.jurisdictions()[*claim_.jurisdiction];
    if (!claim_.place.empty()) where = " for " + claim_.place;
    r.message = "The reference data does not cover the post of " + claim_.title_text + where +
                "; check that " + claim_.person_text + " held it " + When();
    return r;
  }

  // Edits (insert, delete, replace a byte) from one word to the other, up
  // to `limit` + 1.
  static std::size_t EditsBetween(std::string_view a, std::string_view b, std::size_t limit) {
    if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
        const std::size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
        diagonal = above;
      }
    }
    return row[b.size()];
  }

  // "; the data lists José Manuel Barroso as ..., a name spelled close to
  // 'Barosso': check the spelling" when a holder of the title then has a
  // surname one or two letters from the one written; else empty.
  std::string SpelledClose() const {
    const auto space = claim_.person_text.find_last_of(' ');
    const std::string written = text::Fold(
        space == std::string::npos ? claim_.person_text : claim_.person_text.substr(space + 1));
    if (written.size() < 5) return "";
    for (std::uint32_t office : claim_.offices) {
      for (const Holding* h : HoldersDuring(office)) {
        const std::string name = Name(h->person);
        const auto at = name.find_last_of(' ');
        const std::string surname =
            text::Fold(at == std::string::npos ? name : name.substr(at + 1));
        const std::size_t edits = EditsBetween(written, surname, 2);
        if (edits == 0 || edits > (written.size() >= 7 ? 2u : 1u)) continue;
        // A given name written must be one of the holder's: "Anthony Busch"
        // is no Bush, "Manuel Barosso" may be José Manuel Barroso.
        const auto first_space = claim_.person_text.find(' ');
        if (first_space != std::string::npos && at != std::string::npos) {
          const std::string given = text::Fold(claim_.person_text.substr(0, first_space));
          bool shared = false;
          for (const std::string& word : text::FoldedWords(name.substr(0, at))) {
            shared = shared || EditsBetween(given, word, 1) <= 1;
          }
          if (!shared) continue;
        }
        return "; " + When() + " the data lists " + name + " as " +
               reference_.offices()[office].DisplayName() + ", a name spelled close to '" +
               claim_.person_text + "': check the spelling";
      }
    }
    return "";
  }

  Reading UnknownPerson() const {
    Reading r;
    // Without a time of its own the sentence may speak of any time.
    const std::string when =
        claim_.explicit_time || claim_.present ? When() : "at the time the sentence speaks of";
    std::string check = " was " + claim_.title_text + " " + when;
    if (claim_.modifier == Modifier::kFormer || claim_.modifier == Modifier::kLate) {
      check = " held the post of " + claim_.title_text + " before " + claim_.when.text;
    } else if (claim_.modifier == Modifier::kFuture || claim_.modifier == Modifier::kIncoming) {
      check = " is to take the post of " + claim_.title_text;
    }
    r.message = claim_.person_text + " is not in the reference data; check that " +
                claim_.person_text + check;
    const std::string close = SpelledClose();
    r.message += close;
    auto offices = HomeOffices();
    if (claim_.jurisdiction) offices = claim_.offices;
    if (close.empty() && offices.size() == 1) {
      const auto holders = HoldersDuring(offices[0]);
      if (!holders.empty()) {
        r.message += "; " + When() + " the data lists " + HolderNames(holders) + " as " +
                     reference_.offices()[offices[0]].DisplayName();
        for (const Holding* h : holders) Cite(&r, *h, offices[0]);
      }
    }
    return r;
  }

  // Several people the name may mean, none of whom the data shows in
  // office then: all the readings, as evidence.
  Reading Candidates(const std::vector<Reading>& readings, v1::Verdict verdict) const {
    Reading r;
    r.verdict = verdict;
    std::set<std::uint32_t> people;
    std::string names;
    for (const Reading& reading : readings) {
      if (!people.insert(reading.person).second) continue;
      names += (names.empty() ? "" : " or ") + Name(reading.person);
      r.evidence.insert(r.evidence.end(), reading.evidence.begin(), reading.evidence.end());
    }
    r.message = "'" + claim_.person_text + "' may be " + names + "; ";
    const std::string modifier = ModifierWord(claim_.modifier);
    const std::string title = (modifier.empty() ? "" : modifier + " ") + claim_.title_text;
    if (verdict == v1::VERDICT_CONTRADICTED) {
      r.message += "none of them was " + title + " " + When() + ": " + readings.front().message;
    } else {
      r.message +=
          "the reference data does not settle which one, or whether " + title + " fits " + When();
    }
    return r;
  }

  Reading Decide() const {
    if (claim_.unknown_office) return UnknownOffice();
    if (claim_.people.empty()) return UnknownPerson();
    const auto pairs = CandidatePairs();
    if (pairs.empty()) {
      Reading r;
      // "President Vladimir Putin" when the data has no Russian presidents.
      const bool former =
          claim_.modifier == Modifier::kFormer || claim_.modifier == Modifier::kLate;
      r.message = "The reference data has no term of " + claim_.person_text + " as " +
                  claim_.title_text + " of any country it covers, and the text names no country; " +
                  "check that " + claim_.person_text +
                  (former ? " held the post of " + claim_.title_text + " before " + claim_.when.text
                          : " was " + claim_.title_text + " " + When());
      return r;
    }
    // One reading that fits is enough (two people share a name, a person
    // held the post twice); the one in office on the date wins. Readings in
    // several jurisdictions that disagree leave the claim open.
    std::vector<Reading> readings;
    std::set<std::uint32_t> jurisdictions, people;
    for (const Pair& pair : pairs) {
      readings.push_back(GuardSurnameOnly(Read(pair.person, pair.office, pair.named_jurisdiction)));
      jurisdictions.insert(reference_.OfficeJurisdiction(pair.office));
      people.insert(pair.person);
    }
    auto count = [&](v1::Verdict verdict) {
      return std::count_if(readings.begin(), readings.end(),
                           [&](const Reading& reading) { return reading.verdict == verdict; });
    };
    const auto supported = count(v1::VERDICT_SUPPORTED);
    const auto contradicted = count(v1::VERDICT_CONTRADICTED);
    if (jurisdictions.size() > 1 && supported > 0 && contradicted > 0) {
      Reading r;
      r.message = "The reference data is ambiguous: '" + claim_.title_text +
                  "' matches offices in several jurisdictions that disagree about " +
                  claim_.person_text;
      return r;
    }
    // "former President Bush" in 2005: true of the father, false of the
    // son in office; the date picks the one in office, which is the reading
    // "former" rules out, so the name leaves the claim open.
    const bool former = claim_.modifier == Modifier::kFormer || claim_.modifier == Modifier::kLate;
    if (former && people.size() > 1 && supported > 0 && contradicted > 0) {
      return Candidates(readings, v1::VERDICT_NEEDS_VERIFICATION);
    }
    for (const Reading& reading : readings) {
      if (reading.verdict == v1::VERDICT_SUPPORTED) return reading;
    }
    if (people.size() > 1) {
      return Candidates(readings, contradicted == static_cast<long>(readings.size())
                                      ? v1::VERDICT_CONTRADICTED
                                      : v1::VERDICT_NEEDS_VERIFICATION);
    }
    for (const Reading& reading : readings) {
      if (reading.verdict == v1::VERDICT_NEEDS_VERIFICATION) return reading;
    }
    return readings.front();
  }

  const reference::OfficeHolders& reference_;
  const ArticleContext& context_;
  std::optional<std::uint32_t> home_;
  const Claim& claim_;
};

}  // namespace

std::optional<std::uint32_t> Judge(const reference::OfficeHolders& reference,
                                   const ArticleContext& context, const Claim& claim,
                                   v1::Finding* finding) {
  return Judgement(reference, context, claim).Run(finding);
}

}  // namespace factcheck::office_holders
