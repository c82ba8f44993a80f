#include "common/word_set.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "common/host_tokens.h"
#include "common/text_tokens.h"

namespace factcheck::text {
namespace {

// Decodes the code point at *i (not ASCII), moves *i past it and says
// whether it belongs in a word: a letter or digit, or an invisible format
// character (soft hyphen, zero-width space).
bool IsWordCharAt(std::string_view text, std::size_t end, std::size_t* i) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto k = static_cast<int32_t>(*i);
  UChar32 c;
  U8_NEXT(bytes, k, static_cast<int32_t>(end), c);
  *i = static_cast<std::size_t>(k);
  return c >= 0 && (u_isalnum(c) || IsInvisible(c));
}

}  // namespace

void WordSet::Add(const std::string& word) {
  if (word.empty()) return;
  words_.insert(word);
  const auto first = static_cast<unsigned char>(word[0]);
  if (first >= 'a' && first <= 'z' && word.size() < kMaxLength) {
    shapes_[first - 'a'] |= 1u << word.size();
  } else {
    non_ascii_ = true;
  }
}

bool WordSet::AnyIn(std::string_view text, const v1::Sentence& sentence) const {
  auto is_letter = [](unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
  std::string word;
  for (const auto& segment : sentence.segments()) {
    const std::size_t end = std::min<std::size_t>(segment.end(), text.size());
    for (std::size_t i = segment.begin(); i < end;) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0x80 && !is_letter(c)) {
        ++i;
        continue;
      }
      const std::size_t start = i;
      if (c >= 0x80 && !IsWordCharAt(text, end, &i)) continue;  // A space or a mark: skipped.
      bool ascii = c < 0x80;
      if (ascii) ++i;
      while (i < end) {
        const auto d = static_cast<unsigned char>(text[i]);
        if (d < 0x80) {
          if (!is_letter(d)) break;
          ++i;
          continue;
        }
        // A non-ASCII letter, or an invisible character inside the word, goes
        // on; a non-breaking space, a typographic quote or dash ends it.
        const std::size_t at = i;
        if (!IsWordCharAt(text, end, &i)) {
          i = at;
          break;
        }
        ascii = false;
      }
      const std::size_t length = i - start;
      if (ascii) {
        const unsigned letter = (static_cast<unsigned char>(text[start]) | 0x20) - 'a';
        if (length >= kMaxLength || !(shapes_[letter] & (1u << length))) continue;
        word.assign(text.data() + start, length);
        for (char& ch : word) ch = static_cast<char>(ch | 0x20);
      } else {
        word = Fold(text.substr(start, length));
      }
      if (Contains(word)) return true;
    }
  }
  return false;
}

bool WordSet::AnyIn(const v1::Document& document, int s) const {
  const auto tokens = SentenceTokenView::Of(document, s);
  if (!tokens) return AnyIn(document.text(), document.sentences(s));
  for (std::size_t i = 0; i < tokens->size(); ++i) {
    if (!tokens->is_word(i)) continue;  // Numbers and punctuation.
    const std::string_view word = tokens->folded(i);
    if (word.empty()) continue;
    const auto first = static_cast<unsigned char>(word[0]);
    if (first >= 'a' && first <= 'z' && word.size() < kMaxLength &&
        !(shapes_[first - 'a'] & (1u << word.size()))) {
      continue;
    }
    if (Contains(word)) return true;
  }
  return false;
}

}  // namespace factcheck::text
