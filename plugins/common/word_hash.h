// The hash of a folded word that the host sends with its tokens
// (Tokens.hashes) and that a Vocabulary keeps its words under, so that a
// checker looks a token up without hashing it again.
#ifndef FACTCHECK_PLUGINS_COMMON_WORD_HASH_H_
#define FACTCHECK_PLUGINS_COMMON_WORD_HASH_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace factcheck::text {

namespace word_hash_internal {

inline std::uint64_t Load8(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline std::uint64_t Load4(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
// Multiplies into 128 bits and folds the halves: every bit of the product
// depends on every bit of both.
inline std::uint64_t Mix(std::uint64_t a, std::uint64_t b) {
  const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
  return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}

}  // namespace word_hash_internal

// A word's bytes read eight at a time (a word of up to sixteen bytes in two
// reads that may overlap, the length telling them apart) and mixed by
// multiplication: a few instructions for most words, where a byte loop cost
// four a byte. Tables take its low bits, filters its high ones.
inline std::uint64_t WordHash(std::string_view word) {
  using word_hash_internal::Load4;
  using word_hash_internal::Load8;
  using word_hash_internal::Mix;
  constexpr std::uint64_t kSeed = 0x9E3779B97F4A7C15ull, kOdd = 0xff51afd7ed558ccdull;
  const char* p = word.data();
  const std::size_t n = word.size();
  std::uint64_t a = 0, b = 0;
  if (n >= 8) {
    std::size_t i = 0;
    std::uint64_t h = kSeed;
    for (; i + 16 < n; i += 16) h = Mix(Load8(p + i) ^ h, Load8(p + i + 8) ^ kOdd);
    // The last one to sixteen bytes, read as two eights that may overlap.
    a = Load8(p + std::min(i, n - 8)) ^ h;
    b = Load8(p + n - 8);
  } else if (n >= 4) {
    a = Load4(p);
    b = Load4(p + n - 4);
  } else if (n > 0) {
    a = (std::uint64_t{static_cast<unsigned char>(p[0])} << 16) |
        (std::uint64_t{static_cast<unsigned char>(p[n >> 1])} << 8) |
        static_cast<unsigned char>(p[n - 1]);
  }
  // The length mixed in last: xored into a read, it could undo a byte
  // that differs in the same place ("abaaa" and "abaaaa").
  return Mix(Mix(a ^ kSeed, b ^ kOdd), n ^ kOdd);
}

// WordHash as the hash of an unordered container of strings looked up by
// string_view (with std::equal_to<>): no string is made to ask, and a few
// multiplies where the library's hash of a string is a loop over its bytes.
struct WordViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view word) const { return WordHash(word); }
};

// A Bloom filter over 64-bit word hashes (two bits a word, from the hash's
// bits 20 and up, so that a table keyed by its low bits probes apart): "not
// here" for nearly every word it was not given, never for one it was.
class HashFilter {
 public:
  // Empty, sized for `words` words at four bits a word (at least 64 bits, at
  // most 2^22, which the hash's bits 20..63 can address).
  void Reset(std::size_t words) {
    const std::size_t bits = std::clamp<std::size_t>(words * 4, 64, std::size_t{1} << 22);
    std::size_t size = 64;
    while (size < bits) size <<= 1;
    bits_.assign(size / 64, 0);
    mask_ = size - 1;
  }
  void Add(std::uint64_t hash) {
    const std::uint64_t a = (hash >> 20) & mask_, b = (hash >> 42) & mask_;
    bits_[a >> 6] |= std::uint64_t{1} << (a & 63);
    bits_[b >> 6] |= std::uint64_t{1} << (b & 63);
  }
  bool MayHave(std::uint64_t hash) const {
    if (bits_.empty()) return true;  // Never sized (a moved-from table): no answer.
    const std::uint64_t a = (hash >> 20) & mask_, b = (hash >> 42) & mask_;
    return (bits_[a >> 6] >> (a & 63) & 1) && (bits_[b >> 6] >> (b & 63) & 1);
  }

 private:
  std::vector<std::uint64_t> bits_;
  std::uint64_t mask_ = 0;  // The filter's bits, less one.
};

}  // namespace factcheck::text

#endif  // FACTCHECK_PLUGINS_COMMON_WORD_HASH_H_
