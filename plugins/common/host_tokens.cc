#include "common/host_tokens.h"

namespace factcheck::text {
namespace {

// The bits of Tokens.flags (checker.proto).
constexpr std::uint32_t kKindMask = 3;
constexpr std::uint32_t kCapitalized = 1u << 2;
constexpr std::uint32_t kAcronym = 1u << 3;
constexpr std::uint32_t kPossessive = 1u << 4;
constexpr std::uint32_t kHyphenAfter = 1u << 5;
constexpr std::uint32_t kInitial = 1u << 6;

std::uint32_t FlagsOf(const Token& token) {
  return static_cast<std::uint32_t>(token.kind) | (token.capitalized ? kCapitalized : 0) |
         (token.acronym ? kAcronym : 0) | (token.possessive ? kPossessive : 0) |
         (token.hyphen_after ? kHyphenAfter : 0) | (token.initial ? kInitial : 0);
}

Token::Kind KindOf(std::uint32_t flags) {
  switch (flags & kKindMask) {
    case 1:
      return Token::Kind::kNumber;
    case 2:
      return Token::Kind::kPunct;
    default:
      return Token::Kind::kWord;
  }
}

// Bytes [from, to) of `text`, clamped: a plugin reads what a host sent.
std::string Slice(const std::string& text, std::uint32_t from, std::uint32_t to) {
  if (from > to || to > text.size()) return {};
  return text.substr(from, to - from);
}

}  // namespace

void AddDocumentTokens(v1::Document* document) {
  v1::Tokens* out = document->mutable_tokens();
  out->Clear();
  const std::string& text = document->text();
  // About one token per five bytes of prose, reserved once.
  const auto expected = static_cast<int>(text.size() / 5);
  out->mutable_begin()->Reserve(expected);
  out->mutable_end()->Reserve(expected);
  out->mutable_flags()->Reserve(expected);
  out->mutable_folded_end()->Reserve(expected);
  out->mutable_transliterated_end()->Reserve(expected);
  out->mutable_folded()->reserve(text.size());
  std::vector<Token> tokens;
  for (v1::Sentence& sentence : *document->mutable_sentences()) {
    sentence.set_first_token(static_cast<std::uint32_t>(out->begin_size()));
    TokenizeInto(text, sentence, &tokens);
    sentence.set_token_count(static_cast<std::uint32_t>(tokens.size()));
    for (const Token& token : tokens) {
      out->add_begin(token.begin);
      out->add_end(token.end);
      out->add_flags(FlagsOf(token));
      out->mutable_folded()->append(token.folded);
      out->add_folded_end(static_cast<std::uint32_t>(out->folded().size()));
      out->mutable_transliterated()->append(token.transliterated);
      out->add_transliterated_end(static_cast<std::uint32_t>(out->transliterated().size()));
    }
  }
}

std::vector<Token> SentenceTokens(const v1::Document& document, int s) {
  const v1::Sentence& sentence = document.sentences(s);
  if (!document.has_tokens()) return Tokenize(document.text(), sentence);
  const v1::Tokens& in = document.tokens();
  const std::uint64_t first = sentence.first_token();
  const std::uint64_t last = first + sentence.token_count();
  // A host's arrays of different lengths, or a range past them, read as no
  // tokens rather than out of bounds.
  const auto size = static_cast<std::uint64_t>(in.begin_size());
  if (last > size || in.end_size() != in.begin_size() || in.flags_size() != in.begin_size() ||
      in.folded_end_size() != in.begin_size() || in.transliterated_end_size() != in.begin_size()) {
    return {};
  }
  std::vector<Token> tokens(last - first);
  for (std::uint64_t i = first; i < last; ++i) {
    Token& token = tokens[i - first];
    const std::uint32_t flags = in.flags(static_cast<int>(i));
    token.kind = KindOf(flags);
    token.begin = in.begin(static_cast<int>(i));
    token.end = in.end(static_cast<int>(i));
    token.capitalized = (flags & kCapitalized) != 0;
    token.acronym = (flags & kAcronym) != 0;
    token.possessive = (flags & kPossessive) != 0;
    token.hyphen_after = (flags & kHyphenAfter) != 0;
    token.initial = (flags & kInitial) != 0;
    const int at = static_cast<int>(i);
    token.folded = Slice(in.folded(), at == 0 ? 0 : in.folded_end(at - 1), in.folded_end(at));
    token.transliterated = Slice(in.transliterated(), at == 0 ? 0 : in.transliterated_end(at - 1),
                                 in.transliterated_end(at));
  }
  return tokens;
}

}  // namespace factcheck::text
