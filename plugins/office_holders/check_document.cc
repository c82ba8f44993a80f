#include "office_holders/check_document.h"

#include "common/sentence_times.h"
#include "common/text_tokens.h"
#include "office_holders/claims.h"
#include "office_holders/judge.h"

namespace factcheck::office_holders {

bool CheckDocument(const reference::OfficeHolders& reference, const v1::Document& document,
                   v1::CheckResponse* response) {
  auto day = ParsePartialDate(document.as_of());
  if (!day || document.as_of().size() != 10) return false;
  const Period as_of{day->first, day->last, document.as_of()};
  DocumentContext context;
  // The host's time expressions come in sentence order.
  text::SentenceTimes sentence_times(document);
  for (int s = 0; s < document.sentences_size(); ++s) {
    const auto& times = sentence_times.For(s);
    const v1::Sentence& sentence = document.sentences(s);
    if (!reference.MayHaveClaim(document.text(), sentence)) continue;
    auto tokens = text::Tokenize(document.text(), sentence);
    for (const Claim& claim :
         FindClaims(reference, document.text(), tokens, times, as_of, &context)) {
      v1::Finding* finding = response->add_findings();
      finding->mutable_span()->set_begin(claim.begin);
      finding->mutable_span()->set_end(claim.end);
      Judge(reference, claim, finding);
    }
  }
  return true;
}

}  // namespace factcheck::office_holders
