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

bool OfficeHoldersCheck::Scan(const v1::Document& document,
                              const std::function<void(Claim)>& found) const {
  const auto day = kit::AsOf(document);
  if (!day) return false;
  const Period as_of{*day, *day, document.as_of()};
  DocumentContext context;
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
      found(std::move(claim));
    }
  }
  return true;
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

// Judges every claim as it comes, then judges again the surnames alone that
// their sentence left without a country, once the whole article has said
// where it is: by its other claims, and by the countries it names.
class OfficeHoldersCheck::Judging {
 public:
  Judging(const OfficeHoldersCheck& check, const v1::Document& document)
      : check_(check), document_(document), article_{check.knowledge_.home_jurisdiction, {}} {}

  // Judges a claim; true when the rest of the article may still settle it
  // (then it goes to Again).
  bool First(Judged& judged) {
    if (auto j = Judge(judged)) named_.insert(*j);
    return judged.claim.weak_identity && !judged.claim.jurisdiction &&
           judged.finding.verdict() == v1::VERDICT_NEEDS_VERIFICATION;
  }

  void Again(const std::vector<Judged*>& open) {
    if (open.empty()) return;
    named_.merge(check_.NamedJurisdictions(document_));
    if (named_.empty()) return;
    article_.jurisdictions = std::move(named_);
    for (Judged* judged : open) Judge(*judged);
  }

 private:
  std::optional<std::uint32_t> Judge(Judged& judged) const {
    judged.finding.Clear();
    judged.finding.mutable_span()->set_begin(judged.claim.begin);
    judged.finding.mutable_span()->set_end(judged.claim.end);
    return office_holders::Judge(check_.reference_, article_, judged.claim, &judged.finding);
  }

  const OfficeHoldersCheck& check_;
  const v1::Document& document_;
  ArticleContext article_;
  std::set<std::uint32_t> named_;
};

std::optional<std::vector<OfficeHoldersCheck::Judged>> OfficeHoldersCheck::Claims(
    const v1::Document& document) const {
  std::vector<Judged> out;
  if (!Scan(document, [&](Claim claim) { out.push_back(Judged{std::move(claim), {}}); })) {
    return std::nullopt;
  }
  Judging judging(*this, document);
  std::vector<Judged*> open;
  for (Judged& judged : out) {
    if (judging.First(judged)) open.push_back(&judged);
  }
  judging.Again(open);
  return out;
}

bool OfficeHoldersCheck::Check(const v1::Document& document, v1::CheckResponse* response) const {
  Judging judging(*this, document);
  std::vector<Judged> open;
  const bool dated = Scan(document, [&](Claim claim) {
    Judged judged{std::move(claim), {}};
    if (judging.First(judged)) {
      open.push_back(std::move(judged));
    } else {
      *response->add_findings() = std::move(judged.finding);
    }
  });
  if (!dated) return false;
  std::vector<Judged*> pointers;
  for (Judged& judged : open) pointers.push_back(&judged);
  judging.Again(pointers);
  for (Judged& judged : open) *response->add_findings() = std::move(judged.finding);
  return true;
}

bool CheckDocument(const reference::OfficeHolders& reference, const v1::Document& document,
                   v1::CheckResponse* response) {
  return OfficeHoldersCheck(reference).Check(document, response);
}

}  // namespace factcheck::office_holders
