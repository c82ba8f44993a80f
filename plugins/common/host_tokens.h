// Tokens as an annotation the host computes once for every plugin
// (Document.tokens, ANNOTATION_TOKENS in Describe): written by the host,
// read by checkers, which tokenize a sentence themselves only when the host
// did not send its tokens.
#ifndef FACTCHECK_PLUGINS_COMMON_HOST_TOKENS_H_
#define FACTCHECK_PLUGINS_COMMON_HOST_TOKENS_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "common/text_tokens.h"
#include "common/word_hash.h"
#include "common/word_lists.h"
#include "factcheck/v1/checker.pb.h"

namespace factcheck::text {

// The bits of Tokens.flags (checker.proto).
constexpr std::uint32_t kTokenKindMask = 3;  // 0 word, 1 number, 2 punctuation.
constexpr std::uint32_t kTokenCapitalized = 1u << 2;
constexpr std::uint32_t kTokenAcronym = 1u << 3;
constexpr std::uint32_t kTokenPossessive = 1u << 4;
constexpr std::uint32_t kTokenHyphenAfter = 1u << 5;
constexpr std::uint32_t kTokenInitial = 1u << 6;

// A sentence's tokens read in place from the host's arrays, for scans that
// need no Token (word filters). Ranges a host got wrong read as empty.
class SentenceTokenView {
 public:
  // None when the document has no tokens: the caller tokenizes the text.
  static std::optional<SentenceTokenView> Of(const v1::Document& document, int s);

  std::size_t size() const { return end_ - first_; }
  std::uint32_t flags(std::size_t i) const { return tokens_->flags(At(i)); }
  bool is_word(std::size_t i) const { return (flags(i) & kTokenKindMask) == 0; }
  std::uint32_t begin(std::size_t i) const { return tokens_->begin(At(i)); }
  std::uint32_t end(std::size_t i) const { return tokens_->end(At(i)); }
  std::string_view folded(std::size_t i) const {
    return Slice(tokens_->folded(), tokens_->folded_end(), At(i));
  }
  std::string_view transliterated(std::size_t i) const {
    return Slice(tokens_->transliterated(), tokens_->transliterated_end(), At(i));
  }
  // Whether the host sent each token's WordHash (Tokens.hashes).
  bool hashed() const { return hashed_; }
  // Token i's WordHash: the host's, or its folded form hashed here.
  std::uint64_t hash(std::size_t i) const {
    return hashed_ ? tokens_->hashes(At(i)) : WordHash(folded(i));
  }

  // Calls `visit` with the folded form of each word, in order, until it
  // returns true; returns whether one did. One pass over the arrays, for
  // the word tests every checker runs on every sentence; the same words as
  // folded(i) of each is_word(i) (none empty).
  template <typename Visit>
  bool AnyWord(Visit visit) const {
    const auto& flags = tokens_->flags();
    const auto& ends = tokens_->folded_end();
    const std::string& chars = tokens_->folded();
    std::uint32_t from = first_ == 0 ? 0 : ends.Get(first_ - 1);
    for (int at = first_; at < end_; ++at) {
      const std::uint32_t to = ends.Get(at);
      if ((flags.Get(at) & kTokenKindMask) == 0) {
        const std::string_view word = Clamped(chars, from, to);
        if (!word.empty() && visit(word)) return true;
      }
      from = to;
    }
    return false;
  }
  // Calls `visit(flags, begin, end, folded, transliterated, hash)` for each
  // token in order: the values flags(i) .. hash(i) give (hash 0 when not
  // hashed()), read in one pass over the arrays.
  template <typename Visit>
  void ForEachToken(Visit visit) const {
    // A document with no word of ä, ö or ü, as most are, has no
    // transliteration to read a token.
    if (tokens_->transliterated().empty()) {
      ForEachTokenOf<false>(visit);
    } else {
      ForEachTokenOf<true>(visit);
    }
  }

  // The same for the words whose host hash `maybe` lets through, read only
  // then: a filter over hashes turns most words away without touching their
  // bytes. Only when hashed().
  template <typename Maybe, typename Visit>
  bool AnyHashedWord(Maybe maybe, Visit visit) const {
    const std::uint32_t* const flags = tokens_->flags().data();
    const std::uint64_t* const hashes = tokens_->hashes().data();
    for (int at = first_; at < end_; ++at) {
      if ((flags[at] & kTokenKindMask) != 0 || !maybe(hashes[at])) continue;
      const std::string_view word = Slice(tokens_->folded(), tokens_->folded_end(), at);
      if (!word.empty() && visit(word)) return true;
    }
    return false;
  }

 private:
  template <bool kTransliterated, typename Visit>
  void ForEachTokenOf(Visit visit) const {
    const std::uint32_t* const flags = tokens_->flags().data();
    const std::uint32_t* const begins = tokens_->begin().data();
    const std::uint32_t* const ends = tokens_->end().data();
    const std::uint32_t* const folded_ends = tokens_->folded_end().data();
    const std::uint32_t* const transliterated_ends = tokens_->transliterated_end().data();
    const std::uint64_t* const hashes = hashed_ ? tokens_->hashes().data() : nullptr;
    const std::string& folded = tokens_->folded();
    const std::string& transliterated = tokens_->transliterated();
    std::uint32_t folded_from = first_ == 0 ? 0 : folded_ends[first_ - 1];
    std::uint32_t transliterated_from =
        !kTransliterated || first_ == 0 ? 0 : transliterated_ends[first_ - 1];
    for (int at = first_; at < end_; ++at) {
      const std::uint32_t folded_to = folded_ends[at];
      std::string_view transliteration;
      if constexpr (kTransliterated) {
        const std::uint32_t transliterated_to = transliterated_ends[at];
        transliteration = Clamped(transliterated, transliterated_from, transliterated_to);
        transliterated_from = transliterated_to;
      }
      visit(flags[at], begins[at], ends[at], Clamped(folded, folded_from, folded_to),
            transliteration, hashes == nullptr ? 0 : hashes[at]);
      folded_from = folded_to;
    }
  }

  SentenceTokenView(const v1::Tokens* tokens, int first, int end, bool hashed)
      : tokens_(tokens), first_(first), end_(end), hashed_(hashed) {}
  int At(std::size_t i) const { return first_ + static_cast<int>(i); }
  // Token `at`'s bytes of `chars`, clamped: a plugin reads what a host sent.
  static std::string_view Slice(const std::string& chars,
                                const google::protobuf::RepeatedField<std::uint32_t>& ends,
                                int at) {
    return Clamped(chars, at == 0 ? 0 : ends.Get(at - 1), ends.Get(at));
  }
  static std::string_view Clamped(const std::string& chars, std::uint32_t from, std::uint32_t to) {
    if (from > to || to > chars.size()) return {};
    return std::string_view(chars.data() + from, to - from);
  }

  const v1::Tokens* tokens_;
  int first_;
  int end_;
  bool hashed_;
};

// Host side: tokenizes every sentence of `document` into document->tokens,
// each sentence naming its range of them. With `word_lists`, also which of
// them each sentence has a word of (Tokens.word_list_keys and
// sentence_word_lists), each word looked up as it is hashed. Where
// `word_lists` holds a list of the host's own (SentenceWordLists::host_bit:
// the time tagger's words), `own_word` gets one entry a sentence, never
// sent: whether a word of it is in that list, or a piece of a word the time
// lexer cuts at its marks ("day" of "O'Day"; "u" and "s" of "U.S." are
// none; a word over ASCII, "Müller", counts as one): what the tagger's
// sentence filter asks first of every sentence, before it reads the
// numbers and bytes over ASCII of one without.
// Else it is left empty. A possessive's "s", which the lexer also reads as
// a word, is no time word (a test holds it).
void AddDocumentTokens(v1::Document* document, const SentenceWordLists* word_lists = nullptr,
                       std::vector<bool>* own_word = nullptr);

// The tokens of sentence `s`, as Tokenize gives them: read from the host's
// annotation when the document has one (their words views of it, valid
// while the document is), else tokenized here.
TokenList SentenceTokens(const v1::Document& document, int s);
// The same into `out`, whose memory is reused from sentence to sentence.
void SentenceTokensInto(const v1::Document& document, int s, TokenList* out);

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_HOST_TOKENS_H_
