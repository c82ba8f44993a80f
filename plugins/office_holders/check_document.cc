#include "office_holders/check_document.h"

#include <algorithm>
#include <functional>
#include <set>

#include "common/checker.h"
#include "common/host_tokens.h"
#include "common/sentence_times.h"
#include "common/text_tokens.h"
#include "common/word_set.h"
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

std::vector<const text::WordSet*> OfficeHoldersCheck::SentenceFilters() const {
  return {&reference_.title_words()};
}

bool OfficeHoldersCheck::Scan(const v1::Document& document,
                              const std::function<void(Claim)>& found) const {
  const auto day = kit::AsOf(document);
  if (!day) return false;
  const Period as_of{*day, *day, document.as_of()};
  DocumentContext context;
  text::SentenceTimes sentence_times(document);
  const std::string& text = document.text();
  // Kept by the thread from document to document: grown once. A very long
  // sentence's are let go at the end.
  thread_local text::TokenList tokens;
  // The people a sentence names are noted only for the claims of the
  // sentences after it: past the last sentence that may hold a claim,
  // nothing is read.
  const text::SentenceFilter may_have_claim = reference_.ClaimFilter(document);
  int end = document.sentences_size();
  while (end > 0 && !may_have_claim.AnyIn(end - 1)) --end;
  for (int s = 0; s < end; ++s) {
    if (!may_have_claim.AnyIn(s)) {
      if (reference_.MayNameSomeone(document, s)) {
        text::SentenceTokensInto(document, s, &tokens);
        NoteNames(knowledge_, text, tokens.mutable_tokens(), &context);
      }
      continue;
    }
    const auto& times = sentence_times.For(s);
    text::SentenceTokensInto(document, s, &tokens);
    for (Claim& claim :
         FindClaims(knowledge_, text, tokens.mutable_tokens(), times, as_of, &context)) {
      found(std::move(claim));
    }
  }
  tokens.ReleaseIfLarge();
  return true;
}

// The countries the article names anywhere ("the United States", "U.S.",
// "American", "the White House"), in sentences with or without claims.
std::set<std::uint32_t> OfficeHoldersCheck::NamedJurisdictions(const v1::Document& document) const {
  std::set<std::uint32_t> named;
  text::TokenList tokens;  // Reused from sentence to sentence.
  for (int s = 0; s < document.sentences_size(); ++s) {
    // Most sentences name no place: let go on the host's tokens.
    if (!places_.MayCueIn(document, s)) continue;
    text::SentenceTokensInto(document, s, &tokens);
    for (std::size_t i = 0; i < tokens.size();) {
      const auto place = places_.CueAt(tokens, i);
      if (place.jurisdiction) named.insert(*place.jurisdiction);
      i += std::max<std::size_t>(place.length, 1);
    }
  }
  return named;
}

std::optional<std::uint32_t> OfficeHoldersCheck::JudgeOne(const ArticleContext& article,
                                                          Judged* judged) const {
  judged->finding.Clear();
  judged->finding.mutable_span()->set_begin(judged->claim.begin);
  judged->finding.mutable_span()->set_end(judged->claim.end);
  return Judge(reference_, article, judged->claim, &judged->finding);
}

// Judges every claim as it comes and hands it on at once, except the
// surnames alone that their sentence left without a country: those are
// judged again once the whole article has said where it is (by its other
// claims, and by the countries it names), and handed on last.
bool OfficeHoldersCheck::ForEachJudged(const v1::Document& document,
                                       const std::function<void(Judged)>& judged) const {
  ArticleContext article{knowledge_.home_jurisdiction, {}};
  std::set<std::uint32_t> named;
  std::vector<Judged> open;
  auto on_claim = [&](Claim claim) {
    Judged one{std::move(claim), {}};
    if (auto j = JudgeOne(article, &one)) named.insert(*j);
    const bool settled = !one.claim.weak_identity || one.claim.jurisdiction ||
                         one.finding.verdict() != v1::VERDICT_NEEDS_VERIFICATION;
    if (settled) {
      judged(std::move(one));
    } else {
      open.push_back(std::move(one));
    }
  };
  // By reference: a std::function keeps a reference in place, where the
  // lambda's captures would cost it an allocation a document.
  const bool dated = Scan(document, std::ref(on_claim));
  if (!dated) return false;
  if (!open.empty()) named.merge(NamedJurisdictions(document));
  if (!open.empty() && !named.empty()) {
    article.jurisdictions = std::move(named);
    for (Judged& one : open) JudgeOne(article, &one);
  }
  for (Judged& one : open) judged(std::move(one));
  return true;
}

std::optional<std::vector<OfficeHoldersCheck::Judged>> OfficeHoldersCheck::Claims(
    const v1::Document& document) const {
  std::vector<Judged> out;
  if (!ForEachJudged(document, [&](Judged judged) { out.push_back(std::move(judged)); })) {
    return std::nullopt;
  }
  // The claims the article settled later come last: back to text order.
  std::stable_sort(out.begin(), out.end(),
                   [](const Judged& a, const Judged& b) { return a.claim.begin < b.claim.begin; });
  return out;
}

bool OfficeHoldersCheck::Check(const v1::Document& document, v1::CheckResponse* response) const {
  return ForEachJudged(
      document, [&](Judged judged) { *response->add_findings() = std::move(judged.finding); });
}

bool CheckDocument(const reference::OfficeHolders& reference, const v1::Document& document,
                   v1::CheckResponse* response) {
  return OfficeHoldersCheck(reference).Check(document, response);
}

}  // namespace factcheck::office_holders
