#include "common/word_set.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "common/ascii_runs.h"
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

bool WordSet::Probe(std::string_view word) const {
  if (word.empty() || slots_.empty()) return false;  // Empty: moved from.
  const std::uint64_t key = WordKey(word);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t h = SlotOf(key);; h = (h + 1) & mask) {
    const Slot& slot = slots_[h];
    if (slot.key == 0) return false;
    if (slot.key == key && (word.size() <= 7 || slot.word == word)) return true;
  }
}

void WordSet::Insert(Slot slot) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t h = SlotOf(slot.key);
  while (slots_[h].key != 0) h = (h + 1) & mask;
  slots_[h] = std::move(slot);
}

void WordSet::RebuildFilter() {
  // Four times the filter's four bits a word: a set is small, and a word
  // the filter lets through costs a probe of the table.
  hashes_.Reset(std::max<std::size_t>(slots_.size() * 4, 1024));
  for (const Slot& slot : slots_) {
    if (slot.key != 0) hashes_.Add(WordHash(slot.word));
  }
}

void WordSet::Add(const std::string& word) {
  if (word.empty() || Probe(word)) return;
  if (slots_.empty()) *this = WordSet();   // Moved from: start again.
  if ((count_ + 1) * 2 > slots_.size()) {  // At most half full.
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    --shift_;
    for (Slot& slot : old) {
      if (slot.key != 0) Insert(std::move(slot));
    }
    RebuildFilter();
  }
  Insert({WordKey(word), word});
  const std::uint64_t hash = WordHash(word);
  hashes_.Add(hash);
  key_ += hash;
  ++count_;
  const auto first = static_cast<unsigned char>(word[0]);
  if (first >= 'a' && first <= 'z' && word.size() < kMaxLength) {
    shapes_[first - 'a'] |= 1u << word.size();
  }
}

bool WordSet::AnyIn(std::string_view text, const v1::Sentence& sentence) const {
  std::string word;
  for (const auto& segment : sentence.segments()) {
    const std::size_t end = std::min<std::size_t>(segment.end(), text.size());
    for (std::size_t i = segment.begin(); i < end;) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0x80 && !IsAsciiLetter(c)) {
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
          if (!IsAsciiLetter(d)) break;
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
        if (ShapeAbsent(static_cast<unsigned char>(text[start]) | 0x20, length)) continue;
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

std::vector<std::string> WordSet::Words() const {
  std::vector<std::string> words;
  words.reserve(count_);
  for (const Slot& slot : slots_) {
    if (slot.key != 0) words.push_back(slot.word);
  }
  return words;
}

int WordSet::HostBit(const v1::Document& document) const {
  const v1::Tokens& tokens = document.tokens();
  // A host that numbered its sentences' lists wrong is not read.
  if (tokens.sentence_word_lists_size() != document.sentences_size() || count_ == 0 ||
      slots_.empty()) {
    return -1;
  }
  const auto& keys = tokens.word_list_keys();
  for (int bit = 0; bit < keys.size() && bit < 64; ++bit) {
    if (keys[bit] == key_) return bit;
  }
  return -1;
}

bool WordSet::AnyIn(const v1::Document& document, int s) const {
  return SentenceFilter(*this, document).AnyIn(s);
}

std::pair<bool, bool> WordSet::AnyOfEachIn(const WordSet& a, const WordSet& b,
                                           const v1::Document& document, int s) {
  return SentenceFilter::AnyOfEachIn(SentenceFilter(a, document), SentenceFilter(b, document), s);
}

bool WordSet::WordsIn(const v1::Document& document, int s) const {
  const auto tokens = SentenceTokenView::Of(document, s);
  if (!tokens) return AnyIn(document.text(), document.sentences(s));
  // Numbers and punctuation aside.
  if (tokens->hashed()) {
    return tokens->AnyHashedWord([&](std::uint64_t hash) { return hashes_.MayHave(hash); },
                                 [&](std::string_view word) { return Contains(word); });
  }
  return tokens->AnyWord([&](std::string_view word) { return Contains(word); });
}

std::pair<bool, bool> WordSet::WordsOfEachIn(const WordSet& a, const WordSet& b,
                                             const v1::Document& document, int s) {
  const auto tokens = SentenceTokenView::Of(document, s);
  if (!tokens || !tokens->hashed()) return {a.WordsIn(document, s), b.WordsIn(document, s)};
  bool in_a = false, in_b = false;
  tokens->AnyHashedWord(
      [&](std::uint64_t hash) {
        return (!in_a && a.hashes_.MayHave(hash)) || (!in_b && b.hashes_.MayHave(hash));
      },
      [&](std::string_view word) {
        in_a = in_a || a.Contains(word);
        in_b = in_b || b.Contains(word);
        return in_a && in_b;
      });
  return {in_a, in_b};
}

}  // namespace factcheck::text
