#include "phrase_index.h"

namespace factcheck::text {

std::uint32_t PhraseIndex::Child(std::uint32_t node, std::string_view word) const {
  auto it = edges_.find(EdgeKey{node, word});
  return it == edges_.end() ? kNone : it->second;
}

void PhraseIndex::Values(std::uint32_t node, std::vector<std::uint32_t>* out) const {
  for (std::uint32_t link = first_value_[node]; link != kNone; link = values_[link].next) {
    out->push_back(values_[link].value);
  }
}

void PhraseIndex::Add(const std::vector<std::string>& words, std::uint32_t value) {
  if (words.empty()) return;
  std::uint32_t node = 0;
  for (const std::string& word : words) {
    const std::string_view interned = *words_.insert(word).first;
    auto [it, inserted] = edges_.try_emplace(EdgeKey{node, interned},
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

PhraseIndex::Match PhraseIndex::Longest(const std::vector<Token>& tokens,
                                        std::size_t start) const {
  Match match;
  std::uint32_t node = 0;
  std::uint32_t best = kNone;
  for (std::size_t i = start; i < tokens.size(); ++i) {
    if (tokens[i].kind == Token::Kind::kPunct) break;
    node = Child(node, tokens[i].folded);
    if (node == kNone) break;
    if (first_value_[node] != kNone) {
      best = node;
      match.length = i - start + 1;
    }
    // A possessive word ends a phrase ("Netanyahu's").
    if (tokens[i].possessive) break;
  }
  if (best != kNone) Values(best, &match.values);
  return match;
}

std::vector<std::uint32_t> PhraseIndex::Exact(const std::vector<std::string>& words) const {
  std::vector<std::uint32_t> out;
  std::uint32_t node = 0;
  for (const std::string& word : words) {
    node = Child(node, word);
    if (node == kNone) return out;
  }
  if (!words.empty()) Values(node, &out);
  return out;
}

}  // namespace factcheck::text
