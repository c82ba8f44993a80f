#include "document/sentence_breaks.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <memory>
#include <set>

#include "common/text_tokens.h"

namespace factcheck {
namespace {

using Class = AsciiSentenceBreaks::Class;

// ICU's property value for each class the fast path knows; any other value
// on an ASCII character (none today) leaves the fast path off.
bool ClassFromIcu(int32_t value, Class* out) {
  switch (value) {
    case U_SB_OTHER:
      *out = Class::kOther;
      return true;
    case U_SB_CR:
      *out = Class::kCr;
      return true;
    case U_SB_LF:
      *out = Class::kLf;
      return true;
    case U_SB_SP:
      *out = Class::kSp;
      return true;
    case U_SB_LOWER:
      *out = Class::kLower;
      return true;
    case U_SB_UPPER:
      *out = Class::kUpper;
      return true;
    case U_SB_NUMERIC:
      *out = Class::kNumeric;
      return true;
    case U_SB_ATERM:
      *out = Class::kATerm;
      return true;
    case U_SB_STERM:
      *out = Class::kSTerm;
      return true;
    case U_SB_CLOSE:
      *out = Class::kClose;
      return true;
    case U_SB_SCONTINUE:
      *out = Class::kSContinue;
      return true;
    default:
      return false;
  }
}

// Rule 8's "not a letter": anything but a letter, a paragraph separator or
// a terminator.
bool NotALetter(Class c) {
  return c == Class::kOther || c == Class::kSp || c == Class::kNumeric || c == Class::kClose ||
         c == Class::kSContinue;
}

// ICU's English list of abbreviations after which a sentence does not end
// ("Mr.", "Ph.D."), as its filtered iterator reads it: sorted, each once.
// Empty when ICU's data has none.
std::set<std::string> EnglishExceptions() {
  struct Closer {
    void operator()(UResourceBundle* bundle) const { ures_close(bundle); }
  };
  using Bundle = std::unique_ptr<UResourceBundle, Closer>;
  UErrorCode status = U_ZERO_ERROR;
  Bundle root(ures_open(U_ICUDATA_NAME "-brkitr", "en", &status));
  Bundle exceptions(ures_getByKey(root.get(), "exceptions", nullptr, &status));
  Bundle list(ures_getByKey(exceptions.get(), "SentenceBreak", nullptr, &status));
  std::set<std::string> out;
  if (U_FAILURE(status)) return out;
  for (int32_t i = 0; i < ures_getSize(list.get()); ++i) {
    int32_t length = 0;
    const UChar* chars = ures_getStringByIndex(list.get(), i, &length, &status);
    if (U_FAILURE(status)) return {};
    std::string utf8;
    icu::UnicodeString(chars, length).toUTF8String(utf8);
    out.insert(std::move(utf8));
  }
  return out;
}

}  // namespace

const AsciiSentenceBreaks* AsciiSentenceBreaks::Get() {
  static const AsciiSentenceBreaks* const instance = [] {
    auto* made = new AsciiSentenceBreaks();
    if (made->Build()) return static_cast<const AsciiSentenceBreaks*>(made);
    delete made;
    return static_cast<const AsciiSentenceBreaks*>(nullptr);
  }();
  return instance;
}

AsciiSentenceBreaks::AsciiSentenceBreaks() = default;

bool AsciiSentenceBreaks::Build() {
  std::size_t breaking_count = 0;
  for (int c = 0; c < 128; ++c) {
    if (!ClassFromIcu(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK), &classes_[c])) {
      return false;
    }
    const Class found = classes_[c];
    breaking_[c] = found == Class::kCr || found == Class::kLf || found == Class::kATerm ||
                   found == Class::kSTerm;
    if (breaking_[c]) {
      if (breaking_count == breaking_blocks_.size()) return false;
      breaking_blocks_[breaking_count++].fill(static_cast<char>(c));
    }
  }
  if (breaking_count == 0) return false;
  for (std::size_t k = breaking_count; k < breaking_blocks_.size(); ++k) {
    breaking_blocks_[k] = breaking_blocks_[0];
  }
  // As ICU builds its filter: an abbreviation with an inner period
  // ("Ph.D.") puts its first part ("Ph.") in the backward set, once for all
  // that share it, and itself and every other abbreviation beginning with
  // that part ("Ph." too, if listed) in the forward set; the rest go in the
  // backward set whole.
  const std::set<std::string> exceptions = EnglishExceptions();
  if (exceptions.empty()) return false;
  const std::vector<std::string> all(exceptions.begin(), exceptions.end());
  std::vector<bool> forward(all.size(), false);
  std::vector<std::pair<std::string, Ending>> backward;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::size_t period = all[i].find('.');
    if (period == std::string::npos || period + 1 == all[i].size()) continue;
    const std::string prefix = all[i].substr(0, period + 1);
    bool taken = false;  // Another with this first part came before.
    for (std::size_t j = 0; j < all.size(); ++j) {
      if (j == i || !all[j].starts_with(prefix)) continue;
      if (forward[j]) taken = true;
      forward[j] = true;
    }
    if (!taken && !forward[i]) {
      backward.emplace_back(prefix, Ending::kFirstPart);
      forward[i] = true;
    }
  }
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (!forward[i]) {
      backward.emplace_back(all[i], Ending::kWhole);
      continue;
    }
    for (std::size_t k = 1; k <= all[i].size(); ++k) {
      Prefix& prefix = forward_[all[i].substr(0, k)];
      if (k == all[i].size()) {
        prefix.whole = true;
      } else {
        prefix.longer = true;
      }
    }
  }
  BuildBackwardTrie(backward);
  return true;
}

void AsciiSentenceBreaks::BuildBackwardTrie(
    const std::vector<std::pair<std::string, Ending>>& entries) {
  // Each entry read from its last byte back: its endings are the nodes on
  // the way, each an ending of longer ones unless an entry ends there too.
  std::vector<std::vector<BackwardEdge>> children(1);
  backward_nodes_.assign(1, {});
  for (const auto& [entry, ending] : entries) {
    // Only ASCII text is split here: an entry with another byte never ends it.
    if (entry.empty() || !text::IsAscii(entry)) continue;
    std::uint32_t node = 0;
    for (std::size_t k = entry.size(); k-- > 0;) {
      const char byte = entry[k];
      auto& edges = children[node];
      const auto edge = std::find_if(edges.begin(), edges.end(),
                                     [byte](const BackwardEdge& e) { return e.byte == byte; });
      if (edge != edges.end()) {
        node = edge->child;
        continue;
      }
      const auto child = static_cast<std::uint32_t>(backward_nodes_.size());
      edges.push_back({byte, child});
      backward_nodes_.emplace_back();
      children.emplace_back();
      node = child;
    }
    // An entry's own value wins over its being the ending of a longer one.
    Ending& own = backward_nodes_[node].ending;
    if (own == Ending::kOfLongerOnes) own = ending;
  }
  for (std::uint32_t node = 0; node < backward_nodes_.size(); ++node) {
    BackwardNode& parent = backward_nodes_[node];
    if (children[node].size() > kMostEdges) {
      parent.table = static_cast<std::int32_t>(backward_tables_.size());
      auto& table = backward_tables_.emplace_back();
      table.fill(kNoNode);
      for (const BackwardEdge& edge : children[node]) {
        table[static_cast<unsigned char>(edge.byte)] = edge.child;
      }
      continue;
    }
    parent.first_edge = static_cast<std::uint32_t>(backward_edges_.size());
    backward_edges_.insert(backward_edges_.end(), children[node].begin(), children[node].end());
    parent.end_edge = static_cast<std::uint32_t>(backward_edges_.size());
  }
}

std::uint32_t AsciiSentenceBreaks::BackwardChild(std::uint32_t node, char byte) const {
  const BackwardNode& from = backward_nodes_[node];
  if (from.table >= 0) {
    const auto b = static_cast<unsigned char>(byte);
    return b < 0x80 ? backward_tables_[from.table][b] : kNoNode;
  }
  for (std::uint32_t e = from.first_edge; e < from.end_edge; ++e) {
    if (backward_edges_[e].byte == byte) return backward_edges_[e].child;
  }
  return kNoNode;
}

void AsciiSentenceBreaks::Find(std::string_view text, std::vector<std::uint32_t>* out) const {
  const std::size_t n = text.size();
  const std::size_t first = out->size();
  auto emit = [&](std::size_t at) {
    if (at == n || !Suppressed(text, at)) out->push_back(static_cast<std::uint32_t>(at));
  };
  std::size_t i = 0;
  while (i < n) {
    i = NextBreaking(text, i);
    if (i == n) break;
    switch (ClassOf(text[i])) {
      case Class::kCr:  // Rules 3 and 4: a break after CR, LF or CR LF.
        i += i + 1 < n && text[i + 1] == '\n' ? 2 : 1;
        emit(i);
        break;
      case Class::kLf:
        emit(++i);
        break;
      case Class::kATerm:
      case Class::kSTerm: {
        std::size_t resume;
        if (const std::size_t at = BreakAfterTerminator(text, i, &resume); at != 0) emit(at);
        i = resume;
        break;
      }
      default:
        ++i;
    }
  }
  if (n > 0 && (out->size() == first || out->back() != n)) {
    out->push_back(static_cast<std::uint32_t>(n));
  }
}

std::size_t AsciiSentenceBreaks::NextBreaking(std::string_view text, std::size_t i) const {
#if defined(__SSE2__)
  // Sixteen bytes at a time against each breaking byte (SSE2 is part of
  // x86-64): most of a text is letters and spaces.
  const auto block = [this](int k) {
    return _mm_load_si128(reinterpret_cast<const __m128i*>(breaking_blocks_[k].data()));
  };
  const __m128i b0 = block(0), b1 = block(1), b2 = block(2), b3 = block(3), b4 = block(4),
                b5 = block(5), b6 = block(6), b7 = block(7);
  while (i + 16 <= text.size()) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i hits = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, b0), _mm_cmpeq_epi8(chunk, b1)),
                     _mm_or_si128(_mm_cmpeq_epi8(chunk, b2), _mm_cmpeq_epi8(chunk, b3))),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, b4), _mm_cmpeq_epi8(chunk, b5)),
                     _mm_or_si128(_mm_cmpeq_epi8(chunk, b6), _mm_cmpeq_epi8(chunk, b7))));
    if (const int mask = _mm_movemask_epi8(hits); mask != 0) return i + __builtin_ctz(mask);
    i += 16;
  }
#endif
  while (i < text.size() && !breaking_[static_cast<unsigned char>(text[i]) & 0x7F]) ++i;
  return i;
}

std::size_t AsciiSentenceBreaks::BreakAfterTerminator(std::string_view text, std::size_t term,
                                                      std::size_t* resume) const {
  const std::size_t n = text.size();
  const bool aterm = ClassOf(text[term]) == Class::kATerm;
  std::size_t j = term + 1;
  if (aterm && j < n) {
    const Class next = ClassOf(text[j]);
    const bool after_letter = term > 0 && (ClassOf(text[term - 1]) == Class::kUpper ||
                                           ClassOf(text[term - 1]) == Class::kLower);
    if (next == Class::kNumeric || (next == Class::kUpper && after_letter)) {
      *resume = j;  // Rules 6 and 7: "3.5", "U.S".
      return 0;
    }
  }
  while (j < n && ClassOf(text[j]) == Class::kClose) ++j;  // Rules 9 and 10.
  while (j < n && ClassOf(text[j]) == Class::kSp) ++j;
  if (j == n) {
    *resume = n;
    return n;
  }
  const Class next = ClassOf(text[j]);
  if (next == Class::kCr || next == Class::kLf) {  // Rule 11, after the separator.
    j += next == Class::kCr && j + 1 < n && text[j + 1] == '\n' ? 2 : 1;
    *resume = j;
    return j;
  }
  if (aterm) {  // Rule 8: no break before a lower-case word ("etc. and").
    std::size_t k = j;
    while (k < n && NotALetter(ClassOf(text[k]))) ++k;
    if (k < n && ClassOf(text[k]) == Class::kLower) {
      *resume = k;
      return 0;
    }
  }
  *resume = j;
  // Rule 8a: none before a comma, a colon or another terminator.
  const bool continues =
      next == Class::kSContinue || next == Class::kATerm || next == Class::kSTerm;
  return continues ? 0 : j;
}

bool AsciiSentenceBreaks::Suppressed(std::string_view text, std::size_t at) const {
  // ICU steps back over one space ("Mr. |Brown"), then walks back while the
  // text read so far ends some listed entry, and takes the longest entry.
  const std::size_t start = text[at - 1] == ' ' ? at - 1 : at;
  std::size_t best = 0;
  bool best_is_first_part = false;
  std::uint32_t node = 0;
  for (std::size_t length = 1; length <= start; ++length) {
    node = BackwardChild(node, text[start - length]);
    if (node == kNoNode) break;
    const Ending ending = backward_nodes_[node].ending;
    if (ending != Ending::kOfLongerOnes) {
      best = length;
      best_is_first_part = ending == Ending::kFirstPart;
    }
  }
  if (best == 0) return false;
  return !best_is_first_part || ForwardMatch(text, start - best);
}

// Walks the forward set from `from` as ICU walks its trie: it stops where
// no listed abbreviation goes on, and matches if it stopped on a whole one
// that none longer continues, or the text ended on a whole one.
bool AsciiSentenceBreaks::ForwardMatch(std::string_view text, std::size_t from) const {
  for (std::size_t k = 1; from + k <= text.size(); ++k) {
    const auto found = forward_.find(text.substr(from, k));
    if (found == forward_.end()) return false;
    if (!found->second.longer) return found->second.whole;
    if (from + k == text.size()) return found->second.whole;
  }
  return true;
}

}  // namespace factcheck
