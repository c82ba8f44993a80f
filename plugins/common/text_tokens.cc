#include "common/text_tokens.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cassert>

#include "common/segment_tokenizer.h"

namespace factcheck::text {
namespace {

using internal::CodePointAt;
using internal::IsApostrophe;

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

bool IsAscii(std::string_view text) {
  unsigned char any = 0;
  for (const char c : text) any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

bool IsInvisible(std::int32_t code_point) {
  return code_point >= 0x80 && u_charType(code_point) == U_FORMAT_CHAR;
}

std::string Fold(std::string_view text) {
  std::string out;
  internal::FoldInto(text, IsAscii(text), &out);
  return out;
}

void internal::FoldInto(std::string_view word, bool ascii, std::string* out) {
  if (!ascii) {
    out->append(FoldUnicode(word, false));
    return;
  }
  // Most words have no period or apostrophe: appended whole, then lowered.
  const std::size_t at = out->size();
  out->append(word);
  char* folded = out->data() + at;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = folded[i];
    if (c == '.' || c == '\'' || c == '`') continue;
    folded[kept++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  out->resize(at + kept);
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
    return token.folded.size() <= 6 ? std::stoi(std::string(token.folded)) : -1;
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

std::vector<std::string> TransliteratedWords(std::string_view phrase) {
  if (!HasUmlaut(phrase)) return {};
  std::vector<std::string> words;
  for (const Token& token : TokenizePhrase(phrase)) {
    if (token.kind == Token::Kind::kPunct) continue;
    words.emplace_back(token.transliterated.empty() ? token.folded : token.transliterated);
  }
  return words;
}

TokenList& TokenList::operator=(const TokenList& other) {
  if (this == &other) return *this;
  tokens_ = other.tokens_;
  bytes_ = other.bytes_;
  // The views of the other list's bytes, moved to this one's; others (of a
  // document) kept. Addresses compared as numbers: they may be of unrelated
  // arrays.
  const auto from = reinterpret_cast<std::uintptr_t>(other.bytes_.data());
  const auto rebased = [&](std::string_view view) {
    if (view.empty()) return std::string_view();
    const auto at = reinterpret_cast<std::uintptr_t>(view.data());
    if (at < from || at >= from + other.bytes_.size()) return view;
    return std::string_view(bytes_.data() + (at - from), view.size());
  };
  for (Token& token : tokens_) {
    token.folded = rebased(token.folded);
    token.transliterated = rebased(token.transliterated);
  }
  return *this;
}

void TokenList::Clear() {
  tokens_.clear();
  bytes_.clear();
}

namespace {

// Fills an empty TokenList, each token's folded forms written to its
// bytes. The bytes may move as they grow: the views are made by Finish, once
// they are all written, from each token's sizes noted meanwhile.
class ListSink {
 public:
  explicit ListSink(TokenList* list) : tokens_(list->mutable_tokens()), bytes_(list->bytes()) {
    assert(tokens_.empty() && bytes_.empty());
    sizes_.clear();
  }

  bool LastEndsAt(std::size_t pos) const { return !tokens_.empty() && tokens_.back().end == pos; }
  void MarkLastHyphenAfter() { tokens_.back().hyphen_after = true; }
  void AddPunct(std::uint32_t begin, std::uint32_t end, std::string_view folded) {
    Token& token = tokens_.emplace_back();
    token.kind = Token::Kind::kPunct;
    token.begin = begin;
    token.end = end;
    bytes_.insert(bytes_.end(), folded.begin(), folded.end());
    sizes_.push_back({folded.size(), 0});
  }
  void AddWord(const internal::WordSeen& seen) {
    Token& token = tokens_.emplace_back();
    internal::SetKindAndFlags(seen.flags, &token);
    token.begin = seen.begin;
    token.end = seen.end;
    scratch_.clear();
    internal::AppendFolded(seen, &scratch_);
    const std::size_t folded = scratch_.size();
    if (!seen.ascii) scratch_ += FoldTransliterated(seen.raw);
    bytes_.insert(bytes_.end(), scratch_.begin(), scratch_.end());
    sizes_.push_back({folded, scratch_.size() - folded});
  }
  // Points the new tokens' views at their bytes, in the order written.
  void Finish() {
    std::size_t at = 0;
    for (std::size_t i = 0; i < sizes_.size(); ++i) {
      Token& token = tokens_[i];
      const auto [folded, transliterated] = sizes_[i];
      token.folded = std::string_view(bytes_.data() + at, folded);
      at += folded;
      token.transliterated = transliterated == 0
                                 ? std::string_view()
                                 : std::string_view(bytes_.data() + at, transliterated);
      at += transliterated;
    }
  }

 private:
  std::vector<Token>& tokens_;
  std::vector<char>& bytes_;
  // Each new token's folded and transliterated sizes; the thread's, reused.
  static thread_local std::vector<std::pair<std::size_t, std::size_t>> sizes_;
  static thread_local std::string scratch_;
};

thread_local std::vector<std::pair<std::size_t, std::size_t>> ListSink::sizes_;
thread_local std::string ListSink::scratch_;

}  // namespace

TokenList Tokenize(std::string_view text, const v1::Sentence& sentence) {
  TokenList tokens;
  tokens.mutable_tokens().reserve((sentence.span().end() - sentence.span().begin()) / 5 + 4);
  TokenizeInto(text, sentence, &tokens);
  return tokens;
}

void TokenizeInto(std::string_view text, const v1::Sentence& sentence, TokenList* tokens) {
  tokens->Clear();
  // One sink for every segment: a compound's hyphen is read across them as
  // before, and the views are made once.
  ListSink sink(tokens);
  for (const auto& segment : sentence.segments()) {
    const std::size_t end = std::min<std::size_t>(segment.end(), text.size());
    internal::SegmentTokenizer(text, end, &sink).Run(segment.begin());
  }
  sink.Finish();
}

namespace {

// The whole phrase as one segment, straight to the tokenizer: reference data
// tokenizes thousands of phrases at start-up.
void TokenizePhraseInto(std::string_view phrase, TokenList* tokens) {
  tokens->Clear();
  ListSink sink(tokens);
  internal::SegmentTokenizer(phrase, phrase.size(), &sink).Run(0);
  sink.Finish();
}

}  // namespace

TokenList TokenizePhrase(std::string_view phrase) {
  TokenList tokens;
  TokenizePhraseInto(phrase, &tokens);
  return tokens;
}

std::vector<std::string> FoldedWords(std::string_view phrase) {
  // The thread's tokens, kept from phrase to phrase; each word's folded form
  // is copied out.
  thread_local TokenList tokens;
  TokenizePhraseInto(phrase, &tokens);
  std::vector<std::string> words;
  words.reserve(tokens.size());
  for (const Token& token : tokens) {
    if (token.kind != Token::Kind::kPunct) words.emplace_back(token.folded);
  }
  return words;
}

}  // namespace factcheck::text
