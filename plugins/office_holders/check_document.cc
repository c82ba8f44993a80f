#include "office_holders/check_document.h"

#include <set>

#include "common/checker.h"
#include "common/host_tokens.h"
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
  const std::string& text = document.text();
  for (int s = 0; s < document.sentences_size(); ++s) {
    if (!reference_.MayHaveClaim(document, s)) {
      if (reference_.MayNameSomeone(document, s)) {
        auto tokens = text::SentenceTokens(document, s);
        NoteNames(knowledge_, text, tokens, &context);
      }
      continue;
    }
    const auto& times = sentence_times.For(s);
    auto tokens = text::SentenceTokens(document, s);
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
  for (int s = 0; s < document.sentences_size(); ++s) {
    const auto tokens = text::SentenceTokens(document, s);
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
