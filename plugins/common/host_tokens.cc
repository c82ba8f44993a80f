#include "common/host_tokens.h"

#include <algorithm>
#include <cstring>

#include "common/segment_tokenizer.h"
#include "common/word_hash.h"

namespace factcheck::text {
namespace {

// Appends tokens to the host's packed arrays, the folded forms straight
// into their one string: no Token, no string per token. The string is sized
// ahead and written through a pointer, a plain word sixteen bytes at a time
// with its case bits set; Finish cuts it to what was written.
class ArraysSink {
 public:
  ArraysSink(v1::Tokens* out, std::string_view text)
      : text_end_(text.data() + text.size()),
        begin_(*out->mutable_begin()),
        end_(*out->mutable_end()),
        flags_(*out->mutable_flags()),
        folded_end_(*out->mutable_folded_end()),
        transliterated_end_(*out->mutable_transliterated_end()),
        hashes_(*out->mutable_hashes()),
        folded_(*out->mutable_folded()),
        transliterated_(*out->mutable_transliterated()) {
    NoteRoom();
    folded_.resize(text.size() + kSlack);
  }

  // Cuts the folded forms' string to its bytes.
  void Finish() { folded_.resize(used_); }

  // Tokens from here on are the next sentence's; returns its first.
  int StartSentence() { return sentence_first_ = begin_.size(); }
  int size() const { return begin_.size(); }

  bool LastEndsAt(std::size_t pos) const {
    return begin_.size() > sentence_first_ && end_[end_.size() - 1] == pos;
  }
  void MarkLastHyphenAfter() { flags_[flags_.size() - 1] |= kTokenHyphenAfter; }
  void AddPunct(std::uint32_t begin, std::uint32_t end, std::string_view folded) {
    Add(begin, end, static_cast<std::uint32_t>(Token::Kind::kPunct));
    const std::size_t from = used_;
    Append(folded);
    Close(from);
  }
  void AddWord(const internal::WordSeen& seen) {
    Add(seen.begin, seen.end, seen.flags);
    const std::size_t from = used_;
    if (seen.plain) {
      AppendPlain(seen.raw);
    } else {
      scratch_.clear();
      internal::FoldInto(seen.raw, seen.ascii, &scratch_);
      Append(scratch_);
    }
    if (!seen.ascii) transliterated_.append(FoldTransliterated(seen.raw));
    Close(from);
  }

 private:
  // The arrays grow together, so that each token's six values are written
  // without a test of room each.
  void Add(std::uint32_t begin, std::uint32_t end, std::uint32_t flags) {
    if (begin_.size() >= room_) Grow();
    begin_.AddAlreadyReserved(begin);
    end_.AddAlreadyReserved(end);
    flags_.AddAlreadyReserved(flags);
  }
  // Ends the token whose folded form starts at folded_[from].
  void Close(std::size_t from) {
    folded_end_.AddAlreadyReserved(static_cast<std::uint32_t>(used_));
    transliterated_end_.AddAlreadyReserved(static_cast<std::uint32_t>(transliterated_.size()));
    hashes_.AddAlreadyReserved(WordHash(std::string_view(folded_.data() + from, used_ - from)));
  }
  // Room for `n` more bytes and a chunk's overrun.
  char* Reserve(std::size_t n) {
    if (used_ + n + kSlack > folded_.size()) {
      folded_.resize(std::max(2 * folded_.size(), used_ + n + kSlack));
    }
    return folded_.data() + used_;
  }
  void Append(std::string_view bytes) {
    std::memcpy(Reserve(bytes.size()), bytes.data(), bytes.size());
    used_ += bytes.size();
  }
  // A plain word's lower case: each byte with its case bit set (digits
  // have it), read and written sixteen at a time where the text goes on.
  void AppendPlain(std::string_view word) {
    char* to = Reserve(word.size());
    const std::size_t n = word.size();
    if (word.data() + n + kSlack <= text_end_) {
      for (std::size_t i = 0; i < n; i += kSlack) {
        std::uint64_t chunk[2];
        std::memcpy(chunk, word.data() + i, sizeof chunk);
        chunk[0] |= 0x2020202020202020ull;
        chunk[1] |= 0x2020202020202020ull;
        std::memcpy(to + i, chunk, sizeof chunk);
      }
    } else {
      std::memcpy(to, word.data(), n);
      internal::LowerPlainInPlace(to, n);
    }
    used_ += n;
  }
  void Grow() {
    const int room = std::max(16, 2 * begin_.size());
    begin_.Reserve(room);
    end_.Reserve(room);
    flags_.Reserve(room);
    folded_end_.Reserve(room);
    transliterated_end_.Reserve(room);
    hashes_.Reserve(room);
    NoteRoom();
  }
  // The tokens there is room for in every array (capacities differ with
  // the size of the elements).
  void NoteRoom() {
    room_ = std::min({begin_.Capacity(), end_.Capacity(), flags_.Capacity(), folded_end_.Capacity(),
                      transliterated_end_.Capacity(), hashes_.Capacity()});
  }

  static constexpr std::size_t kSlack = 16;  // A chunk's bytes.
  const char* text_end_;
  google::protobuf::RepeatedField<std::uint32_t>& begin_;
  google::protobuf::RepeatedField<std::uint32_t>& end_;
  google::protobuf::RepeatedField<std::uint32_t>& flags_;
  google::protobuf::RepeatedField<std::uint32_t>& folded_end_;
  google::protobuf::RepeatedField<std::uint32_t>& transliterated_end_;
  google::protobuf::RepeatedField<std::uint64_t>& hashes_;
  std::string& folded_;
  std::size_t used_ = 0;  // Bytes of folded_ written.
  std::string scratch_;   // A word's general fold.
  std::string& transliterated_;
  int room_ = 0;
  int sentence_first_ = 0;
};

}  // namespace

void AddDocumentTokens(v1::Document* document) {
  v1::Tokens* out = document->mutable_tokens();
  out->Clear();
  const std::string& text = document->text();
  // About one token per five bytes of prose, reserved once; a short text
  // grows its arrays instead, as reserving on the arena costs more.
  if (const auto expected = static_cast<int>(text.size() / 5); expected > 64) {
    out->mutable_begin()->Reserve(expected);
    out->mutable_end()->Reserve(expected);
    out->mutable_flags()->Reserve(expected);
    out->mutable_folded_end()->Reserve(expected);
    out->mutable_transliterated_end()->Reserve(expected);
    out->mutable_hashes()->Reserve(expected);
  }
  ArraysSink sink(out, text);
  for (v1::Sentence& sentence : *document->mutable_sentences()) {
    const int first = sink.StartSentence();
    for (const auto& segment : sentence.segments()) {
      const std::size_t end = std::min<std::size_t>(segment.end(), text.size());
      internal::SegmentTokenizer(text, end, &sink).Run(segment.begin());
    }
    sentence.set_first_token(static_cast<std::uint32_t>(first));
    sentence.set_token_count(static_cast<std::uint32_t>(sink.size() - first));
  }
  sink.Finish();
}

std::optional<SentenceTokenView> SentenceTokenView::Of(const v1::Document& document, int s) {
  if (!document.has_tokens()) return std::nullopt;
  const v1::Sentence& sentence = document.sentences(s);
  const v1::Tokens& in = document.tokens();
  const std::uint64_t first = sentence.first_token();
  const std::uint64_t last = first + sentence.token_count();
  // A host's arrays of different lengths, or a range past them, read as no
  // tokens rather than out of bounds.
  const auto size = static_cast<std::uint64_t>(in.begin_size());
  if (last > size || in.end_size() != in.begin_size() || in.flags_size() != in.begin_size() ||
      in.folded_end_size() != in.begin_size() || in.transliterated_end_size() != in.begin_size()) {
    return SentenceTokenView(&in, 0, 0, false);
  }
  // Hashes from a host that sends them for every token; else none.
  const bool hashed = in.hashes_size() == in.begin_size();
  return SentenceTokenView(&in, static_cast<int>(first), static_cast<int>(last), hashed);
}

std::vector<Token> SentenceTokens(const v1::Document& document, int s) {
  std::vector<Token> tokens;
  SentenceTokensInto(document, s, &tokens);
  return tokens;
}

void SentenceTokensInto(const v1::Document& document, int s, std::vector<Token>* out) {
  const auto view = SentenceTokenView::Of(document, s);
  if (!view) {
    *out = Tokenize(document.text(), document.sentences(s));
    return;
  }
  out->resize(view->size());
  Token* token = out->data();
  view->ForEachToken([&token](std::uint32_t flags, std::uint32_t begin, std::uint32_t end,
                              std::string_view folded, std::string_view transliterated,
                              std::uint64_t hash) {
    // Every field set, as the token may be the last sentence's.
    internal::SetKindAndFlags(flags, token);
    token->begin = begin;
    token->end = end;
    token->folded.assign(folded);
    // Empty for nearly every word: cleared without a copy.
    if (transliterated.empty()) {
      token->transliterated.clear();
    } else {
      token->transliterated.assign(transliterated);
    }
    token->word = Token::kUnknownWord;
    token->hash = hash;
    ++token;
  });
}

}  // namespace factcheck::text
