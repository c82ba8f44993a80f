#include "office_holders/claims.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace factcheck::office_holders {
namespace {

using text::Token;
using namespace std::chrono;

bool Is(const Token& token, std::string_view word) {
  return token.kind == Token::Kind::kWord && token.folded == word;
}

bool IsPunct(const Token& token, std::string_view punct) {
  return token.kind == Token::Kind::kPunct && token.folded == punct;
}

// Words that make a title a different, lesser office ("Deputy Secretary
// General" is not "Secretary General").
bool IsRankWord(const Token& token) {
  static constexpr std::array<std::string_view, 6> kWords = {"deputy", "vice",      "assistant",
                                                             "shadow", "associate", "junior"};
  return token.kind == Token::Kind::kWord &&
         std::find(kWords.begin(), kWords.end(), token.folded) != kWords.end();
}

// Capitalized words that are not names when they follow a title.
bool IsNameWord(const Token& token) {
  static constexpr std::array<std::string_view, 16> kNot = {
      "the", "a",   "an", "and",  "or",  "of",   "in",   "on",
      "at",  "for", "to", "with", "who", "said", "says", "has"};
  return token.kind == Token::Kind::kWord && token.capitalized &&
         std::find(kNot.begin(), kNot.end(), token.folded) == kNot.end();
}

std::optional<Modifier> ModifierAt(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  // Cheap rejection first: every time word starts with one of these letters.
  if (t.kind != Token::Kind::kWord || t.folded.empty() ||
      std::string_view("feltioa").find(t.folded[0]) == std::string_view::npos) {
    return std::nullopt;
  }
  if (t.folded == "former") return Modifier::kFormer;
  if (t.folded == "ex" && t.hyphen_after) return Modifier::kFormer;
  if (t.folded == "then") return Modifier::kThen;
  if (t.folded == "late") return Modifier::kLate;
  if (t.folded == "incoming") return Modifier::kIncoming;
  if (t.folded == "outgoing") return Modifier::kOutgoing;
  if (t.folded == "acting" || t.folded == "interim") return Modifier::kActing;
  return std::nullopt;
}

// Skips the hyphen token after "ex-" or "then-".
std::size_t SkipHyphen(const std::vector<Token>& tokens, std::size_t i) {
  if (i < tokens.size() && IsPunct(tokens[i], "-")) return i + 1;
  return i;
}

// The period a host time expression names, as a claim's time.
std::optional<Period> PeriodOf(const v1::TimeExpression& e) {
  if (e.impossible() || e.begin().empty()) return std::nullopt;
  auto first = ParsePartialDate(e.begin());
  auto last = ParsePartialDate(e.end());
  if (!first || !last) return std::nullopt;
  std::string text;
  if (e.range()) {
    text = e.begin() + " to " + e.end();
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
  SentenceMatcher(const reference::OfficeHolders& reference, std::string_view text,
                  const std::vector<Token>& tokens,
                  const std::vector<const v1::TimeExpression*>& times, const Period& as_of,
                  DocumentContext* context)
      : reference_(reference),
        text_(text),
        tokens_(tokens),
        times_(times),
        as_of_(as_of),
        context_(context) {}

  std::vector<Claim> Run() {
    std::vector<Claim> claims;
    for (std::size_t i = 0; i < tokens_.size();) {
      std::size_t next = i + 1;
      if (auto claim = TitleFirst(i, &next)) {
        claims.push_back(std::move(*claim));
      } else if (auto named = NameFirst(i, &next)) {
        claims.push_back(std::move(*named));
      } else {
        NoteFullName(i, &next);
      }
      i = std::max(next, i + 1);
    }
    for (std::size_t c = 0; c < claims.size(); ++c) {
      ResolveTime(claims, c);
      MarkHistorical(&claims[c]);
    }
    return claims;
  }

 private:
  struct Title {
    Modifier modifier = Modifier::kNone;
    std::optional<std::uint32_t> jurisdiction;
    std::vector<std::uint32_t> offices;
    bool unknown_office = false;
    bool owned_by_organisation = false;
    std::size_t begin = 0;        // First token (a modifier, jurisdiction or rank word).
    std::size_t title_begin = 0;  // First token of the title itself.
    std::size_t end = 0;          // Just after.
  };

  // [modifier] [jurisdiction] [modifier] [rank word] TITLE [of [the] JURISDICTION]
  std::optional<Title> ParseTitle(std::size_t i) {
    Title title;
    title.begin = i;
    std::size_t j = i;
    for (int k = 0; k < 3 && j < tokens_.size(); ++k) {
      // A title that starts here wins over a jurisdiction word that starts
      // it ("European Council President").
      if (reference_.titles().StartsAt(tokens_, j) &&
          reference_.titles().Longest(tokens_, j).length > 0) {
        break;
      }
      if (auto modifier = ModifierAt(tokens_, j)) {
        // "late" and "then" need a title right after them to count.
        title.modifier = *modifier;
        j = SkipHyphen(tokens_, j + 1);
        continue;
      }
      auto jurisdiction = reference_.jurisdiction_names().Longest(tokens_, j);
      if (jurisdiction.length > 0 && !title.jurisdiction) {
        title.jurisdiction = reference::OfficeHolders::JurisdictionOf(jurisdiction.values.front());
        j += jurisdiction.length;
        continue;
      }
      break;
    }
    if (j >= tokens_.size()) return std::nullopt;
    auto match = reference_.titles().Longest(tokens_, j);
    if (match.length == 0 && IsRankWord(tokens_[j])) {
      // "Deputy Foreign Minister" when the data only has the minister.
      title.unknown_office = true;
      j = SkipHyphen(tokens_, j + 1);
      if (j >= tokens_.size()) return std::nullopt;
      match = reference_.titles().Longest(tokens_, j);
    }
    if (match.length == 0) return std::nullopt;
    title.title_begin = j;
    title.offices = std::move(match.values);
    j += match.length;
    if (!tokens_[j - 1].possessive && j + 1 < tokens_.size() && Is(tokens_[j], "of")) {
      std::size_t k = j + 1;
      if (Is(tokens_[k], "the") && k + 1 < tokens_.size()) ++k;
      auto jurisdiction = reference_.jurisdiction_names().Longest(tokens_, k);
      if (jurisdiction.length > 0) {
        const bool by_name =
            std::any_of(jurisdiction.values.begin(), jurisdiction.values.end(),
                        [](std::uint32_t v) { return !reference::OfficeHolders::IsAdjective(v); });
        const std::size_t after = k + jurisdiction.length;
        // "president of the U.S. beet sugar association": an adjective
        // followed by a word names something of that country, not the country.
        if (!by_name && after < tokens_.size() && tokens_[after].kind == Token::Kind::kWord) {
          title.owned_by_organisation = true;
        }
        title.jurisdiction = reference::OfficeHolders::JurisdictionOf(jurisdiction.values.front());
        j = after;
      }
    }
    title.end = j;
    // A rank word right before where we started ("Deputy" before
    // "Secretary General").
    if (i > 0 && IsRankWord(tokens_[i - 1]) && title.begin == title.title_begin) {
      title.unknown_office = true;
      title.begin = i - 1;
    }
    return title;
  }

  // The people a name at tokens[j] may be: a full name or alias from the
  // data, or a surname alone when the document named the person before or a
  // holder of one of `offices` has it.
  std::vector<std::uint32_t> PeopleAt(std::size_t j, const std::vector<std::uint32_t>& offices,
                                      std::size_t* length) {
    auto full = reference_.names().Longest(tokens_, j);
    if (full.length > 0) {
      *length = full.length;
      for (auto p : full.values) context_->named_people.insert(p);
      return full.values;
    }
    auto surname = reference_.surnames().Longest(tokens_, j);
    if (surname.length == 0 || !tokens_[j].capitalized) return {};
    std::vector<std::uint32_t> named, holders;
    for (std::uint32_t p : surname.values) {
      if (context_->named_people.count(p)) named.push_back(p);
      for (const auto& h : reference_.people()[p].holdings) {
        if (std::find(offices.begin(), offices.end(), h.office) != offices.end()) {
          holders.push_back(p);
          break;
        }
      }
    }
    *length = surname.length;
    if (!named.empty()) return named;
    return holders;
  }

  // The text of tokens [first_token, end_token) with white space (line
  // breaks of wrapped text) folded to single spaces.
  std::string Slice(std::size_t first_token, std::size_t end_token) const {
    const auto b = tokens_[first_token].begin;
    const auto e = tokens_[end_token - 1].end;
    return text::CollapseSpaces(text_.substr(b, e - b));
  }

  Claim MakeClaim(const Title& title) const {
    Claim claim;
    claim.modifier = title.modifier;
    claim.jurisdiction = title.jurisdiction;
    claim.unknown_office = title.unknown_office;
    claim.title_text = Slice(title.title_begin, title.end);
    for (std::uint32_t office : title.offices) {
      if (!title.jurisdiction || reference_.OfficeJurisdiction(office) == *title.jurisdiction) {
        claim.offices.push_back(office);
      }
    }
    if (claim.offices.empty()) claim.unknown_office = true;
    return claim;
  }

  // A title of a company or group rather than a state: "NAWG President Jim
  // Miller", "ATT senior vice president", "president of Acme". The word
  // before the title (past qualifiers like "senior") or after "of" is a
  // capitalized name that is no jurisdiction.
  bool OwnedByOrganisation(const Title& title) const {
    if (title.owned_by_organisation) return true;
    if (!title.jurisdiction) {
      std::size_t k = title.begin;
      int qualifiers = 0;
      while (k > 0 && qualifiers < 2 && tokens_[k - 1].kind == Token::Kind::kWord &&
             !tokens_[k - 1].capitalized && IsQualifier(tokens_[k - 1])) {
        --k;
        ++qualifiers;
      }
      if (k > 0 && IsOwnerName(tokens_[k - 1]) && !IsSentenceStart(k - 1)) return true;
    }
    const std::size_t after = title.end;
    if (!title.jurisdiction && after + 1 < tokens_.size() && Is(tokens_[after], "of")) {
      std::size_t k = after + 1;
      if (Is(tokens_[k], "the") && k + 1 < tokens_.size()) ++k;
      if (tokens_[k].capitalized) return true;
    }
    return false;
  }

  static bool IsQualifier(const Token& token) {
    static constexpr std::array<std::string_view, 6> kWords = {"senior", "executive", "first",
                                                               "group",  "regional",  "general"};
    return std::find(kWords.begin(), kWords.end(), token.folded) != kWords.end();
  }

  bool IsOwnerName(const Token& token) const {
    if (token.kind != Token::Kind::kWord || !token.capitalized) return false;
    static constexpr std::array<std::string_view, 6> kNot = {"the", "a", "an", "and", "by", "with"};
    return std::find(kNot.begin(), kNot.end(), token.folded) == kNot.end() &&
           !ModifierAt(tokens_, static_cast<std::size_t>(&token - tokens_.data()));
  }

  bool IsSentenceStart(std::size_t k) const { return k == 0; }

  // Pattern: TITLE NAME ("Foreign Minister Eli Cohen", "President Erdogan").
  std::optional<Claim> TitleFirst(std::size_t i, std::size_t* next) {
    auto title = ParseTitle(i);
    if (!title) return std::nullopt;
    *next = title->end;
    const std::size_t j = title->end;
    // "the prime minister's spokesman", "every president since 1990": no
    // person, no claim.
    if (j >= tokens_.size() || tokens_[j - 1].possessive) return std::nullopt;
    if (OwnedByOrganisation(*title)) return std::nullopt;
    Claim claim = MakeClaim(*title);
    std::size_t length = 0;
    claim.people = PeopleAt(j, title->offices, &length);
    if (claim.people.empty()) {
      // Formal titles before names are capitalized; "vice president Jane
      // Roe" is a company's officer.
      if (!tokens_[title->title_begin].capitalized) return std::nullopt;
      // A capitalized name the data does not know: at most three words.
      length = 0;
      while (j + length < tokens_.size() && length < 3 && IsNameWord(tokens_[j + length])) {
        ++length;
        if (tokens_[j + length - 1].possessive) break;
      }
      if (length == 0) return std::nullopt;
    }
    claim.person_text = Slice(j, j + length);
    claim.begin = tokens_[title->begin].begin;
    claim.end = tokens_[j + length - 1].end;
    *next = j + length;
    return claim;
  }

  // Pattern: NAME, [the|a] TITLE ("Eli Cohen, Israel's foreign minister,").
  std::optional<Claim> NameFirst(std::size_t i, std::size_t* next) {
    if (!tokens_[i].capitalized) return std::nullopt;
    const std::size_t full = reference_.names().Longest(tokens_, i).length;
    const std::size_t surname = reference_.surnames().Longest(tokens_, i).length;
    // "Dave Carter" is not Jimmy Carter: a surname alone must not follow a
    // capitalized word that could be another first name.
    if (full == 0 && i > 0 && tokens_[i - 1].kind == Token::Kind::kWord &&
        tokens_[i - 1].capitalized) {
      return std::nullopt;
    }
    const std::size_t length = std::max(full, surname);
    if (length == 0) return std::nullopt;
    std::size_t j = i + length;
    *next = j;
    if (j + 1 >= tokens_.size() || !IsPunct(tokens_[j], ",")) return std::nullopt;
    ++j;
    if (Is(tokens_[j], "the") || Is(tokens_[j], "a") || Is(tokens_[j], "an")) ++j;
    if (j >= tokens_.size()) return std::nullopt;
    auto title = ParseTitle(j);
    if (!title || tokens_[title->end - 1].possessive || OwnedByOrganisation(*title)) {
      return std::nullopt;
    }
    // A surname alone resolves among the holders of the offices named.
    std::size_t name_length = 0;
    auto people = PeopleAt(i, title->offices, &name_length);
    if (people.empty()) return std::nullopt;
    Claim claim = MakeClaim(*title);
    claim.people = std::move(people);
    claim.person_text = Slice(i, i + length);
    claim.begin = tokens_[i].begin;
    claim.end = tokens_[title->end - 1].end;
    *next = title->end;
    return claim;
  }

  // Remembers full names that appear without a title.
  void NoteFullName(std::size_t i, std::size_t* next) {
    auto full = reference_.names().Longest(tokens_, i);
    if (full.length >= 2) {
      for (auto p : full.values) context_->named_people.insert(p);
      *next = i + full.length;
    }
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
      // Close before the claim: "In 2004, Secretary of State Colin Powell".
      if (claim_token - after > 8) continue;
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
        if (!IsPunct(tokens_[k], ",") && !Is(tokens_[k], "and")) return;
      }
      gap_start = TokenAt(claims[d].begin);
    }
    claim->when = *found;
    claim->explicit_time = true;
  }

  void MarkHistorical(Claim* claim) const {
    const std::size_t first = TokenAt(claim->begin);
    const std::size_t last = TokenAt(claim->end) - 1;
    const bool after_pointer =
        first > 0 && (Is(tokens_[first - 1], "under") || Is(tokens_[first - 1], "by") ||
                      Is(tokens_[first - 1], "of") || Is(tokens_[first - 1], "during"));
    claim->historical = after_pointer || tokens_[last].possessive;
    // A time right after the claim dates it too: "by President Jimmy Carter
    // in 1979".
    if (!claim->explicit_time && last + 1 < tokens_.size()) {
      std::size_t start = last + 1;
      if (Is(tokens_[start], "in") || Is(tokens_[start], "on") || Is(tokens_[start], "during")) {
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
    std::size_t k = 0;
    while (k < tokens_.size() && tokens_[k].begin < offset) ++k;
    return k;
  }

  const reference::OfficeHolders& reference_;
  std::string_view text_;
  const std::vector<Token>& tokens_;
  const std::vector<const v1::TimeExpression*>& times_;
  const Period& as_of_;
  DocumentContext* context_;
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
    default:
      return "";
  }
}

std::vector<Claim> FindClaims(const reference::OfficeHolders& reference, std::string_view text,
                              std::vector<text::Token>& tokens,
                              const std::vector<const v1::TimeExpression*>& times,
                              const Period& as_of, DocumentContext* context) {
  reference.Number(&tokens);
  return SentenceMatcher(reference, text, tokens, times, as_of, context).Run();
}

}  // namespace factcheck::office_holders
