#include "document/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>

#include "common/text_tokens.h"
#include "document/sentence_breaks.h"
#include "factcheck/error.h"

namespace factcheck {
namespace {

// The prototype is built once; each thread works on its own clone, since a
// BreakIterator is not thread-safe and creating one loads rule data.
icu::BreakIterator& ThreadSentenceIterator() {
  static std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) {
      throw Error(std::string("ICU sentence iterator: ") + u_errorName(status));
    }
    return it;
  }();
  thread_local std::unique_ptr<icu::BreakIterator> clone(prototype->clone());
  return *clone;
}

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool AllSpace(std::string_view text) {
  for (char c : text) {
    if (!IsSpace(c)) return false;
  }
  return true;
}

// Where a run of the joined block text came from in the file.
struct Mapping {
  std::uint32_t joined_begin;
  std::uint32_t file_begin;
  std::uint32_t length;
};

void AddSegment(std::string_view text, std::uint32_t begin, std::uint32_t end,
                v1::Sentence* sentence) {
  if (begin >= end) return;
  auto* segments = sentence->mutable_segments();
  if (!segments->empty()) {
    v1::Span& last = *segments->rbegin();
    if (last.end() <= begin && AllSpace(text.substr(last.end(), begin - last.end()))) {
      last.set_end(end);
      return;
    }
  }
  v1::Span* span = segments->Add();
  span->set_begin(begin);
  span->set_end(end);
}

// Converts well-formed UTF-8 `text` to UTF-16 for ICU; `offsets` maps each
// UTF-16 index (and the end) to its byte offset in `text`.
void ToUtf16(std::string_view text, icu::UnicodeString* out, std::vector<std::uint32_t>* offsets) {
  out->remove();
  offsets->clear();
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  UChar* buffer = out->getBuffer(length + 1);
  int32_t units = 0;
  for (int32_t i = 0; i < length;) {
    const auto start = static_cast<std::uint32_t>(i);
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) c = 0xFFFD;
    if (c <= 0xFFFF) {
      buffer[units++] = static_cast<UChar>(c);
      offsets->push_back(start);
    } else {
      buffer[units++] = U16_LEAD(c);
      buffer[units++] = U16_TRAIL(c);
      offsets->push_back(start);
      offsets->push_back(start);
    }
  }
  out->releaseBuffer(units);
  offsets->push_back(static_cast<std::uint32_t>(text.size()));
}

// Appends the sentence boundaries ICU finds in `text` after its start, as
// byte offsets. ASCII text takes the one-pass path that finds the same.
class SentenceBoundaries {
 public:
  void Find(std::string_view text, std::vector<std::uint32_t>* out) {
    out->clear();
    if (const AsciiSentenceBreaks* ascii = AsciiSentenceBreaks::Get();
        ascii && text::IsAscii(text)) {
      ascii->Find(text, out);
      return;
    }
    ToUtf16(text, &utf16_, &utf8_offset_);
    icu::BreakIterator& iterator = ThreadSentenceIterator();
    iterator.setText(utf16_);
    iterator.first();
    for (int32_t end = iterator.next(); end != icu::BreakIterator::DONE; end = iterator.next()) {
      out->push_back(utf8_offset_[static_cast<std::size_t>(end)]);
    }
  }

 private:
  icu::UnicodeString utf16_;
  std::vector<std::uint32_t> utf8_offset_;
};

// ICU ends a sentence after "U.S." when a capitalized word follows; in news
// that is nearly always "U.S. President", "U.N. Secretary-General".
bool EndsWithCountryAbbreviation(std::string_view text, std::uint32_t end) {
  std::string_view before = text.substr(0, end);
  while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  for (std::string_view abbreviation : {"U.S.", "U.K.", "U.N.", "E.U."}) {
    if (before.ends_with(abbreviation) && (before.size() == abbreviation.size() ||
                                           !std::isalnum(static_cast<unsigned char>(
                                               before[before.size() - abbreviation.size() - 1])))) {
      return true;
    }
  }
  return false;
}

// ICU ends a sentence after a middle initial: "President George W." +
// "Bush spoke." A capital letter alone and a period, before a capitalized
// word, is read as an initial when a capitalized word comes before it
// ("Harry S. Truman") or two come after it ("said W. Michael Blumenthal");
// "I" is left out, as it is more often a numeral ("World War I.").
bool EndsWithInitial(std::string_view text, std::uint32_t end) {
  std::string_view before = text.substr(0, end);
  while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  const std::size_t n = before.size();
  if (n < 4 || before[n - 1] != '.' || !std::isupper(static_cast<unsigned char>(before[n - 2])) ||
      before[n - 2] == 'I' || !IsSpace(before[n - 3])) {
    return false;
  }
  // The word before the initial: capitalized, a name.
  std::size_t word_end = n - 3;
  while (word_end > 0 && IsSpace(before[word_end - 1])) --word_end;
  std::size_t word_begin = word_end;
  while (word_begin > 0 && std::isalpha(static_cast<unsigned char>(before[word_begin - 1]))) {
    --word_begin;
  }
  const bool name_before =
      word_begin < word_end && std::isupper(static_cast<unsigned char>(before[word_begin]));
  // The words after the initial: one capitalized, or two for an initial
  // that opens a name.
  std::size_t next = end;
  int capitalized = 0;
  for (int word = 0; word < 2; ++word) {
    while (next < text.size() && IsSpace(text[next])) ++next;
    if (next >= text.size() || !std::isupper(static_cast<unsigned char>(text[next]))) break;
    ++capitalized;
    while (next < text.size() && std::isalpha(static_cast<unsigned char>(text[next]))) ++next;
    if (next < text.size() && !IsSpace(text[next])) break;  // "Blumenthal," ends the name.
  }
  return capitalized >= (name_before ? 1 : 2);
}

}  // namespace

void SplitSentences(std::string_view text, const ProseBlocks& blocks,
                    google::protobuf::RepeatedPtrField<v1::Sentence>* out) {
  // Buffers kept by each thread from document to document.
  struct Buffers {
    SentenceBoundaries boundaries;
    std::string joined;
    std::vector<Mapping> mappings;
    std::vector<std::uint32_t> ends;
  };
  thread_local Buffers buffers;
  auto& [boundaries, joined, mappings, ends] = buffers;
  // A very long block's buffers are freed at once, not held while the
  // document is checked. (Swapped out: assigning an empty string keeps the
  // long one's storage.)
  struct Shrink {
    Buffers& buffers;
    ~Shrink() {
      if (buffers.joined.capacity() > (1u << 20) || buffers.ends.capacity() > (1u << 16)) {
        Buffers fresh;
        std::swap(buffers, fresh);
      }
    }
  } shrink{buffers};
  for (std::size_t block = 0; block < blocks.size(); ++block) {
    joined.clear();
    mappings.clear();
    for (const ProsePiece& piece : blocks[block]) {
      if (piece.break_before) joined.push_back(' ');
      mappings.push_back(
          {static_cast<std::uint32_t>(joined.size()), piece.begin, piece.end - piece.begin});
      joined.append(text.substr(piece.begin, piece.end - piece.begin));
    }
    boundaries.Find(joined, &ends);
    std::size_t mapping = 0;
    std::uint32_t begin = 0;
    for (const std::uint32_t end : ends) {
      if (end < joined.size() &&
          (EndsWithCountryAbbreviation(joined, end) || EndsWithInitial(joined, end))) {
        continue;  // The sentence goes on.
      }
      // Trim white space; offsets are into `joined`.
      std::uint32_t b = begin;
      std::uint32_t e = end;
      while (b < e && IsSpace(joined[b])) ++b;
      while (e > b && IsSpace(joined[e - 1])) --e;
      if (b == e) {
        begin = end;
        continue;
      }
      // Built in place: on an arena, moving a message in would copy it.
      v1::Sentence& sentence = *out->Add();
      while (mapping < mappings.size() &&
             mappings[mapping].joined_begin + mappings[mapping].length <= b) {
        ++mapping;
      }
      for (std::size_t m = mapping; m < mappings.size() && mappings[m].joined_begin < e; ++m) {
        const Mapping& run = mappings[m];
        const std::uint32_t from = std::max(b, run.joined_begin);
        const std::uint32_t to = std::min(e, run.joined_begin + run.length);
        if (from >= to) continue;
        AddSegment(text, run.file_begin + (from - run.joined_begin),
                   run.file_begin + (to - run.joined_begin), &sentence);
      }
      begin = end;
      if (sentence.segments().empty()) {
        out->RemoveLast();
        continue;
      }
      sentence.mutable_span()->set_begin(sentence.segments(0).begin());
      sentence.mutable_span()->set_end(sentence.segments(sentence.segments_size() - 1).end());
    }
  }
}

}  // namespace factcheck
