#include "common/text_tokens.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>

namespace factcheck::text {
namespace {

bool IsAsciiOnly(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

UChar32 CodePointAt(std::string_view text, std::size_t offset, std::size_t* next) {
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

bool IsWordChar(UChar32 c) {
  if (c < 0x80) {  // ASCII fast path: most of news text.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return u_isalnum(c) != 0;
}

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

}  // namespace

std::string Fold(std::string_view text) {
  std::string out;
  if (IsAsciiOnly(text)) {
    out.reserve(text.size());
    for (char c : text) {
      if (c == '.') continue;
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed =
      nfd->normalize(icu::UnicodeString::fromUTF8(
                         icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                     status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK || c == '.') continue;
    kept.append(c);
  }
  kept.foldCase();
  kept.toUTF8String(out);
  return out;
}

int CountOf(const Token& token) {
  static constexpr std::array<std::string_view, 21> kWords = {
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  if (token.kind == Token::Kind::kNumber) {
    return token.folded.size() <= 6 ? std::stoi(token.folded) : -1;
  }
  if (token.kind != Token::Kind::kWord) return -1;
  if (token.folded == "a" || token.folded == "an") return 1;
  for (int n = 0; n < static_cast<int>(kWords.size()); ++n) {
    if (token.folded == kWords[n]) return n;
  }
  if (token.folded == "thirty") return 30;
  if (token.folded == "forty") return 40;
  if (token.folded == "fifty") return 50;
  return -1;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  return out;
}

std::vector<std::string> FoldedWords(std::string_view phrase) {
  v1::Sentence whole;
  auto* segment = whole.add_segments();
  segment->set_begin(0);
  segment->set_end(static_cast<std::uint32_t>(phrase.size()));
  std::vector<std::string> words;
  for (const Token& token : Tokenize(phrase, whole)) {
    if (token.kind != Token::Kind::kPunct) words.push_back(token.folded);
  }
  return words;
}

namespace {

// Cuts one segment of a sentence into tokens, appending them.
class SegmentTokenizer {
 public:
  SegmentTokenizer(std::string_view text, std::size_t end, std::vector<Token>* tokens)
      : text_(text), end_(end), tokens_(*tokens) {}

  void Run(std::size_t pos) {
    while (pos < end_) {
      std::size_t next;
      const UChar32 c = CodePointAt(text_, pos, &next);
      pos = IsWordChar(c) ? Word(pos) : Punctuation(c, pos, next);
    }
  }

 private:
  // Punctuation at `pos`; white space is skipped. Returns where to go on.
  std::size_t Punctuation(UChar32 c, std::size_t pos, std::size_t next) {
    if (u_isspace(c) || c < 0) return next;
    if (c == '-' && !tokens_.empty() && tokens_.back().end == pos) {
      tokens_.back().hyphen_after = true;
      // Inside a compound ("Secretary-General", "ex-minister") the hyphen
      // only joins words: no token of its own.
      std::size_t after;
      if (next < end_ && IsWordChar(CodePointAt(text_, next, &after))) return next;
    }
    tokens_.push_back({Token::Kind::kPunct, static_cast<std::uint32_t>(pos),
                       static_cast<std::uint32_t>(next),
                       std::string(text_.substr(pos, next - pos))});
    return next;
  }

  // A word at `start`: letters and digits, with the inner periods of
  // abbreviations ("U.S.") and a trailing possessive. Returns where it ends.
  std::size_t Word(std::size_t start) {
    std::size_t pos = start, next;
    bool all_digits = true;
    bool abbreviation = false;      // Saw an inner period ("U.S").
    std::size_t run_start = start;  // Start of the letters since a period.
    std::size_t word_end = start;
    while (pos < end_) {
      const UChar32 d = CodePointAt(text_, pos, &next);
      if (IsWordChar(d)) {
        all_digits = all_digits && u_isdigit(d);
        pos = word_end = next;
        continue;
      }
      if (d == '.' && !all_digits) {
        std::size_t after;
        CodePointAt(text_, run_start, &after);
        const bool single_letter = after == pos;  // One letter since the last period.
        const UChar32 e = next < end_ ? CodePointAt(text_, next, &after) : ' ';
        if (single_letter && u_isalpha(e)) {
          abbreviation = true;
          pos = run_start = next;
          continue;
        }
        if (abbreviation && single_letter) word_end = pos = next;  // Final period.
      }
      break;
    }
    Token word{all_digits ? Token::Kind::kNumber : Token::Kind::kWord,
               static_cast<std::uint32_t>(start),
               static_cast<std::uint32_t>(word_end),
               {}};
    std::size_t ignored;
    word.capitalized = u_isupper(CodePointAt(text_, start, &ignored)) != 0;
    pos = Possessive(pos, &word.possessive);
    word.folded = Fold(text_.substr(start, word_end - start));
    tokens_.push_back(std::move(word));
    return pos;
  }

  // 's or ’s right after a word, or a bare apostrophe ("Reuters’"): sets
  // `possessive` and returns the position after it.
  std::size_t Possessive(std::size_t pos, bool* possessive) const {
    if (pos >= end_) return pos;
    std::size_t next, ignored;
    const UChar32 d = CodePointAt(text_, pos, &next);
    if (!IsApostrophe(d)) return pos;
    if (next < end_ && (text_[next] == 's' || text_[next] == 'S')) {
      const std::size_t after = next + 1;
      if (after >= end_ || !IsWordChar(CodePointAt(text_, after, &ignored))) {
        *possessive = true;
        return after;
      }
      return pos;
    }
    if (next >= end_ || !IsWordChar(CodePointAt(text_, next, &ignored))) {
      *possessive = true;
      return next;
    }
    return pos;
  }

  std::string_view text_;
  std::size_t end_;
  std::vector<Token>& tokens_;
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text, const v1::Sentence& sentence) {
  std::vector<Token> tokens;
  tokens.reserve((sentence.span().end() - sentence.span().begin()) / 5 + 4);
  for (const auto& segment : sentence.segments()) {
    const std::size_t end = std::min<std::size_t>(segment.end(), text.size());
    SegmentTokenizer(text, end, &tokens).Run(segment.begin());
  }
  return tokens;
}

}  // namespace factcheck::text
