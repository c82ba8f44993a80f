// Sentence boundaries of ASCII text where ICU's English sentence iterator with
// its standard abbreviation suppressions ("en@ss=standard") puts them, found
// in one pass over the bytes: no UTF-16 copy, no state tables. The rules are
// UAX #29's sentence rules, which are all ICU applies to ASCII, and the
// abbreviations are read from ICU's own data, so both always agree; a test
// compares them on random text.
#ifndef FACTCHECK_CORE_DOCUMENT_SENTENCE_BREAKS_H_
#define FACTCHECK_CORE_DOCUMENT_SENTENCE_BREAKS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/word_hash.h"

namespace factcheck {

class AsciiSentenceBreaks {
 public:
  // The one instance, built on first use from ICU's character properties
  // and English exception list; null when ICU's data is not what it models
  // (an ASCII character of another class, no exception list), and then ICU
  // itself splits every text. Thread-safe.
  static const AsciiSentenceBreaks* Get();

  // Appends to `out` each boundary after the start of `text`, in order, as
  // ICU's next() returns them: the end of the text last (none for empty
  // text). `text` must be ASCII.
  void Find(std::string_view text, std::vector<std::uint32_t>* out) const;

  // The sentence break property of each ASCII character, as UAX #29 names
  // them (only those ASCII has).
  enum class Class : std::uint8_t {
    kOther,
    kCr,
    kLf,
    kSp,
    kLower,
    kUpper,
    kNumeric,
    kATerm,
    kSTerm,
    kClose,
    kSContinue,
  };

 private:
  AsciiSentenceBreaks();
  // Reads ICU's data; false when it is not what this class models.
  bool Build();

  Class ClassOf(char c) const { return classes_[static_cast<unsigned char>(c) & 0x7F]; }
  // The first line break or terminator at or after `i`, or the text's end.
  std::size_t NextBreaking(std::string_view text, std::size_t i) const;
  // Where the break after a terminator at `term` goes, or 0 when rules 6,
  // 7, 8 or 8a join the next sentence to this one; `resume` is where the
  // scan goes on.
  std::size_t BreakAfterTerminator(std::string_view text, std::size_t term,
                                   std::size_t* resume) const;
  // Whether ICU's suppression list keeps a break at `at` from being one:
  // the text before it (less one space) ends in an abbreviation ("Mr.").
  bool Suppressed(std::string_view text, std::size_t at) const;
  bool ForwardMatch(std::string_view text, std::size_t from) const;

  std::array<Class, 128> classes_{};
  std::array<bool, 128> breaking_{};  // A line break or a terminator.
  // The same bytes, each sixteen times, padded with the first to eight: a
  // block of text is compared with all eight, no loop over a list.
  alignas(16) std::array<std::array<char, 16>, 8> breaking_blocks_{};
  // The exceptions ending a text's backward walk (the backward set): an
  // abbreviation ("Mr.") or the first part of a dotted one ("Ph." of
  // "Ph.D."), which must then match forward in full. What the bytes read
  // back to a node of its trie are: only an ending of longer entries, or an
  // entry, whole or a first part.
  enum class Ending : std::uint8_t { kOfLongerOnes, kWhole, kFirstPart };
  // The backward set as a trie read from an entry's last byte back, so that
  // the walk back from a break takes one step a byte rather than a hash of
  // each longer ending (ICU's abbreviations end most news sentences' last
  // word: "dlrs.", "pct.", "Inc."). Node 0 is the root. A node with a few
  // children lists them as edges [first_edge, end_edge); one with more
  // (the root, the period every abbreviation ends in) has a table of its
  // children by ASCII byte.
  struct BackwardNode {
    Ending ending = Ending::kOfLongerOnes;  // What the bytes read to it are.
    std::uint32_t first_edge = 0;
    std::uint32_t end_edge = 0;
    std::int32_t table = -1;  // Into backward_tables_, or -1: edges.
  };
  struct BackwardEdge {
    char byte;
    std::uint32_t child;
  };
  static constexpr std::uint32_t kNoNode = 0;   // No edge leads back to the root.
  static constexpr std::size_t kMostEdges = 4;  // Past this many children, a table.
  // The node reached from `node` by the byte before, or kNoNode.
  std::uint32_t BackwardChild(std::uint32_t node, char byte) const;
  // The trie of the backward set's entries.
  void BuildBackwardTrie(const std::vector<std::pair<std::string, Ending>>& entries);
  std::vector<BackwardNode> backward_nodes_;
  std::vector<BackwardEdge> backward_edges_;
  std::vector<std::array<std::uint32_t, 128>> backward_tables_;
  // Dotted abbreviations ("Ph.D.", "U.S.A.") and the prefixes of each:
  // whether the prefix is one in full, whether a longer one goes on from it.
  struct Prefix {
    bool whole = false;
    bool longer = false;
  };
  std::unordered_map<std::string, Prefix, text::WordViewHash, std::equal_to<>> forward_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_SENTENCE_BREAKS_H_
