#include "office_holders/claims.h"

#include <algorithm>
#include <string_view>

#include "office_holders/sentence_mood.h"
#include "office_holders/titles.h"

namespace factcheck::office_holders {
namespace {

using text::IsPunct;
using text::IsWord;
using text::OneOf;
using text::Token;
using namespace std::chrono;

// Capitalized words that are not names when they follow a title.
bool IsNameWord(const Token& token) {
  static constexpr std::string_view kNot[] = {"the", "a",    "an",   "and", "or", "of",
                                              "in",  "on",   "at",   "for", "to", "with",
                                              "who", "said", "says", "has", "but"};
  return token.kind == Token::Kind::kWord && token.capitalized && !OneOf(kNot, token);
}

// The period a host time expression names, as a claim's time.
std::optional<Period> PeriodOf(const v1::TimeExpression& e) {
  if (e.impossible() || e.begin().empty()) return std::nullopt;
  auto first = ParsePartialDate(e.begin());
  auto last = ParsePartialDate(e.end());
  if (!first || !last) return std::nullopt;
  std::string text;
  if (e.range()) {
    // Said after "in", "before" or "after": "in the years 1987 to 1988".
    switch (e.grain()) {
      case v1::TimeExpression::GRAIN_YEAR:
        text = "the years " + e.begin().substr(0, 4) + " to " + e.end().substr(0, 4);
        break;
      case v1::TimeExpression::GRAIN_MONTH:
        text = "the months " + e.begin().substr(0, 7) + " to " + e.end().substr(0, 7);
        break;
      default:
        text = "the period " + e.begin() + " to " + e.end();
    }
  } else {
    switch (e.grain()) {
      case v1::TimeExpression::GRAIN_YEAR:
        text = e.begin().substr(0, 4);
        break;
      case v1::TimeExpression::GRAIN_DECADE:
        text = "the " + e.begin().substr(0, 4) + "s";
        break;
      case v1::TimeExpression::GRAIN_MONTH:
        text = e.begin().substr(0, 7);
        break;
      case v1::TimeExpression::GRAIN_WEEK:
        text = "the week of " + e.begin();
        break;
      default:
        text = e.begin();
    }
  }
  return Period{first->first, last->last, text};
}

class SentenceMatcher {
 public:
  SentenceMatcher(const Knowledge& knowledge, std::string_view text,
                  const std::vector<Token>& tokens, text::TimeList times, const Period& as_of,
                  DocumentContext* context, bool may_have_title = true)
      : may_have_title_(may_have_title),
        knowledge_(knowledge),
        text_(text),
        tokens_(tokens),
        times_(times),
        as_of_(as_of),
        titles_(knowledge, tokens),
        people_(knowledge.reference, tokens, context),
        mood_(tokens, times, as_of.first),
        titles_end_(may_have_title ? TitleWordsEnd(knowledge.reference, tokens) : 0) {}

  std::vector<Claim> Run() {
    std::vector<Claim> claims;
    std::vector<std::pair<std::size_t, std::size_t>> ranges;  // Tokens of each claim.
    for (std::size_t i = 0; i < tokens_.size();) {
      std::size_t next = i + 1;
      // Most tokens can open neither a title nor a name: asked so first,
      // they cost no Found (a Claim's room, cleared) and no call.
      const bool may_open_title = i < titles_end_ && titles_.MayOpenAt(i);
      const bool may_open_name = MayOpenName(tokens_[i]);
      const bool claimed = (may_open_title || may_open_name) &&
                           ClaimAt(i, may_open_title, may_open_name, &next, &claims, &ranges);
      if (!claimed) {
        if (const std::size_t length = people_.NoteFullName(i)) next = i + length;
      }
      i = std::max(next, i + 1);
    }
    for (std::size_t c = 0; c < claims.size(); ++c) {
      ResolveTime(claims, c);
      MarkHistorical(&claims[c], ranges[c].first, ranges[c].second);
    }
    return claims;
  }

 private:
  // One past the last token that is a title's key word (its folded or
  // transliterated form, as the titles' index numbers it), else 0. When
  // every title and alias holds its key word, none opens after that token:
  // the capitalized words there (names, companies, places) are not parsed
  // as the start of one. Otherwise every token may open one.
  static std::size_t TitleWordsEnd(const reference::OfficeHolders& reference,
                                   const std::vector<Token>& tokens) {
    if (!reference.every_title_keyed()) return tokens.size();
    const text::WordSet& keys = reference.title_words();
    for (std::size_t i = tokens.size(); i > 0; --i) {
      const Token& token = tokens[i - 1];
      if (keys.Contains(token.folded, token.hash) ||
          (!token.transliterated.empty() && keys.Contains(token.transliterated))) {
        return i;
      }
    }
    return 0;
  }

  // "van Rompuy, the Belgian prime minister": a name may open with a
  // particle, else with a capital.
  static bool MayOpenName(const Token& token) { return token.capitalized || IsNameParticle(token); }

  // A claim and the tokens it covers.
  struct Found {
    std::optional<Claim> claim;
    std::size_t first = 0;
    std::size_t end = 0;
  };

  // The claim of a title (where `may_open_title`) or a name (where
  // `may_open_name`) at token i,
  // added to `claims` with its tokens; whether there was one. Out of line:
  // a Found is cleared whole when made, which cost Run a third of its own
  // time while it was made for every token.
  [[gnu::noinline]] bool ClaimAt(std::size_t i, bool may_open_title, bool may_open_name,
                                 std::size_t* next, std::vector<Claim>* claims,
                                 std::vector<std::pair<std::size_t, std::size_t>>* ranges) {
    Found found;
    if (may_open_title) found = TitleFirst(i, next);
    if (!found.claim && may_open_name) found = NameFirst(i, next);
    if (!found.claim) return false;
    claims->push_back(std::move(*found.claim));
    ranges->emplace_back(found.first, found.end);
    return true;
  }

  // The text of tokens [first_token, end_token) with white space (line
  // breaks of wrapped text, non-breaking spaces) folded to single spaces.
  std::string Slice(std::size_t first_token, std::size_t end_token) const {
    const auto b = tokens_[first_token].begin;
    const auto e = tokens_[end_token - 1].end;
    return text::CollapseSpaces(text_.substr(b, e - b));
  }

  Claim MakeClaim(ClaimForm form, const Title& title) const {
    Claim claim;
    claim.form = form;
    claim.modifier = title.modifier;
    claim.jurisdiction = title.jurisdiction;
    claim.place = title.place;
    claim.unknown_office = title.unknown_office;
    claim.hypothetical = title.hypothetical;
    claim.title_text = Slice(title.rank_begin, title.end);
    claim.time_word_at = tokens_[title.time_word_at].begin;
    if (!title.place.empty()) {
      claim.unknown_office = true;  // A country the data has no offices of.
      return claim;
    }
    for (std::uint32_t office : title.offices) {
      if (!title.jurisdiction ||
          knowledge_.reference.OfficeJurisdiction(office) == *title.jurisdiction) {
        claim.offices.push_back(office);
      }
    }
    if (claim.offices.empty()) claim.unknown_office = true;
    return claim;
  }

  void SetPerson(Claim* claim, const PersonMatch& person) const {
    claim->people = person.people;
    claim->by_surname = person.by_surname;
    claim->weak_identity = person.weak;
    claim->person_text = Slice(person.name_begin, person.end);
    claim->person_begin = tokens_[person.name_begin].begin;
    claim->person_end = tokens_[person.end - 1].end;
  }

  // A capitalized name the data does not know, at most three words, after a
  // title: "Foreign Minister Penny Wong". None for words of companies and
  // leagues ("Premier League"), and for a monarch's given name alone ("King
  // Kong", "Queen Latifah").
  std::size_t UnknownName(std::size_t j, const Title& title) const {
    std::size_t length = 0, words = 0;
    while (j + length < tokens_.size() && words < 3) {
      const Token& token = tokens_[j + length];
      // "Miguel de la Madrid": particles inside the name.
      if (IsNameParticle(token) && length > 0 && j + length + 1 < tokens_.size()) {
        ++length;
        continue;
      }
      // "Chun Doo-hwan", "Lee Han-key": the part after a hyphen may be
      // lower case.
      const bool after_hyphen =
          length > 0 && tokens_[j + length - 1].hyphen_after && token.kind == Token::Kind::kWord;
      if (!after_hyphen && !IsNameWord(token)) break;
      // "Felix Houphouet-Boigny March 18", "President Reagan Tuesday".
      if (IsCalendarWord(token) && length > 0) break;
      if (IsOrganisationWord(token)) return 0;
      ++length;
      // "Chun Doo-hwan": a hyphenated name is one word.
      if (!token.hyphen_after) ++words;
      if (token.possessive) break;
    }
    while (length > 0 && IsNameParticle(tokens_[j + length - 1])) --length;
    if (length == 0 || knowledge_.places.At(tokens_, j).length > 0) return 0;
    if (words == 1 && title.monarch && title.place.empty() && !title.jurisdiction) {
      // "King Fahd of Saudi Arabia" names the country; "King Kong" does not.
      const std::size_t after = j + length;
      Title of = title;
      if (after + 1 >= tokens_.size() || !IsWord(tokens_[after], "of") ||
          titles_.PlaceAt(after + 1, &of) == 0) {
        return 0;
      }
    }
    return length;
  }

  // "King Abdullah of Jordan": a place after the name names the title's.
  void PlaceAfterName(std::size_t end, Title* title) const {
    if (title->jurisdiction || !title->place.empty() || end + 1 >= tokens_.size() ||
        !IsWord(tokens_[end], "of")) {
      return;
    }
    titles_.PlaceAt(end + 1, title);
  }

  // TITLE NAME: "Foreign Minister Eli Cohen", "President Erdogan"; and
  // TITLE, NAME,: "Britain's home secretary, Suella Braverman,".
  // Only where a title may open (TitleParser::MayOpenAt).
  Found TitleFirst(std::size_t i, std::size_t* next) {
    auto title = titles_.ParseOpened(i);
    if (!title) return {};
    *next = title->end;
    const std::size_t j = title->end;
    // "the prime minister's spokesman", "every president since 1990": no
    // person, no claim. "how good a prime minister he would make": a role,
    // not a title.
    if (j >= tokens_.size() || tokens_[j - 1].possessive) return {};
    if (title->begin > 0 &&
        (IsWord(tokens_[title->begin - 1], "a") || IsWord(tokens_[title->begin - 1], "an"))) {
      return {};
    }
    if (titles_.OwnedByOrganisation(*title)) return {};
    if (IsPunct(tokens_[j], ",")) return TitleCommaName(*title, j + 1, next);
    PersonMatch person = people_.At(j, title->offices);
    if (!person.found()) {
      // Formal titles before names are capitalized; "vice president Jane
      // Roe" is a company's officer.
      if (!title->capitalized) return {};
      const std::size_t length = UnknownName(j, *title);
      if (length == 0) return {};
      person.begin = person.name_begin = j;
      person.end = j + length;
    }
    // "the Queen Elizabeth hospital", "the President Ford Museum": a place
    // or a body named after the person ("President Reagan's Council" is
    // his).
    if (person.end < tokens_.size() && !tokens_[person.end - 1].possessive &&
        IsOrganisationWord(tokens_[person.end])) {
      return {};
    }
    PlaceAfterName(person.end, &*title);
    Claim claim = MakeClaim(ClaimForm::kTitleName, *title);
    SetPerson(&claim, person);
    claim.given_name_only = title->monarch && person.by_surname;
    claim.begin = tokens_[title->begin].begin;
    claim.end = tokens_[person.end - 1].end;
    *next = person.end;
    return Finish(std::move(claim), title->begin, person.end);
  }

  // [COUNTRY's | the] [ADJ] TITLE, NAME, — the title first, the name in
  // apposition: "The meeting was chaired by the foreign secretary, Dominic
  // Raab, who ...".
  Found TitleCommaName(const Title& title, std::size_t j, std::size_t* next) {
    const bool determined = (title.begin > 0 && IsWord(tokens_[title.begin - 1], "the")) ||
                            title.time_word_at > title.begin;
    if (!determined || j >= tokens_.size()) return {};
    PersonMatch person = people_.At(j, title.offices);
    if (person.found() && person.by_surname && !person.honorific) return {};
    if (!person.found()) {
      // A name the data does not know: two or three capitalized words, in a
      // title whose country is known.
      std::size_t length = 0;
      while (j + length < tokens_.size() && length < 3 && IsNameWord(tokens_[j + length]) &&
             !IsOrganisationWord(tokens_[j + length])) {
        ++length;
      }
      const bool country =
          title.jurisdiction || !title.place.empty() || knowledge_.home_jurisdiction.has_value();
      if (length < 2 || !country) return {};
      person.begin = person.name_begin = j;
      person.end = j + length;
    }
    // The apposition closes: a comma, the sentence's end, "who", "said".
    const std::size_t after = person.end;
    const bool closes = after >= tokens_.size() || IsPunct(tokens_[after], ",") ||
                        IsPunct(tokens_[after], ".") || IsWord(tokens_[after], "who") ||
                        IsWord(tokens_[after], "said") || IsWord(tokens_[after], "and");
    if (!closes) return {};
    Claim claim = MakeClaim(ClaimForm::kTitleCommaName, title);
    SetPerson(&claim, person);
    claim.begin = tokens_[title.begin].begin;
    claim.end = tokens_[person.end - 1].end;
    *next = person.end;
    return Finish(std::move(claim), title.begin, person.end);
  }

  // NAME, [the|a] [ADJ] TITLE: "Eli Cohen, Israel's foreign minister,", and
  // HONORIFIC SURNAME, the TITLE: "Mr Sunak, the prime minister".
  // Asked only where MayOpenName holds (Run).
  Found NameFirst(std::size_t i, std::size_t* next) {
    PersonMatch person = people_.At(i, {});
    if (!person.found()) return {};
    // "Dave Carter" is not Jimmy Carter: a surname alone must not follow a
    // capitalized word that could be another first name.
    if (person.by_surname && !person.honorific && i > 0 &&
        tokens_[i - 1].kind == Token::Kind::kWord && tokens_[i - 1].capitalized) {
      return {};
    }
    std::size_t j = person.end;
    *next = j;
    if (!may_have_title_ || j + 1 >= tokens_.size() || !IsPunct(tokens_[j], ",")) return {};
    ++j;
    if (IsWord(tokens_[j], "the") || IsWord(tokens_[j], "a") || IsWord(tokens_[j], "an")) ++j;
    if (j >= tokens_.size()) return {};
    auto title = titles_.Parse(j);
    if (!title || tokens_[title->end - 1].possessive || titles_.OwnedByOrganisation(*title)) {
      return {};
    }
    // "Reagan, Vice President George Bush, ...": a list of names, the title
    // goes with the name after it.
    if (title->end < tokens_.size() && IsNameWord(tokens_[title->end])) return {};
    // A surname alone resolves among the holders of the offices named.
    if (person.by_surname) person = people_.At(i, title->offices);
    if (person.people.empty()) return {};
    Claim claim =
        MakeClaim(person.honorific ? ClaimForm::kHonorificTitle : ClaimForm::kNameTitle, *title);
    SetPerson(&claim, person);
    claim.begin = tokens_[i].begin;
    claim.end = tokens_[title->end - 1].end;
    *next = title->end;
    return Finish(std::move(claim), i, title->end);
  }

  Found Finish(Claim claim, std::size_t first, std::size_t end) const {
    claim.hypothetical = claim.hypothetical || mood_.Hypothetical(first, end);
    claim.present = mood_.Present(first, end);
    claim.names_past = mood_.NamesThePast();
    return {std::move(claim), first, end};
  }

  // The time a claim speaks of: an explicit time earlier in its clause
  // ("In 2004, Secretary of State Colin Powell"), else as_of. A time belongs
  // to the first claim after it and to claims joined to that one by "and"
  // or a comma, not to a later claim ("appointed in 1979 by President
  // Carter, will not be offered a third term by President Reagan").
  void ResolveTime(std::vector<Claim>& claims, std::size_t c) {
    Claim* claim = &claims[c];
    claim->when = as_of_;
    const std::size_t claim_token = TokenAt(claim->begin);
    std::size_t clause_start = 0;
    for (std::size_t k = 0; k < claim_token; ++k) {
      if (IsPunct(tokens_[k], ";") || IsPunct(tokens_[k], ":")) clause_start = k + 1;
    }
    std::optional<Period> found;
    std::size_t found_end = 0;
    const std::uint32_t clause_begin =
        clause_start < tokens_.size() ? tokens_[clause_start].begin : 0;
    for (const v1::TimeExpression* time : times_) {
      if (time->span().begin() < clause_begin || time->span().end() > claim->begin) continue;
      const std::size_t after = TokenAt(time->span().end());
      // Close before the claim: "In 2004, Secretary of State Colin Powell";
      // not across a relative clause ("in 1939, and William Casey, who
      // served during President Nixon's first term").
      if (claim_token - after > 8 || OpensClause(after, claim_token)) continue;
      if (auto period = PeriodOf(*time)) {
        found = period;
        found_end = after;
      }
    }
    if (!found) return;
    // Walk back over the claims between the time and this one.
    std::size_t gap_start = TokenAt(claim->begin);
    for (std::size_t d = c; d-- > 0;) {
      const std::size_t d_end = TokenAt(claims[d].end);
      if (d_end < found_end) break;
      for (std::size_t k = d_end; k < gap_start; ++k) {
        if (!IsPunct(tokens_[k], ",") && !IsWord(tokens_[k], "and")) return;
      }
      gap_start = TokenAt(claims[d].begin);
    }
    claim->when = *found;
    claim->explicit_time = true;
  }

  // Whether tokens [from, to) hold a word that opens another clause.
  bool OpensClause(std::size_t from, std::size_t to) const {
    static constexpr std::string_view kWords[] = {"who",   "which", "whose",    "whom",
                                                  "where", "while", "although", "because",
                                                  "but",   "when",  "during",   "under"};
    for (std::size_t k = from; k < to && k < tokens_.size(); ++k) {
      if (OneOf(kWords, tokens_[k])) return true;
    }
    return false;
  }

  // Wording that looks back at the person's term: "under President Ford",
  // "during"; and, when the sentence does not speak of the present, "by
  // President Carter", "of", a possessive ("President Nixon's Council").
  void MarkHistorical(Claim* claim, std::size_t first, std::size_t end) const {
    const std::size_t last = end - 1;
    const bool strong =
        first > 0 && (IsWord(tokens_[first - 1], "under") || IsWord(tokens_[first - 1], "during"));
    const bool weak =
        (first > 0 && (IsWord(tokens_[first - 1], "by") || IsWord(tokens_[first - 1], "of"))) ||
        tokens_[last].possessive;
    claim->historical = strong || (weak && !claim->present);
    // A time right after the claim dates it too: "by President Jimmy Carter
    // in 1979" (but not "former": "launched by former President Marcos in
    // 1972" is former as of today).
    const bool dated_by_event =
        claim->modifier == Modifier::kNone || claim->modifier == Modifier::kThen;
    if (!claim->explicit_time && dated_by_event && last + 1 < tokens_.size()) {
      std::size_t start = last + 1;
      if (IsWord(tokens_[start], "in") || IsWord(tokens_[start], "on") ||
          IsWord(tokens_[start], "during")) {
        ++start;
      }
      for (const v1::TimeExpression* time : times_) {
        if (start >= tokens_.size() || time->span().begin() != tokens_[start].begin) continue;
        if (auto period = PeriodOf(*time)) {
          claim->when = *period;
          claim->explicit_time = true;
        }
      }
    }
  }

  // The index of the first token starting at or after byte `offset`.
  std::size_t TokenAt(std::uint32_t offset) const {
    auto it = std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                               [](const Token& t, std::uint32_t o) { return t.begin < o; });
    return static_cast<std::size_t>(it - tokens_.begin());
  }

  // False in a sentence without the words of any title: only the names
  // it gives in full are noted.
  const bool may_have_title_;
  const Knowledge& knowledge_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  const text::TimeList times_;
  const Period& as_of_;
  TitleParser titles_;
  PeopleMatcher people_;
  SentenceMood mood_;
  const std::size_t titles_end_;  // TitleWordsEnd; 0 without may_have_title_.
};

}  // namespace

const char* ModifierWord(Modifier modifier) {
  switch (modifier) {
    case Modifier::kFormer:
      return "former";
    case Modifier::kThen:
      return "then";
    case Modifier::kLate:
      return "late";
    case Modifier::kIncoming:
      return "incoming";
    case Modifier::kOutgoing:
      return "outgoing";
    case Modifier::kActing:
      return "acting";
    case Modifier::kFuture:
      return "future";
    default:
      return "";
  }
}

const char* ClaimFormName(ClaimForm form) {
  switch (form) {
    case ClaimForm::kTitleName:
      return "TITLE NAME";
    case ClaimForm::kNameTitle:
      return "NAME, the TITLE";
    case ClaimForm::kTitleCommaName:
      return "the TITLE, NAME,";
    case ClaimForm::kHonorificTitle:
      return "HONORIFIC SURNAME, the TITLE";
  }
  return "";
}

std::vector<Claim> FindClaims(const Knowledge& knowledge, std::string_view text,
                              std::vector<text::Token>& tokens, text::TimeList times,
                              const Period& as_of, DocumentContext* context) {
  knowledge.reference.LeaveUnnumbered(&tokens);
  return SentenceMatcher(knowledge, text, tokens, times, as_of, context).Run();
}

void NoteNames(const Knowledge& knowledge, std::string_view text, std::vector<text::Token>& tokens,
               DocumentContext* context) {
  knowledge.reference.LeaveUnnumbered(&tokens);
  const Period never{};
  SentenceMatcher(knowledge, text, tokens, {}, never, context, false).Run();
}

}  // namespace factcheck::office_holders
