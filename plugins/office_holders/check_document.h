// The office-holders check of one document: every claim found and judged.
#ifndef FACTCHECK_PLUGINS_OFFICE_HOLDERS_CHECK_DOCUMENT_H_
#define FACTCHECK_PLUGINS_OFFICE_HOLDERS_CHECK_DOCUMENT_H_

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "factcheck/v1/checker.pb.h"
#include "office_holders/claims.h"
#include "office_holders/judge.h"
#include "office_holders/places.h"
#include "reference/office_holders.h"

namespace factcheck::office_holders {

struct CheckOptions {
  // The newsroom's country, by name or adjective ("United Kingdom",
  // "British"): unqualified titles mean its offices.
  std::optional<std::string> home_jurisdiction;
};

// The checker for one configuration: the reference data (which must outlive
// it), the places, the home jurisdiction.
class OfficeHoldersCheck {
 public:
  // Throws Error when the home jurisdiction is not one of the reference
  // data's.
  explicit OfficeHoldersCheck(const reference::OfficeHolders& reference,
                              const CheckOptions& options = {});

  // Appends a finding for each claim in `document`. False when its as_of is
  // not YYYY-MM-DD. A claim's finding goes out as soon as it is judged; only
  // the claims the rest of the article may still settle are held, so memory
  // does not grow with the claims of a long article.
  bool Check(const v1::Document& document, v1::CheckResponse* response) const;
  // The word sets Check tests every sentence with (kit::Checker's
  // SentenceFilters).
  std::vector<const text::WordSet*> SentenceFilters() const;

  // Each claim of `document` with its finding, in text order (for the
  // injection benchmark); nothing when as_of is not YYYY-MM-DD.
  struct Judged {
    Claim claim;
    v1::Finding finding;
  };
  std::optional<std::vector<Judged>> Claims(const v1::Document& document) const;

 private:
  // Finds the claims of `document` sentence by sentence, handing each to
  // `found`. False when as_of is not YYYY-MM-DD.
  bool Scan(const v1::Document& document, const std::function<void(Claim)>& found) const;
  // Each claim of `document` with its finding, handed to `judged` as soon
  // as nothing later in the article can change it. False as Scan.
  bool ForEachJudged(const v1::Document& document, const std::function<void(Judged)>& judged) const;
  // Judges one claim; the jurisdiction of the office it settled on, if any.
  std::optional<std::uint32_t> JudgeOne(const ArticleContext& article, Judged* judged) const;
  std::set<std::uint32_t> NamedJurisdictions(const v1::Document& document) const;

  const reference::OfficeHolders& reference_;
  Places places_;
  Knowledge knowledge_;
};

// One-off check with no options (tests, small tools).
bool CheckDocument(const reference::OfficeHolders& reference, const v1::Document& document,
                   v1::CheckResponse* response);

}  // namespace factcheck::office_holders

#endif  // FACTCHECK_PLUGINS_OFFICE_HOLDERS_CHECK_DOCUMENT_H_
