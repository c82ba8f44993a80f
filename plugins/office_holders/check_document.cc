#include "office_holders/check_document.h"

#include "common/checker.h"
#include "common/text_tokens.h"
#include "office_holders/claims.h"
#include "office_holders/judge.h"

namespace factcheck::office_holders {

bool CheckDocument(const reference::OfficeHolders& reference, const v1::Document& document,
                   v1::CheckResponse* response) {
  const auto day = kit::AsOf(document);
  if (!day) return false;
  const Period as_of{*day, *day, document.as_of()};
  DocumentContext context;
  kit::ForEachSentence(
      document,
      [&](const v1::Sentence& sentence, const auto&) {
        return reference.MayHaveClaim(document.text(), sentence);
      },
      [&](int, const v1::Sentence& sentence, const auto& times) {
        auto tokens = text::Tokenize(document.text(), sentence);
        for (const Claim& claim :
             FindClaims(reference, document.text(), tokens, times, as_of, &context)) {
          v1::Finding* finding = response->add_findings();
          finding->mutable_span()->set_begin(claim.begin);
          finding->mutable_span()->set_end(claim.end);
          Judge(reference, claim, finding);
        }
      });
  return true;
}

}  // namespace factcheck::office_holders
