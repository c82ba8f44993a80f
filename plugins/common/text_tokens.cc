#include "common/text_tokens.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
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

// The apostrophes of typed and typeset text: ' ’ ʼ and the ‘ ′ ´ ` that
// autocorrect and fonts put in their place.
bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018 || c == 0x2032 || c == 0x00B4 ||
         c == '`';
}

// A hyphen joining words: '-', U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, and
// the en dash that word processors put between two words typed without
// spaces ("Franco–German").
bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2013; }

// Letters that NFD does not decompose, spelled as English copy spells them.
const char* AsciiSpelling(UChar32 c) {
  switch (c) {
    case 0x00F8:  // ø
    case 0x00D8:
      return "o";
    case 0x00E6:  // æ
    case 0x00C6:
      return "ae";
    case 0x0153:  // œ
    case 0x0152:
      return "oe";
    case 0x0142:  // ł
    case 0x0141:
      return "l";
    case 0x0111:  // đ
    case 0x0110:
    case 0x00F0:  // ð
    case 0x00D0:
      return "d";
    case 0x00FE:  // þ
    case 0x00DE:
      return "th";
    case 0x0131:  // dotless ı
      return "i";
    default:
      return nullptr;
  }
}

std::string FoldUnicode(std::string_view text, bool transliterate) {
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
    if (c == 0x0308 && transliterate) {  // The umlaut of a, o or u: ä -> ae.
      const UChar32 base = kept.isEmpty() ? 0 : kept.char32At(kept.length() - 1);
      if (base == 'a' || base == 'o' || base == 'u' || base == 'A' || base == 'O' || base == 'U') {
        kept.append(static_cast<UChar32>('e'));
      }
      continue;
    }
    if (u_charType(c) == U_NON_SPACING_MARK || c == '.' || IsApostrophe(c) || IsInvisible(c)) {
      continue;
    }
    if (const char* ascii = AsciiSpelling(c)) {
      kept.append(icu::UnicodeString(ascii));
      continue;
    }
    kept.append(c);
  }
  kept.foldCase();
  std::string out;
  kept.toUTF8String(out);
  return out;
}

bool HasUmlaut(std::string_view text) {
  // ä ö ü Ä Ö Ü precomposed (C3 A4, B6, BC, 84, 96, 9C) or a combining
  // diaeresis (CC 88).
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const auto a = static_cast<unsigned char>(text[i]);
    const auto b = static_cast<unsigned char>(text[i + 1]);
    if (a == 0xC3 && (b == 0xA4 || b == 0xB6 || b == 0xBC || b == 0x84 || b == 0x96 || b == 0x9C))
      return true;
    if (a == 0xCC && b == 0x88) return true;
  }
  return false;
}

}  // namespace

bool IsInvisible(std::int32_t code_point) {
  return code_point >= 0x80 && u_charType(code_point) == U_FORMAT_CHAR;
}

std::string Fold(std::string_view text) {
  if (!IsAsciiOnly(text)) return FoldUnicode(text, false);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '.' || c == '\'' || c == '`') continue;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::string FoldTransliterated(std::string_view text) {
  return HasUmlaut(text) ? FoldUnicode(text, true) : std::string();
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
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next;
    const UChar32 c = CodePointAt(text, i, &next);
    const bool space =
        c < 0x80 ? (c == ' ' || c == '\n' || c == '\r' || c == '\t') : u_isspace(c) != 0;
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else if (!IsInvisible(c)) {
      out.append(text.substr(i, next - i));
    }
    i = next;
  }
  return out;
}

std::vector<Token> TokenizePhrase(std::string_view phrase) {
  v1::Sentence whole;
  auto* segment = whole.add_segments();
  segment->set_begin(0);
  segment->set_end(static_cast<std::uint32_t>(phrase.size()));
  return Tokenize(phrase, whole);
}

std::vector<std::string> FoldedWords(std::string_view phrase) {
  std::vector<std::string> words;
  for (const Token& token : TokenizePhrase(phrase)) {
    if (token.kind != Token::Kind::kPunct) words.push_back(token.folded);
  }
  return words;
}

std::vector<std::string> TransliteratedWords(std::string_view phrase) {
  if (!HasUmlaut(phrase)) return {};
  std::vector<std::string> words;
  for (const Token& token : TokenizePhrase(phrase)) {
    if (token.kind == Token::Kind::kPunct) continue;
    words.push_back(token.transliterated.empty() ? token.folded : token.transliterated);
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
  UChar32 At(std::size_t pos, std::size_t* next) const { return CodePointAt(text_, pos, next); }
  bool WordCharAt(std::size_t pos) const {
    std::size_t ignored;
    return pos < end_ && IsWordChar(At(pos, &ignored));
  }

  // Punctuation at `pos`; white space and invisible characters are skipped.
  // Returns where to go on.
  std::size_t Punctuation(UChar32 c, std::size_t pos, std::size_t next) {
    if (u_isspace(c) || c < 0 || IsInvisible(c)) return next;
    if (IsHyphen(c) && !tokens_.empty() && tokens_.back().end == pos) {
      // Inside a compound ("Secretary-General", "ex-minister") the hyphen
      // only joins words: no token of its own. An en dash joins only there.
      if (WordCharAt(next)) {
        tokens_.back().hyphen_after = true;
        return next;
      }
      if (c != 0x2013) tokens_.back().hyphen_after = true;
    }
    const bool hyphen = IsHyphen(c) && c != 0x2013;
    tokens_.push_back({Token::Kind::kPunct, static_cast<std::uint32_t>(pos),
                       static_cast<std::uint32_t>(next),
                       hyphen ? std::string("-") : std::string(text_.substr(pos, next - pos))});
    return next;
  }

  // Whether the period at `pos` ends an initial: white space, then a capital
  // letter ("W. Bush", "G. William Miller").
  bool InitialPeriod(std::size_t pos) const {
    std::size_t k = pos + 1, next;
    bool spaced = false;
    while (k < end_) {
      const UChar32 c = At(k, &next);
      if (!u_isspace(c)) break;
      spaced = true;
      k = next;
    }
    return spaced && k < end_ && u_isupper(At(k, &next));
  }

  // A word at `start`: letters and digits, with the inner periods of
  // abbreviations ("U.S."), the period of an initial, apostrophes between
  // letters ("O'Neill") and invisible characters, and a trailing possessive.
  // Returns where it ends.
  std::size_t Word(std::size_t start) {
    std::size_t pos = start, next;
    bool all_digits = true;
    bool abbreviation = false;      // Saw an inner period ("U.S").
    bool initial = false;           // A capital's period before a name: "W.".
    std::size_t run_start = start;  // Start of the letters since a period.
    std::size_t word_end = start;
    while (pos < end_) {
      const UChar32 d = At(pos, &next);
      if (IsWordChar(d)) {
        all_digits = all_digits && u_isdigit(d);
        pos = word_end = next;
        continue;
      }
      if (IsInvisible(d) && WordCharAt(next)) {  // "Tha\u00ADtcher".
        pos = next;
        continue;
      }
      if (IsApostrophe(d) && !all_digits && WordCharAt(next) && !PossessiveS(next)) {
        pos = next;  // "O'Neill", "O’Leary".
        continue;
      }
      if (d == '.' && !all_digits) {
        std::size_t after;
        At(run_start, &after);
        const bool single_letter = after == pos;  // One letter since the last period.
        const UChar32 e = next < end_ ? At(next, &after) : ' ';
        if (single_letter && u_isalpha(e)) {
          abbreviation = true;
          pos = run_start = next;
          continue;
        }
        if (abbreviation && single_letter) {
          word_end = pos = next;  // Final period.
        } else if (single_letter && run_start == start && u_isupper(At(start, &after)) &&
                   InitialPeriod(pos)) {
          word_end = pos = next;
          initial = true;
        }
      }
      break;
    }
    Token word{all_digits ? Token::Kind::kNumber : Token::Kind::kWord,
               static_cast<std::uint32_t>(start),
               static_cast<std::uint32_t>(word_end),
               {}};
    std::size_t ignored;
    word.capitalized = u_isupper(At(start, &ignored)) != 0;
    const std::string_view written = text_.substr(start, word_end - start);
    // "d'Estaing", "dell'Utri": an elided particle before a capital is part
    // of a name, as capitalized as the name.
    for (std::size_t k = 1; !word.capitalized && k <= 4 && k + 1 < written.size(); ++k) {
      const char c = written[k];
      if (c >= 'a' && c <= 'z') continue;
      if (c == '\'' && written[k + 1] >= 'A' && written[k + 1] <= 'Z') word.capitalized = true;
      if (written.substr(k).starts_with("\u2019") && k + 3 < written.size() &&
          written[k + 3] >= 'A' && written[k + 3] <= 'Z') {
        word.capitalized = true;  // A typographic apostrophe.
      }
      break;
    }
    word.initial = initial;
    pos = Possessive(pos, &word.possessive);
    const std::string_view raw = text_.substr(start, word_end - start);
    word.acronym = word.capitalized && raw.size() >= 2 &&
                   std::all_of(raw.begin(), raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    word.folded = Fold(raw);
    word.transliterated = FoldTransliterated(raw);
    tokens_.push_back(std::move(word));
    return pos;
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
  std::vector<Token>& tokens_;
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text, const v1::Sentence& sentence) {
  std::vector<Token> tokens;
  tokens.reserve((sentence.span().end() - sentence.span().begin()) / 5 + 4);
  TokenizeInto(text, sentence, &tokens);
  return tokens;
}

void TokenizeInto(std::string_view text, const v1::Sentence& sentence, std::vector<Token>* tokens) {
  tokens->clear();
  for (const auto& segment : sentence.segments()) {
    const std::size_t end = std::min<std::size_t>(segment.end(), text.size());
    SegmentTokenizer(text, end, tokens).Run(segment.begin());
  }
}

}  // namespace factcheck::text
