// How a sentence speaks of the time of a claim in it, from the words around
// the claim: whether the claim sits in a future, conditional or hypothetical
// clause ("how good a prime minister he will make", "would become", "if ...
// becomes"), and whether the sentence speaks of the article's present
// (present tense, "said" in a report of the day, "on Tuesday", "this week")
// rather than of a past the sentence leaves unnamed.
#ifndef FACTCHECK_PLUGINS_OFFICE_HOLDERS_SENTENCE_MOOD_H_
#define FACTCHECK_PLUGINS_OFFICE_HOLDERS_SENTENCE_MOOD_H_

#include <vector>

#include "common/partial_date.h"
#include "common/sentence_times.h"
#include "common/text_tokens.h"
#include "factcheck/v1/checker.pb.h"

namespace factcheck::office_holders {

class SentenceMood {
 public:
  SentenceMood(const std::vector<text::Token>& tokens, text::TimeList times, Days as_of);

  // Whether the claim on tokens [first, end) is in a future, conditional or
  // hypothetical clause.
  bool Hypothetical(std::size_t first, std::size_t end) const;

  // Whether the sentence speaks of the article's present about the claim on
  // tokens [first, end): a time close to as_of in the sentence, or the
  // claim's person as the subject of a verb in the present tense or of a
  // reporting verb ("said"), or named after one ("said Prime Minister X").
  bool Present(std::size_t first, std::size_t end) const;

  // Whether the sentence names a time well before the article's date (the
  // claim may be about then).
  bool NamesThePast() const { return names_past_; }

 private:
  bool VerbAfter(std::size_t end) const;
  bool VerbBefore(std::size_t first) const;
  bool IsVerbOfThePresent(std::size_t k) const;
  std::size_t SkipAdverbs(std::size_t k) const;

  const std::vector<text::Token>& tokens_;
  bool near_present_ = false;  // A time within days of as_of.
  bool names_past_ = false;    // A time ending over a month before as_of.
};

}  // namespace factcheck::office_holders

#endif  // FACTCHECK_PLUGINS_OFFICE_HOLDERS_SENTENCE_MOOD_H_
