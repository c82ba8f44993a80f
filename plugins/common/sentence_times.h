// Hands out the host's time expressions of a document sentence by sentence
// (they come in sentence order), for checkers that walk the sentences.
#ifndef FACTCHECK_PLUGINS_COMMON_SENTENCE_TIMES_H_
#define FACTCHECK_PLUGINS_COMMON_SENTENCE_TIMES_H_

#include <cstdint>
#include <vector>

#include "factcheck/v1/checker.pb.h"

namespace factcheck::text {

class SentenceTimes {
 public:
  explicit SentenceTimes(const v1::Document& document) : document_(document) {}

  // The expressions of sentence `s`. Call with increasing `s`.
  const std::vector<const v1::TimeExpression*>& For(int s) {
    times_.clear();
    const auto sentence = static_cast<std::uint32_t>(s);
    for (; next_ < document_.time_expressions_size() &&
           document_.time_expressions(next_).sentence() <= sentence;
         ++next_) {
      if (document_.time_expressions(next_).sentence() == sentence) {
        times_.push_back(&document_.time_expressions(next_));
      }
    }
    return times_;
  }

 private:
  const v1::Document& document_;
  int next_ = 0;
  std::vector<const v1::TimeExpression*> times_;
};

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_SENTENCE_TIMES_H_
