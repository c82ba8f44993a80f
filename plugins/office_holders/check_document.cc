#include "office_holders/check_document.h"

#include <cctype>
#include <set>

#include "common/checker.h"
#include "common/sentence_times.h"
#include "common/text_tokens.h"
#include "factcheck/error.h"
#include "office_holders/judge.h"

namespace factcheck::office_holders {
namespace {

std::optional<std::uint32_t> HomeJurisdiction(const Places& places,
                                              const reference::OfficeHolders& reference,
                                              const CheckOptions& options) {
  if (!options.home_jurisdiction) return std::nullopt;
  if (auto j = places.Jurisdiction(*options.home_jurisdiction)) return j;
  std::string known;
  for (const auto& name : reference.jurisdictions()) known += (known.empty() ? "" : ", ") + name;
  throw Error("office-holders: home_jurisdiction '" + *options.home_jurisdiction +
              "' is not a jurisdiction of the reference data (it has: " + known + ")");
}

// Whether sentence `s` ends with a middle initial the host took for the end
// of a sentence ("President George W." + "Bush spoke."): a capital letter
// alone, then a period, and the next sentence starts with a capital.
bool SplitAfterInitial(const v1::Document& document, int s) {
  if (s + 1 >= document.sentences_size()) return false;
  const std::string& text = document.text();
  const std::uint32_t end = document.sentences(s).span().end();
  const std::uint32_t next = document.sentences(s + 1).span().begin();
  if (end < 3 || end > text.size() || next >= text.size()) return false;
  const auto at = [&](std::uint32_t i) { return static_cast<unsigned char>(text[i]); };
  return at(end - 1) == '.' && std::isupper(at(end - 2)) && std::isspace(at(end - 3)) &&
         std::isupper(at(next));
}

// Joins the tokens of a sentence that goes on after an initial: the
// initial's period is no end.
void AppendAfterInitial(std::vector<text::Token> more, std::vector<text::Token>* tokens) {
  if (tokens->size() >= 2 && tokens->back().kind == text::Token::Kind::kPunct &&
      tokens->back().folded == ".") {
    tokens->pop_back();
    tokens->back().initial = true;
    tokens->back().end += 1;
  }
  for (auto& token : more) tokens->push_back(std::move(token));
}

}  // namespace

OfficeHoldersCheck::OfficeHoldersCheck(const reference::OfficeHolders& reference,
                                       const CheckOptions& options)
    : reference_(reference),
      places_(reference),
      knowledge_{reference_, places_, HomeJurisdiction(places_, reference, options)} {}

std::optional<std::vector<OfficeHoldersCheck::Judged>> OfficeHoldersCheck::Claims(
    const v1::Document& document) const {
  const auto day = kit::AsOf(document);
  if (!day) return std::nullopt;
  const Period as_of{*day, *day, document.as_of()};
  DocumentContext context;
  std::vector<Judged> out;
  text::SentenceTimes sentence_times(document);
  std::vector<const v1::TimeExpression*> times;
  const std::string& text = document.text();
  for (int s = 0; s < document.sentences_size();) {
    // A sentence, with the ones the host split off after an initial.
    const int first = s;
    bool wanted = false;
    times.clear();
    do {
      wanted = wanted || reference_.MayHaveClaim(text, document.sentences(s));
      const auto& more = sentence_times.For(s);
      times.insert(times.end(), more.begin(), more.end());
    } while (SplitAfterInitial(document, s++));
    if (!wanted) continue;
    auto tokens = text::Tokenize(text, document.sentences(first));
    for (int k = first + 1; k < s; ++k) {
      AppendAfterInitial(text::Tokenize(text, document.sentences(k)), &tokens);
    }
    for (Claim& claim : FindClaims(knowledge_, text, tokens, times, as_of, &context)) {
      out.push_back(Judged{std::move(claim), {}});
    }
  }
  JudgeAll(document, &out);
  return out;
}

// The countries the article names anywhere ("the United States", "U.S.",
// "American", "the White House"), in sentences with or without claims.
std::set<std::uint32_t> OfficeHoldersCheck::NamedJurisdictions(const v1::Document& document) const {
  std::set<std::uint32_t> named;
  for (const auto& sentence : document.sentences()) {
    const auto tokens = text::Tokenize(document.text(), sentence);
    for (std::size_t i = 0; i < tokens.size();) {
      const auto place = places_.CueAt(tokens, i);
      if (place.jurisdiction) named.insert(*place.jurisdiction);
      i += std::max<std::size_t>(place.length, 1);
    }
  }
  return named;
}

// Judges every claim, then judges again the surnames alone that the
// sentence left without a country, now that the whole article has said
// where it is: by its other claims, and by the countries it names.
void OfficeHoldersCheck::JudgeAll(const v1::Document& document, std::vector<Judged>* claims) const {
  ArticleContext article{knowledge_.home_jurisdiction, {}};
  auto judge = [&](Judged& judged) {
    judged.finding.Clear();
    judged.finding.mutable_span()->set_begin(judged.claim.begin);
    judged.finding.mutable_span()->set_end(judged.claim.end);
    return Judge(reference_, article, judged.claim, &judged.finding);
  };
  std::set<std::uint32_t> named;
  std::vector<Judged*> open;
  for (Judged& judged : *claims) {
    if (auto j = judge(judged)) named.insert(*j);
    if (judged.claim.weak_identity && !judged.claim.jurisdiction &&
        judged.finding.verdict() == v1::VERDICT_NEEDS_VERIFICATION) {
      open.push_back(&judged);
    }
  }
  if (open.empty()) return;
  named.merge(NamedJurisdictions(document));
  if (named.empty()) return;
  article.jurisdictions = std::move(named);
  for (Judged* judged : open) judge(*judged);
}

bool OfficeHoldersCheck::Check(const v1::Document& document, v1::CheckResponse* response) const {
  auto claims = Claims(document);
  if (!claims) return false;
  for (auto& judged : *claims) *response->add_findings() = std::move(judged.finding);
  return true;
}

bool CheckDocument(const reference::OfficeHolders& reference, const v1::Document& document,
                   v1::CheckResponse* response) {
  return OfficeHoldersCheck(reference).Check(document, response);
}

}  // namespace factcheck::office_holders
