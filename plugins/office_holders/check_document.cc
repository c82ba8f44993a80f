#include "check_document.h"

#include "claims.h"
#include "judge.h"
#include "text_tokens.h"

namespace factcheck::office_holders {

bool CheckDocument(const Reference& reference, const v1::Document& document,
                   v1::CheckResponse* response) {
  auto day = ParsePartialDate(document.as_of());
  if (!day || document.as_of().size() != 10) return false;
  const Period as_of{day->first, day->last, document.as_of()};
  DocumentContext context;
  // The host's time expressions come in sentence order.
  int next_time = 0;
  std::vector<const v1::TimeExpression*> times;
  for (int s = 0; s < document.sentences_size(); ++s) {
    times.clear();
    for (; next_time < document.time_expressions_size() &&
           document.time_expressions(next_time).sentence() <= static_cast<std::uint32_t>(s);
         ++next_time) {
      if (document.time_expressions(next_time).sentence() == static_cast<std::uint32_t>(s)) {
        times.push_back(&document.time_expressions(next_time));
      }
    }
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
