// Hands out the host's time expressions of a document sentence by sentence
// (they come in sentence order), for checkers that walk the sentences.
#ifndef FACTCHECK_PLUGINS_COMMON_SENTENCE_TIMES_H_
#define FACTCHECK_PLUGINS_COMMON_SENTENCE_TIMES_H_

#include <cstdint>
#include <span>

#include "factcheck/v1/checker.pb.h"

namespace factcheck::text {

// A sentence's time expressions, in text order: a view of the document's.
using TimeList = std::span<const v1::TimeExpression* const>;

class SentenceTimes {
 public:
  explicit SentenceTimes(const v1::Document& document) : document_(document) {}

  // The expressions of sentence `s`: those from the first of `s` on that
  // are of `s`, where the host puts them together. Call with increasing `s`.
  TimeList For(int s) {
    const auto sentence = static_cast<std::uint32_t>(s);
    const int size = document_.time_expressions_size();
    while (next_ < size && document_.time_expressions(next_).sentence() < sentence) ++next_;
    const int first = next_;
    while (next_ < size && document_.time_expressions(next_).sentence() == sentence) ++next_;
    return TimeList(document_.time_expressions().data() + first,
                    static_cast<std::size_t>(next_ - first));
  }

 private:
  const v1::Document& document_;
  int next_ = 0;
};

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_SENTENCE_TIMES_H_
