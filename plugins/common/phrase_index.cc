#include "common/phrase_index.h"

namespace factcheck::text {

std::uint64_t Vocabulary::Hash(std::string_view word) {
  std::uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a, then mixed.
  for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  return h ^ (h >> 33);
}

void Vocabulary::Grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (Slot& slot : old) {
    if (slot.id == Token::kUnknownWord) continue;
    std::size_t h = slot.hash & mask;
    while (slots_[h].id != Token::kUnknownWord) h = (h + 1) & mask;
    slots_[h] = std::move(slot);
  }
}

std::uint32_t Vocabulary::Intern(const std::string& word) {
  if ((count_ + 1) * 2 > slots_.size()) Grow();
  const std::uint64_t hash = Hash(word);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t h = hash & mask;; h = (h + 1) & mask) {
    Slot& slot = slots_[h];
    if (slot.id == Token::kUnknownWord) {
      slot = {hash, static_cast<std::uint32_t>(count_++), word};
      return slot.id;
    }
    if (slot.hash == hash && slot.word == word) return slot.id;
  }
}

std::uint32_t Vocabulary::Find(const std::string& word) const {
  const std::uint64_t hash = Hash(word);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t h = hash & mask;; h = (h + 1) & mask) {
    const Slot& slot = slots_[h];
    if (slot.id == Token::kUnknownWord) return Token::kUnknownWord;
    if (slot.hash == hash && slot.word == word) return slot.id;
  }
}

void Vocabulary::Number(std::vector<Token>* tokens) const {
  for (Token& token : *tokens) {
    if (token.kind == Token::Kind::kPunct) {
      // "Trade & Industry Secretary": an ampersand is the word "and".
      token.word = token.folded == "&" ? Find("and") : Token::kUnknownWord;
      continue;
    }
    token.word = Find(token.folded);
    if (token.word == Token::kUnknownWord && !token.transliterated.empty()) {
      token.word = Find(token.transliterated);  // "Schröder" for "Schroeder".
    }
  }
}

std::uint32_t PhraseIndex::Child(std::uint32_t node, std::uint32_t word) const {
  auto it = edges_.find(Key(node, word));
  return it == edges_.end() ? kNone : it->second;
}

void PhraseIndex::Add(const std::vector<std::string>& words, std::uint32_t value) {
  if (words.empty()) return;
  std::uint32_t node = 0;
  for (const std::string& word : words) {
    auto [it, inserted] = edges_.try_emplace(Key(node, vocabulary_->Intern(word)),
                                             static_cast<std::uint32_t>(first_value_.size()));
    if (inserted) first_value_.push_back(kNone);
    node = it->second;
  }
  for (std::uint32_t link = first_value_[node]; link != kNone; link = values_[link].next) {
    if (values_[link].value == value) return;
  }
  if (first_value_[node] == kNone) ++phrases_;
  values_.push_back({value, first_value_[node]});
  first_value_[node] = static_cast<std::uint32_t>(values_.size() - 1);
}

bool PhraseIndex::StartsAt(const std::vector<Token>& tokens, std::size_t start) const {
  return start < tokens.size() && tokens[start].word != Token::kUnknownWord &&
         Child(0, tokens[start].word) != kNone;
}

std::uint32_t PhraseIndex::Step(std::uint32_t node, const Token& token) const {
  if (token.word == Token::kUnknownWord) return kNoNode;  // Also punctuation.
  const std::uint32_t child = Child(node, token.word);
  return child == kNone ? kNoNode : child;
}

std::vector<std::uint32_t> PhraseIndex::ValuesAt(std::uint32_t node) const {
  std::vector<std::uint32_t> values;
  for (std::uint32_t link = first_value_[node]; link != kNone; link = values_[link].next) {
    values.push_back(values_[link].value);
  }
  return values;
}

PhraseIndex::Match PhraseIndex::Longest(const std::vector<Token>& tokens, std::size_t start) const {
  Match match;
  std::uint32_t node = 0;
  std::uint32_t best = kNone;
  for (std::size_t i = start; i < tokens.size(); ++i) {
    // A comma inside a known phrase is part of it: "Secretary of State for
    // Culture, Media and Sport".
    if (node != 0 && i + 1 < tokens.size() && tokens[i].kind == Token::Kind::kPunct &&
        tokens[i].folded == "," && tokens[i + 1].word != Token::kUnknownWord &&
        Child(node, tokens[i + 1].word) != kNone) {
      continue;
    }
    if (tokens[i].word == Token::kUnknownWord) break;  // Also punctuation.
    node = Child(node, tokens[i].word);
    if (node == kNone) break;
    if (first_value_[node] != kNone) {
      best = node;
      match.length = i - start + 1;
    }
    if (tokens[i].possessive) break;  // "Netanyahu's" ends a name.
  }
  if (best != kNone) match.values = ValuesAt(best);
  return match;
}

}  // namespace factcheck::text
