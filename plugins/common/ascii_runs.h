// Where a run of ASCII letters, or of letters and digits, ends: the
// tokenizer and the time lexer ask it at every word. Sixteen bytes are
// classed at a time with SSE2 (part of x86-64), so the end of a word is
// found without a branch per byte; elsewhere a byte loop does the same.
#ifndef FACTCHECK_PLUGINS_COMMON_ASCII_RUNS_H_
#define FACTCHECK_PLUGINS_COMMON_ASCII_RUNS_H_

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstddef>
#include <string_view>

namespace factcheck::text {

constexpr bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

namespace internal {

// Bit k set where byte k of the sixteen is a letter, or a digit.
struct ChunkClasses {
  unsigned letters;
  unsigned digits;
};

#if defined(__SSE2__)
inline __m128i Load16(const char* bytes) {
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
}

// All ones in each byte from `low` to `high` (ASCII); bytes over 0x7F
// compare as negative and are in no such range.
inline __m128i InRange16(__m128i chunk, char low, char high) {
  return _mm_and_si128(_mm_cmpgt_epi8(chunk, _mm_set1_epi8(static_cast<char>(low - 1))),
                       _mm_cmplt_epi8(chunk, _mm_set1_epi8(static_cast<char>(high + 1))));
}

inline ChunkClasses ClassesOf16(const char* bytes) {
  const __m128i chunk = Load16(bytes);
  // A letter's case is its 0x20 bit.
  const __m128i letters = InRange16(_mm_or_si128(chunk, _mm_set1_epi8(0x20)), 'a', 'z');
  return {static_cast<unsigned>(_mm_movemask_epi8(letters)),
          static_cast<unsigned>(_mm_movemask_epi8(InRange16(chunk, '0', '9')))};
}
#endif

// The run from `pos` of bytes whose class bits `WithDigits` admits, before
// `end`; sets `*letter` if it holds a letter. Always inlined: called from
// two paths of a word, the compiler made it one out-of-line copy, whose
// calls cost 1.2% of a run's instructions.
template <bool WithDigits>
[[gnu::always_inline]] inline std::size_t RunEnd(std::string_view text, std::size_t pos,
                                                 std::size_t end, bool* letter) {
#if defined(__SSE2__)
  while (pos + 16 <= text.size() && pos < end) {
    const ChunkClasses classes = ClassesOf16(text.data() + pos);
    const unsigned in = WithDigits ? classes.letters | classes.digits : classes.letters;
    // The first byte out of the run (bit 16 when all sixteen are in it),
    // and no further than `end`.
    std::size_t length = static_cast<std::size_t>(__builtin_ctz(~in));
    if (length > end - pos) length = end - pos;
    const unsigned taken = (1u << length) - 1;
    if (classes.letters & taken) *letter = true;
    pos += length;
    if (length < 16) return pos;
  }
#endif
  for (; pos < end; ++pos) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (IsAsciiLetter(c)) {
      *letter = true;
    } else if (!WithDigits || !IsAsciiDigit(c)) {
      break;
    }
  }
  return pos;
}

}  // namespace internal

// The end of the run of ASCII letters and digits at `pos`, no further than
// `end`; sets `*letter` if the run holds a letter (else it is all digits).
inline std::size_t AsciiAlnumRunEnd(std::string_view text, std::size_t pos, std::size_t end,
                                    bool* letter) {
  return internal::RunEnd<true>(text, pos, end, letter);
}

// The end of the run of ASCII letters at `pos`, no further than `end`.
inline std::size_t AsciiLetterRunEnd(std::string_view text, std::size_t pos, std::size_t end) {
  bool letter = false;
  return internal::RunEnd<false>(text, pos, end, &letter);
}

// The first ASCII digit or byte over 0x7F of `text` from `pos` on, or its
// size: sixteen bytes at a time, for the time tagger's test of which
// sentences may hold a date.
inline std::size_t DigitOrNonAsciiFrom(std::string_view text, std::size_t pos) {
#if defined(__SSE2__)
  for (; pos + 16 <= text.size(); pos += 16) {
    const __m128i chunk = internal::Load16(text.data() + pos);
    // A byte over 0x7F has its top bit set, as a digit's mask has.
    const int found = _mm_movemask_epi8(_mm_or_si128(chunk, internal::InRange16(chunk, '0', '9')));
    if (found != 0)
      return pos + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(found)));
  }
#endif
  for (; pos < text.size(); ++pos) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c >= 0x80 || IsAsciiDigit(c)) return pos;
  }
  return text.size();
}

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_ASCII_RUNS_H_
