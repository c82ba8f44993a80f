#include "common/phrase_index.h"

#include <bit>
#include <cassert>

namespace factcheck::text {

namespace {

bool IsPowerOfTwo(std::size_t n) { return n != 0 && (n & (n - 1)) == 0; }

// Spreads (node, word) keys over the edge table.
std::uint64_t Mix(std::uint64_t key) {
  key ^= key >> 31;
  key *= 0x7fb5d329728ea185ull;
  key ^= key >> 27;
  key *= 0x81dadef4bc2dd44dull;
  return key ^ (key >> 33);
}

}  // namespace

std::string_view Vocabulary::TextOf(const Slot& slot, std::span<const char> chars) const {
  // A borrowed table is checked here, not trusted.
  if (slot.offset > chars.size() || slot.length > chars.size() - slot.offset) return {};
  return {chars.data() + slot.offset, slot.length};
}

void Vocabulary::Grow() {
  std::vector<Slot> old(slots_.owned().size() * 2);
  old.swap(slots_.owned());
  std::vector<Slot>& slots = slots_.owned();
  const std::size_t mask = slots.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == Token::kUnknownWord) continue;
    std::size_t h = slot.hash & mask;
    while (slots[h].id != Token::kUnknownWord) h = (h + 1) & mask;
    slots[h] = slot;
  }
  BuildBloom();
}

void Vocabulary::BuildBloom() {
  const std::span<const Slot> slots = slots_.items();
  bloom_.Reset(slots.size());
  for (const Slot& slot : slots) {
    if (slot.id != Token::kUnknownWord) bloom_.Add(slot.hash);
  }
}

std::uint32_t Vocabulary::Intern(std::string_view word) {
  if ((count_ + 1) * 2 > slots_.owned().size()) Grow();
  const std::uint64_t hash = Hash(word);
  std::vector<Slot>& slots = slots_.owned();
  std::vector<char>& chars = chars_.owned();
  const std::size_t mask = slots.size() - 1;
  for (std::size_t h = hash & mask;; h = (h + 1) & mask) {
    Slot& slot = slots[h];
    if (slot.id == Token::kUnknownWord) {
      slot = {hash, static_cast<std::uint32_t>(count_++), static_cast<std::uint32_t>(chars.size()),
              static_cast<std::uint32_t>(word.size())};
      chars.insert(chars.end(), word.begin(), word.end());
      bloom_.Add(hash);
      return slot.id;
    }
    if (slot.hash == hash && TextOf(slot, chars) == word) return slot.id;
  }
}

std::uint32_t Vocabulary::Find(std::string_view word, std::uint64_t hash) const {
  if (!bloom_.MayHave(hash)) return Token::kUnknownWord;
  const std::span<const Slot> slots = slots_.items();
  const std::span<const char> chars = chars_.items();
  const std::size_t mask = slots.size() - 1;
  for (std::size_t probe = 0, h = hash & mask; probe < slots.size(); ++probe, h = (h + 1) & mask) {
    const Slot& slot = slots[h];
    if (slot.id == Token::kUnknownWord) return Token::kUnknownWord;
    if (slot.hash == hash && TextOf(slot, chars) == word) return slot.id;
  }
  return Token::kUnknownWord;
}

bool Vocabulary::Borrow(const Parts& parts) {
  if (!IsPowerOfTwo(parts.slots.size())) return false;
  slots_.Borrow(parts.slots);
  chars_.Borrow(parts.chars);
  count_ = parts.count;
  BuildBloom();
  return true;
}

void Vocabulary::Number(std::vector<Token>* tokens) const {
  for (Token& token : *tokens) token.word = NumberOfToken(token);
}

std::uint32_t Vocabulary::NumberOfToken(const Token& token) const {
  if (token.kind == Token::Kind::kPunct) {
    // "Trade & Industry Secretary": an ampersand is the word "and".
    return token.folded == "&" ? Find("and") : Token::kUnknownWord;
  }
  const std::uint64_t hash = token.hash != 0 ? token.hash : Hash(token.folded);
  return NumberOf(token.folded, hash, token.transliterated);
}

std::uint32_t Vocabulary::NumberOf(std::string_view folded, std::uint64_t hash,
                                   std::string_view transliterated) const {
  const std::uint32_t word = Find(folded, hash);
  if (word != Token::kUnknownWord || transliterated.empty()) return word;
  return Find(transliterated);  // "Schröder" for "Schroeder".
}

std::uint32_t PhraseIndex::Child(std::uint32_t node, std::uint32_t word) const {
  if (node == kRoot && !IsFirstWord(word)) return kNone;
  const std::span<const Edge> edges = edges_.items();
  const std::uint64_t key = Key(node, word);
  const std::size_t mask = edges.size() - 1;
  for (std::size_t probe = 0, h = Mix(key) & mask; probe < edges.size();
       ++probe, h = (h + 1) & mask) {
    const Edge& edge = edges[h];
    if (edge.key == kNoEdge) return kNone;
    if (edge.key == key) {
      return edge.child < first_value_.items().size() ? edge.child : kNone;
    }
  }
  return kNone;
}

void PhraseIndex::GrowEdges() {
  std::vector<Edge> old(edges_.owned().size() * 2);
  old.swap(edges_.owned());
  std::vector<Edge>& edges = edges_.owned();
  const std::size_t mask = edges.size() - 1;
  for (const Edge& edge : old) {
    if (edge.key == kNoEdge) continue;
    std::size_t h = Mix(edge.key) & mask;
    while (edges[h].key != kNoEdge) h = (h + 1) & mask;
    edges[h] = edge;
  }
}

std::uint32_t PhraseIndex::AddChild(std::uint32_t node, std::uint32_t word) {
  if ((edge_count_ + 1) * 2 > edges_.owned().size()) GrowEdges();
  std::vector<Edge>& edges = edges_.owned();
  const std::uint64_t key = Key(node, word);
  const std::size_t mask = edges.size() - 1;
  for (std::size_t h = Mix(key) & mask;; h = (h + 1) & mask) {
    Edge& edge = edges[h];
    if (edge.key == key) return edge.child;
    if (edge.key == kNoEdge) {
      edge = {key, static_cast<std::uint32_t>(first_value_.owned().size())};
      first_value_.owned().push_back(kNone);
      ++edge_count_;
      if (node == kRoot) {
        std::vector<std::uint64_t>& bits = first_words_.owned();
        if (word / 64 >= bits.size()) bits.resize(word / 64 + 1);
        bits[word / 64] |= std::uint64_t{1} << (word % 64);
      }
      return edge.child;
    }
  }
}

void PhraseIndex::Add(const std::vector<std::string>& words, std::uint32_t value) {
  if (words.empty()) return;
  first_word_hashes_ = {};  // Would turn the new first word away.
  std::uint32_t node = 0;
  for (const std::string& word : words) node = AddChild(node, vocabulary_->Intern(word));
  std::vector<std::uint32_t>& first_value = first_value_.owned();
  std::vector<ValueLink>& values = values_.owned();
  for (std::uint32_t link = first_value[node]; link != kNone; link = values[link].next) {
    if (values[link].value == value) return;
  }
  if (first_value[node] == kNone) ++phrases_;
  values.push_back({value, first_value[node]});
  first_value[node] = static_cast<std::uint32_t>(values.size() - 1);
}

bool PhraseIndex::Borrow(const Parts& parts, std::uint32_t value_limit) {
  if (!IsPowerOfTwo(parts.edges.size()) || parts.first_value.empty()) return false;
  edges_.Borrow(parts.edges);
  first_value_.Borrow(parts.first_value);
  values_.Borrow(parts.values);
  first_words_.Borrow(parts.first_words);
  phrases_ = parts.phrases;
  value_limit_ = value_limit;
  edge_count_ = 0;
  return true;
}

void PhraseIndex::FilterFirstWords(std::initializer_list<PhraseIndex*> indexes) {
  if (indexes.size() == 0) return;
  const Vocabulary& vocabulary = *(*indexes.begin())->vocabulary_;
  for (PhraseIndex* index : indexes) {
    assert(index->vocabulary_ == &vocabulary);
    std::size_t count = 0;
    for (const std::uint64_t block : index->first_words_.items()) count += std::popcount(block);
    // Eight bits a word: a word let through costs a lookup in the vocabulary.
    index->first_word_hashes_.Reset(count * 2);
  }
  for (const Vocabulary::Slot& slot : vocabulary.parts().slots) {
    if (slot.id == Token::kUnknownWord) continue;
    for (PhraseIndex* index : indexes) {
      if (index->IsFirstWord(slot.id)) index->first_word_hashes_.Add(slot.hash);
    }
  }
}

std::uint32_t PhraseIndex::Step(std::uint32_t node, const Token& token) const {
  const std::uint32_t word = vocabulary_->WordOf(token);
  if (word == Token::kUnknownWord) return kNoNode;  // Also punctuation.
  const std::uint32_t child = Child(node, word);
  return child == kNone ? kNoNode : child;
}

std::vector<std::uint32_t> PhraseIndex::ValuesAt(std::uint32_t node) const {
  std::vector<std::uint32_t> out;
  const std::span<const ValueLink> values = values_.items();
  // Bounded by the links there are, so a borrowed table with a cycle ends.
  std::uint32_t link = first_value_.items()[node];
  for (std::size_t seen = 0; link < values.size() && seen < values.size(); ++seen) {
    if (values[link].value < value_limit_) out.push_back(values[link].value);
    link = values[link].next;
  }
  return out;
}

PhraseIndex::Match PhraseIndex::LongestFrom(const std::vector<Token>& tokens,
                                            std::size_t start) const {
  Match match;
  std::uint32_t node = 0;
  std::uint32_t best = kNone;
  for (std::size_t i = start; i < tokens.size(); ++i) {
    // A comma inside a known phrase is part of it: "Secretary of State for
    // Culture, Media and Sport".
    if (node != 0 && i + 1 < tokens.size() && tokens[i].kind == Token::Kind::kPunct &&
        tokens[i].folded == ",") {
      const std::uint32_t after = vocabulary_->WordOf(tokens[i + 1]);
      if (after != Token::kUnknownWord && Child(node, after) != kNone) continue;
    }
    const std::uint32_t word = vocabulary_->WordOf(tokens[i]);
    if (word == Token::kUnknownWord) break;  // Also punctuation.
    node = Child(node, word);
    if (node == kNone) break;
    if (first_value_.items()[node] != kNone) {
      best = node;
      match.length = i - start + 1;
    }
    if (tokens[i].possessive) break;  // "Netanyahu's" ends a name.
  }
  if (best != kNone) match.values = ValuesAt(best);
  return match;
}

}  // namespace factcheck::text
