// The tokenizer's one implementation, private to the checker kit: it cuts a
// segment of a sentence into tokens and hands each to a sink, so that a
// checker's Token vectors (text_tokens.cc) and the host's packed arrays
// (host_tokens.cc) are cut by the same code, and the host's path writes its
// arrays directly instead of building Tokens and copying them.
#ifndef FACTCHECK_PLUGINS_COMMON_SEGMENT_TOKENIZER_H_
#define FACTCHECK_PLUGINS_COMMON_SEGMENT_TOKENIZER_H_

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "common/ascii_runs.h"
#include "common/host_tokens.h"
#include "common/text_tokens.h"

namespace factcheck::text::internal {

inline UChar32 CodePointAt(std::string_view text, std::size_t offset, std::size_t* next) {
  const auto first = static_cast<unsigned char>(text[offset]);
  if (first < 0x80) {
    *next = offset + 1;
    return first;
  }
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(offset);
  UChar32 c;
  U8_NEXT(bytes, i, static_cast<int32_t>(text.size()), c);
  *next = static_cast<std::size_t>(i);
  return c;
}

// ASCII letters and digits, looked up: the tokenizer asks for every byte.
inline constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return table;
}();

inline bool IsAsciiAlnum(unsigned char c) { return kAsciiAlnum[c]; }

// The bytes a run of letters and digits may go on past as a word (Word):
// an apostrophe ("O'Neill"), a backquote, a period ("U.S.") and a byte over
// 0x7F. Any other byte after the run ends a plain word (PlainWordEnd).
inline constexpr std::array<bool, 256> kWordGoesOn = [] {
  std::array<bool, 256> table{};
  for (int c = 0x80; c < 256; ++c) table[c] = true;
  table['\''] = table['`'] = table['.'] = true;
  return table;
}();

inline bool IsWordChar(UChar32 c) {
  if (c < 0x80) return c >= 0 && IsAsciiAlnum(static_cast<unsigned char>(c));
  return u_isalnum(c) != 0;
}

// The ASCII white space of ICU's u_isspace: tab to carriage return, the
// four information separators and the space. A constant, where a table
// filled from ICU at first use cost each call a test of its guard.
inline constexpr std::array<bool, 128> kAsciiSpace = [] {
  std::array<bool, 128> table{};
  for (int c = 0x09; c <= 0x0D; ++c) table[c] = true;
  for (int c = 0x1C; c <= 0x20; ++c) table[c] = true;
  return table;
}();

// White space as ICU's u_isspace has it, looked up for ASCII.
inline bool IsSpace(UChar32 c) { return c >= 0 && c < 0x80 ? kAsciiSpace[c] : u_isspace(c) != 0; }

// The apostrophes of typed and typeset text: ' ’ ʼ and the ‘ ′ ´ ` that
// autocorrect and fonts put in their place.
inline bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018 || c == 0x2032 || c == 0x00B4 ||
         c == '`';
}

// A hyphen joining words: '-', U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, and
// the en dash that word processors put between two words typed without
// spaces ("Franco–German").
inline bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2013; }

// Sets a Token's kind and flags from the bits of Tokens.flags: one reading
// for the host's arrays and the tokenizer's words.
inline void SetKindAndFlags(std::uint32_t flags, Token* token) {
  // Looked up: the checkers' Token vectors are filled a token at a time.
  static constexpr Token::Kind kKinds[] = {Token::Kind::kWord, Token::Kind::kNumber,
                                           Token::Kind::kPunct, Token::Kind::kWord};
  static_assert(kTokenKindMask == 3);
  token->kind = kKinds[flags & kTokenKindMask];
  // The five flag bits, in the order of the five bools they set, spread to
  // a byte each (bit k to bit 8k: the multiplier's bit 7k carries it there,
  // and no two products overlap) and stored at once.
  static_assert(kTokenCapitalized == 1u << 2 && kTokenAcronym == 1u << 3 &&
                kTokenPossessive == 1u << 4 && kTokenHyphenAfter == 1u << 5 &&
                kTokenInitial == 1u << 6);
  static_assert(offsetof(Token, acronym) == offsetof(Token, capitalized) + 1 &&
                offsetof(Token, possessive) == offsetof(Token, capitalized) + 2 &&
                offsetof(Token, hyphen_after) == offsetof(Token, capitalized) + 3 &&
                offsetof(Token, initial) == offsetof(Token, capitalized) + 4);
  static_assert(std::endian::native == std::endian::little, "the five bytes stored first");
  const std::uint64_t bytes = (((flags >> 2) & 0x1Fu) * 0x10204081ull) & 0x0101010101ull;
  std::memcpy(reinterpret_cast<unsigned char*>(token) + offsetof(Token, capitalized), &bytes, 5);
}

// Appends the folded form of a word (see Fold); `ascii` says it has no
// byte over 0x7F, which takes the fast path.
void FoldInto(std::string_view word, bool ascii, std::string* out);

// A word as a sink receives it: its written bytes, where they are, and its
// kind and flag bits.
struct WordSeen {
  std::uint32_t begin;
  std::uint32_t end;
  std::uint32_t flags;   // Kind in the low bits, then kCapitalized...
  std::string_view raw;  // The written word, without a possessive ending.
  bool ascii;            // No byte over 0x7F.
  bool plain;            // Only ASCII letters and digits: folded, it is lower case.
};

// Lowers the `n` bytes of a plain word (WordSeen::plain) where they stand:
// each byte with the lower-case bit set, which lowers letters and leaves
// digits as they are. Eight bytes at a time, the last eight overlapping the
// ones before (a byte set twice is set alike); four for a word of four to
// seven bytes.
inline void LowerPlainInPlace(char* bytes, std::size_t n) {
  auto fold = [bytes]<typename Word>(std::size_t i, Word case_bits) {
    Word chunk;
    std::memcpy(&chunk, bytes + i, sizeof chunk);
    chunk |= case_bits;
    std::memcpy(bytes + i, &chunk, sizeof chunk);
  };
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) fold(i, std::uint64_t{0x2020202020202020});
    fold(n - 8, std::uint64_t{0x2020202020202020});
  } else if (n >= 4) {
    fold(0, std::uint32_t{0x20202020});
    fold(n - 4, std::uint32_t{0x20202020});
  } else {
    for (std::size_t i = 0; i < n; ++i) bytes[i] = static_cast<char>(bytes[i] | 0x20);
  }
}

// Appends the folded form of a plain word: its lower case.
inline void AppendPlainFolded(std::string_view word, std::string* out) {
  const std::size_t at = out->size();
  out->append(word);
  LowerPlainInPlace(out->data() + at, word.size());
}

// Appends the folded form of a word as the tokenizer saw it: a plain word's
// lower case, else the general fold. The Token sink folds through here; the
// host's arrays fold plain words into their own buffer (host_tokens.cc).
inline void AppendFolded(const WordSeen& seen, std::string* out) {
  if (seen.plain) {
    AppendPlainFolded(seen.raw, out);
  } else {
    FoldInto(seen.raw, seen.ascii, out);
  }
}

// Cuts one segment of a sentence into tokens, handing them to `Sink`, which
// has: bool LastEndsAt(pos) (a token of this sentence ends at pos),
// MarkLastHyphenAfter(), AddPunct(begin, end, folded), AddWord(WordSeen).
// `kPlainPaths` false sends every word through the general reading (Word),
// for the tests that hold the common words' short paths to it.
template <typename Sink, bool kPlainPaths = true>
class SegmentTokenizer {
 public:
  SegmentTokenizer(std::string_view text, std::size_t end, Sink* sink)
      : text_(text), end_(end), sink_(*sink) {}

  void Run(std::size_t pos) {
    while (pos < end_) {
      const auto b = static_cast<unsigned char>(text_[pos]);
      if (b < 0x80) {  // ASCII: most of news text.
        if (IsAsciiAlnum(b)) {
          // The common word on the short path, inlined here; the rest
          // through Word.
          const std::size_t end = kPlainPaths ? PlainWordEnd(pos) : 0;
          pos = end != 0 ? end : Word(pos);
        } else if (IsSpace(b)) {
          ++pos;
        } else {
          pos = Punctuation(b, pos, pos + 1);
        }
        continue;
      }
      std::size_t next;
      const UChar32 c = CodePointAt(text_, pos, &next);
      pos = IsWordChar(c) ? Word(pos) : Punctuation(c, pos, next);
    }
  }

 private:
  UChar32 At(std::size_t pos, std::size_t* next) const { return CodePointAt(text_, pos, next); }
  // The bytes [from, to) of the text, both within it: no bounds test, as
  // substr makes for every token.
  std::string_view Bytes(std::size_t from, std::size_t to) const {
    return std::string_view(text_.data() + from, to - from);
  }
  bool WordCharAt(std::size_t pos) const {
    std::size_t ignored;
    return pos < end_ && IsWordChar(At(pos, &ignored));
  }

  // Punctuation at `pos`; white space and invisible characters are skipped.
  // Returns where to go on.
  std::size_t Punctuation(UChar32 c, std::size_t pos, std::size_t next) {
    if (IsSpace(c) || c < 0 || IsInvisible(c)) return next;
    if (IsHyphen(c) && sink_.LastEndsAt(pos)) {
      // Inside a compound ("Secretary-General", "ex-minister") the hyphen
      // only joins words: no token of its own. An en dash joins only there.
      if (WordCharAt(next)) {
        sink_.MarkLastHyphenAfter();
        return next;
      }
      if (c != 0x2013) sink_.MarkLastHyphenAfter();
    }
    const bool hyphen = IsHyphen(c) && c != 0x2013;
    sink_.AddPunct(static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(next),
                   hyphen ? std::string_view("-") : Bytes(pos, next));
    return next;
  }

  // Whether the period at `pos` ends an initial: white space, then a capital
  // letter ("W. Bush", "G. William Miller").
  bool InitialPeriod(std::size_t pos) const {
    std::size_t k = pos + 1, next;
    bool spaced = false;
    while (k < end_) {
      const UChar32 c = At(k, &next);
      if (!IsSpace(c)) break;
      spaced = true;
      k = next;
    }
    return spaced && k < end_ && u_isupper(At(k, &next));
  }

  // A word at `start` (any word; Run sends the common one to PlainWordEnd
  // first): letters and digits, with the inner periods of abbreviations
  // ("U.S."), the period of an initial, apostrophes between letters
  // ("O'Neill") and invisible characters, and a trailing possessive.
  // Returns where it ends.
  std::size_t Word(std::size_t start) {
    std::size_t pos = start, next;
    bool all_digits = true;
    bool ascii = true;
    bool plain = true;              // Only ASCII letters and digits so far.
    bool abbreviation = false;      // Saw an inner period ("U.S").
    bool initial = false;           // A capital's period before a name: "W.".
    std::size_t run_start = start;  // Start of the letters since a period.
    std::size_t word_end = start;
    while (pos < end_) {
      const auto b = static_cast<unsigned char>(text_[pos]);
      if (IsAsciiAlnum(b)) {
        bool letter = false;
        pos = word_end = AsciiAlnumRunEnd(text_, pos, end_, &letter);
        all_digits = all_digits && !letter;
        continue;
      }
      // Most words end at a space or a mark no word goes on past: the
      // table the short paths read, so that both end words alike.
      if (!kWordGoesOn[b]) break;
      const UChar32 d = At(pos, &next);
      if (b >= 0x80) ascii = false;
      if (IsWordChar(d)) {
        all_digits = all_digits && u_isdigit(d);
        pos = word_end = next;
        plain = false;
        continue;
      }
      if (IsInvisible(d) && WordCharAt(next)) {  // "Tha\u00ADtcher".
        pos = next;
        plain = false;
        continue;
      }
      if (IsApostrophe(d) && !all_digits && WordCharAt(next) && !PossessiveS(next)) {
        pos = next;  // "O'Neill", "O’Leary".
        plain = false;
        continue;
      }
      if (d == '.' && !all_digits) {
        std::size_t after;
        At(run_start, &after);
        const bool single_letter = after == pos;  // One letter since the last period.
        const UChar32 e = next < end_ ? At(next, &after) : ' ';
        if (single_letter && u_isalpha(e)) {
          abbreviation = true;
          plain = false;
          pos = run_start = next;
          continue;
        }
        if (abbreviation && single_letter) {
          word_end = pos = next;  // Final period.
          plain = false;
        } else if (single_letter && run_start == start && u_isupper(At(start, &after)) &&
                   InitialPeriod(pos)) {
          word_end = pos = next;
          initial = true;
          plain = false;
        }
      }
      break;
    }
    const std::string_view raw = Bytes(start, word_end);
    // A non-ASCII character that ended the word is not in it.
    if (!ascii) ascii = IsAscii(raw);
    std::uint32_t flags = all_digits ? 1u : 0u;
    if (Capitalized(start, raw, plain)) flags |= kTokenCapitalized;
    if (initial) flags |= kTokenInitial;
    bool possessive = false;
    pos = Possessive(pos, &possessive);
    if (possessive) flags |= kTokenPossessive;
    if ((flags & kTokenCapitalized) && raw.size() >= 2 &&
        std::all_of(raw.begin(), raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      flags |= kTokenAcronym;
    }
    sink_.AddWord({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(word_end), flags,
                   raw, ascii, plain});
    return pos;
  }

  // Most words: ASCII letters and digits up to a space or a mark no word
  // goes on past (not an apostrophe, a backquote or a period, and not the
  // start of a non-ASCII character); and such a run before a period that is
  // not its own ("said.", "1987."), or before a possessive ending
  // ("company's", "Reuters'"). Such a word is plain, so its kind and flags
  // come from its bytes and the one or two after it; Word's general reading
  // gives the same. Adds it and returns where to go on: past the one space
  // that follows most words (which Run would skip next, a turn of its loop
  // for a byte), past a possessive ending, else its end; or returns 0 for
  // any other word.
  // Inlined into Run, so that the common word costs no call.
  [[gnu::always_inline]] std::size_t PlainWordEnd(std::size_t start) {
    if (!IsAsciiAlnum(static_cast<unsigned char>(text_[start]))) return 0;
    bool letter = false;
    const std::size_t end = AsciiAlnumRunEnd(text_, start, end_, &letter);
    std::size_t next = end;
    bool possessive = false;
    if (end < end_) {
      const auto b = static_cast<unsigned char>(text_[end]);
      if (b == ' ') {
        next = end + 1;
      } else if (kWordGoesOn[b]) {
        next = PlainWordGoesOn(start, end, letter, &possessive);
        if (next == 0) return 0;
      }
    }
    const std::string_view raw = Bytes(start, end);
    std::uint32_t flags = letter ? 0u : 1u;
    if (possessive) flags |= kTokenPossessive;
    if (raw[0] >= 'A' && raw[0] <= 'Z') {
      flags |= kTokenCapitalized;
      if (raw.size() >= 2 &&
          std::all_of(raw.begin(), raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        flags |= kTokenAcronym;
      }
    }
    sink_.AddWord({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), flags, raw,
                   true, true});
    return next;
  }

  // For the run of ASCII letters and digits [start, end) before a byte a
  // word may go on past: where to go on when Word would end the word at
  // `end`, with `possessive` set as it would; 0 when only Word can tell.
  // A period after one letter may be an abbreviation's or an initial's
  // ("U.S.", "W. Bush"); an apostrophe before a word character other than a
  // possessive s is inside a word ("O'Neill"); a non-ASCII byte may be a
  // letter.
  std::size_t PlainWordGoesOn(std::size_t start, std::size_t end, bool letter,
                              bool* possessive) const {
    const char b = text_[end];
    if (b == '.') return end - start >= 2 || !letter ? end : 0;
    if (b != '\'') return 0;
    // The byte after the apostrophe, and the one after a possessive s: none
    // may be a word character.
    const auto ends_word = [this](std::size_t pos) {
      return pos >= end_ || (static_cast<unsigned char>(text_[pos]) < 0x80 &&
                             !IsAsciiAlnum(static_cast<unsigned char>(text_[pos])));
    };
    std::size_t after = end + 1;
    if (after < end_ && (text_[after] == 's' || text_[after] == 'S')) ++after;
    if (!ends_word(after)) return 0;
    *possessive = true;
    return after;
  }

  // Starts with an upper-case letter, or is an elided particle before a
  // capital, as capitalized as the name: "d'Estaing", "dell'Utri".
  // A `plain` word (letters and digits) has no apostrophe.
  bool Capitalized(std::size_t start, std::string_view written, bool plain) const {
    const auto first = static_cast<unsigned char>(text_[start]);
    std::size_t ignored;
    if (first < 0x80 ? (first >= 'A' && first <= 'Z') : u_isupper(At(start, &ignored)) != 0) {
      return true;
    }
    if (plain) return false;
    for (std::size_t k = 1; k <= 4 && k + 1 < written.size(); ++k) {
      const char c = written[k];
      if (c >= 'a' && c <= 'z') continue;
      if (c == '\'' && written[k + 1] >= 'A' && written[k + 1] <= 'Z') return true;
      if (written.substr(k).starts_with("\u2019") && k + 3 < written.size() &&
          written[k + 3] >= 'A' && written[k + 3] <= 'Z') {
        return true;  // A typographic apostrophe.
      }
      break;
    }
    return false;
  }

  // Whether an apostrophe's next character `pos` is the s of a possessive
  // ending ('s followed by no letter).
  bool PossessiveS(std::size_t pos) const {
    return (text_[pos] == 's' || text_[pos] == 'S') && !WordCharAt(pos + 1);
  }

  // 's or ’s right after a word, or a bare apostrophe ("Reuters’"): sets
  // `possessive` and returns the position after it.
  std::size_t Possessive(std::size_t pos, bool* possessive) const {
    if (pos >= end_) return pos;
    std::size_t next;
    const UChar32 d = At(pos, &next);
    if (!IsApostrophe(d) || d == 0x2018 || d == '`') return pos;
    if (next < end_ && PossessiveS(next)) {
      *possessive = true;
      return next + 1;
    }
    if (!WordCharAt(next)) {
      *possessive = true;
      return next;
    }
    return pos;
  }

  std::string_view text_;
  std::size_t end_;
  Sink& sink_;
};

}  // namespace factcheck::text::internal

#endif  // FACTCHECK_PLUGINS_COMMON_SEGMENT_TOKENIZER_H_
