// A set of folded words and a fast test of whether a sentence holds any of
// them: checkers use it to skip most sentences before tokenizing them.
#ifndef FACTCHECK_PLUGINS_COMMON_WORD_SET_H_
#define FACTCHECK_PLUGINS_COMMON_WORD_SET_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "factcheck/v1/checker.pb.h"

namespace factcheck::text {

class WordSet {
 public:
  // Adds a folded word (see Fold).
  void Add(const std::string& word);
  // Whether a word of the sentence's prose, folded, is in the set. Most
  // words fail on their first letter and length before any hashing.
  bool AnyIn(std::string_view text, const v1::Sentence& sentence) const;
  // The same over the host's tokens of sentence `s`, when the document has
  // them (ANNOTATION_TOKENS), else over its text as above. Over tokens it
  // sees words as the checker will match them ("d'Estaing" is "destaing",
  // not "d" and "estaing").
  bool AnyIn(const v1::Document& document, int s) const;
  bool empty() const { return words_.empty(); }

 private:
  static constexpr std::size_t kMaxLength = 32;
  // Looked up by string_view, without building a string per word.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const {
      return std::hash<std::string_view>()(word);
    }
  };
  bool Contains(std::string_view word) const { return words_.find(word) != words_.end(); }
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
  std::uint32_t shapes_[26] = {};  // Per first letter a-z, a bit per length.
  bool non_ascii_ = false;         // Some word does not start with a-z.
};

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_WORD_SET_H_
