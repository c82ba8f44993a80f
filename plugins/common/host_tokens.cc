#include "common/host_tokens.h"

#include <algorithm>
#include <cstring>

#include "common/ascii_runs.h"
#include "common/segment_tokenizer.h"
#include "common/word_hash.h"

namespace factcheck::text {
namespace {

// Appends tokens to the host's packed arrays, the folded forms straight
// into their one string: no Token, no string per token. The string is sized
// ahead and written through a pointer, a plain word sixteen bytes at a time
// with its case bits set; Finish cuts it to what was written. It always has
// room for the rest of the text's bytes and a chunk's overrun: a plain
// word's form is as long as its span, so only a form that may be longer (a
// word's general fold, a mark) makes room before it is written. The six
// arrays are written the same way: each is held at its capacity while
// tokens are added, each value written through a pointer at the token's
// index, and cut to the tokens by Finish.
class ArraysSink {
 public:
  ArraysSink(v1::Tokens* out, std::string_view text, const SentenceWordLists* word_lists)
      : word_lists_(word_lists),
        text_end_(text.data() + text.size()),
        text_size_(text.size()),
        begin_(*out->mutable_begin()),
        end_(*out->mutable_end()),
        flags_(*out->mutable_flags()),
        folded_end_(*out->mutable_folded_end()),
        transliterated_end_(*out->mutable_transliterated_end()),
        hashes_(*out->mutable_hashes()),
        folded_(*out->mutable_folded()),
        transliterated_(*out->mutable_transliterated()) {
    count_ = begin_.size();
    TakeRoom(0);
    folded_.resize(text.size() + kSlack);
    folded_data_ = folded_.data();
    folded_room_ = folded_.size();
    transliterated_used_ = static_cast<std::uint32_t>(transliterated_.size());
  }

  // Cuts the arrays to the tokens and the folded forms' string to its bytes.
  void Finish() {
    CutToTokens();
    folded_.resize(used_);
  }

  // Tokens from here on are the next sentence's; returns its first.
  int StartSentence() {
    sentence_lists_ = 0;
    return sentence_first_ = count_;
  }
  // The word lists the sentence's words were in, from StartSentence on;
  // the host's own list's bit also where a piece of a word is (CutWordLists).
  std::uint64_t SentenceLists() const { return sentence_lists_; }
  int size() const { return count_; }

  bool LastEndsAt(std::size_t pos) const {
    return count_ > sentence_first_ && columns_.end[count_ - 1] == pos;
  }
  void MarkLastHyphenAfter() { columns_.flags[count_ - 1] |= kTokenHyphenAfter; }
  void AddPunct(std::uint32_t begin, std::uint32_t end, std::string_view folded) {
    Add(begin, end, static_cast<std::uint32_t>(Token::Kind::kPunct));
    const std::size_t from = used_;
    Append(folded, end);
    Close(from);
  }
  // Inlined into both of the tokenizer's word paths (0.8% of a run's
  // instructions as a call).
  [[gnu::always_inline]] void AddWord(const internal::WordSeen& seen) {
    Add(seen.begin, seen.end, seen.flags);
    const std::size_t from = used_;
    if (seen.plain) {
      AppendPlain(seen.raw);  // Its lower case, as long as its span.
    } else {
      scratch_.clear();
      internal::FoldInto(seen.raw, seen.ascii, &scratch_);
      Append(scratch_, seen.end);
    }
    if (!seen.ascii) {
      transliterated_.append(FoldTransliterated(seen.raw));
      transliterated_used_ = static_cast<std::uint32_t>(transliterated_.size());
    }
    Close(from);
    // Numbers come this way too; a word list is words (WordSet::AnyIn).
    if (word_lists_ != nullptr && (seen.flags & kTokenKindMask) == 0) {
      sentence_lists_ |= word_lists_->ListsOf(std::string_view(folded_data_ + from, used_ - from),
                                              columns_.hashes[count_ - 1]);
      if (!seen.plain) sentence_lists_ |= CutWordLists(seen);
    }
  }

  // Makes room for the text from offset `from` on (see the class), before
  // each segment: a segment that starts before the last token's end (a
  // caller's sentences out of order) then cannot write past the string.
  void MakeRoomFrom(std::size_t from) { MakeRoom(0, from); }

 private:
  // A word that is not plain has marks inside it ("U.S.", "O'Day", "W."),
  // where the time lexer cuts it into pieces, or bytes over ASCII. The
  // host's own list's bit where a piece, a run of ASCII letters as the
  // lexer reads it (AsciiLetterRunEnd), lowered, is in that list, so that
  // the tagger's hint a sentence stays true to the words the lexer reads.
  // Its digits are the tagger's to judge, from the bytes around them
  // (NumberMayBeTime), as any number's. A word with a byte over ASCII:
  // the bit, though its sentence is lexed for that byte anyway. Rare, so
  // out of line.
  [[gnu::noinline]] std::uint64_t CutWordLists(const internal::WordSeen& seen) {
    const std::uint64_t host_bit = word_lists_->host_bit();
    if (host_bit == 0) return 0;
    if (!seen.ascii) return host_bit;
    const std::string_view raw = seen.raw;
    for (std::size_t i = 0; i < raw.size();) {
      if (!IsAsciiLetter(static_cast<unsigned char>(raw[i]))) {
        ++i;
        continue;
      }
      const std::size_t run_end = AsciiLetterRunEnd(raw, i, raw.size());
      piece_.assign(raw.substr(i, run_end - i));
      internal::LowerPlainInPlace(piece_.data(), piece_.size());
      if ((word_lists_->ListsOf(piece_, WordHash(piece_)) & host_bit) != 0) return host_bit;
      i = run_end;
    }
    return 0;
  }

  // Where each array's values are written: its elements, held at capacity.
  struct Columns {
    std::uint32_t* begin = nullptr;
    std::uint32_t* end = nullptr;
    std::uint32_t* flags = nullptr;
    std::uint32_t* folded_end = nullptr;
    std::uint32_t* transliterated_end = nullptr;
    std::uint64_t* hashes = nullptr;
  };

  // The arrays grow together, so that each token's six values are written
  // without a test of room each.
  void Add(std::uint32_t begin, std::uint32_t end, std::uint32_t flags) {
    if (count_ >= room_) TakeRoom(std::max(16, 2 * count_));
    columns_.begin[count_] = begin;
    columns_.end[count_] = end;
    columns_.flags[count_] = flags;
  }
  // Ends the token whose folded form starts at folded_[from].
  void Close(std::size_t from) {
    columns_.folded_end[count_] = static_cast<std::uint32_t>(used_);
    columns_.transliterated_end[count_] = transliterated_used_;
    columns_.hashes[count_] = WordHash(std::string_view(folded_data_ + from, used_ - from));
    ++count_;
  }
  // Room for `bytes` more bytes, then the text from offset `from` on and a
  // block's overrun.
  void MakeRoom(std::size_t bytes, std::size_t from) {
    const std::size_t needed = used_ + bytes + (text_size_ - std::min(from, text_size_)) + kSlack;
    if (needed > folded_room_) {
      folded_.resize(std::max(2 * folded_room_, needed));
      folded_data_ = folded_.data();
      folded_room_ = folded_.size();
    }
  }
  // Appends the form of a token that ends at text offset `token_end`,
  // keeping room for the text after it (see the class).
  void Append(std::string_view bytes, std::uint32_t token_end) {
    MakeRoom(bytes.size(), token_end);
    std::memcpy(folded_data_ + used_, bytes.data(), bytes.size());
    used_ += bytes.size();
  }
  // A plain word's lower case: each byte with its case bit set (digits
  // have it), read and written sixteen at a time where the text goes on.
  // Its room is kept for it (see the class).
  void AppendPlain(std::string_view word) {
    char* to = folded_data_ + used_;
    const std::size_t n = word.size();
    if (word.data() + n + kSlack <= text_end_) {
      std::size_t i = 0;
      do {  // A plain word has a byte.
        std::uint64_t chunk[2];
        std::memcpy(chunk, word.data() + i, sizeof chunk);
        chunk[0] |= 0x2020202020202020ull;
        chunk[1] |= 0x2020202020202020ull;
        std::memcpy(to + i, chunk, sizeof chunk);
        i += kSlack;
      } while (i < n);
    } else {
      std::memcpy(to, word.data(), n);
      internal::LowerPlainInPlace(to, n);
    }
    used_ += n;
  }
  void CutToTokens() {
    begin_.Truncate(count_);
    end_.Truncate(count_);
    flags_.Truncate(count_);
    folded_end_.Truncate(count_);
    transliterated_end_.Truncate(count_);
    hashes_.Truncate(count_);
  }
  // Room for at least `tokens` tokens in every array: each reserved, then
  // held at the least of their capacities (which differ with the size of
  // the elements), its values from count_ on not yet written.
  void TakeRoom(int tokens) {
    CutToTokens();
    room_ = std::max(tokens, count_);
    room_ = std::min({Reserved(begin_, room_), Reserved(end_, room_), Reserved(flags_, room_),
                      Reserved(folded_end_, room_), Reserved(transliterated_end_, room_),
                      Reserved(hashes_, room_)});
    columns_ = {
        Claim(begin_), Claim(end_), Claim(flags_), Claim(folded_end_), Claim(transliterated_end_),
        Claim(hashes_)};
  }
  template <typename T>
  static int Reserved(google::protobuf::RepeatedField<T>& array, int tokens) {
    if (tokens > array.Capacity()) array.Reserve(tokens);
    return array.Capacity();
  }
  template <typename T>
  T* Claim(google::protobuf::RepeatedField<T>& array) const {
    array.AddNAlreadyReserved(room_ - array.size());
    return array.mutable_data();
  }

  static constexpr std::size_t kSlack = 16;  // A chunk's bytes.
  const SentenceWordLists* word_lists_;      // Null: none looked for.
  std::uint64_t sentence_lists_ = 0;
  const char* text_end_;
  std::size_t text_size_;
  google::protobuf::RepeatedField<std::uint32_t>& begin_;
  google::protobuf::RepeatedField<std::uint32_t>& end_;
  google::protobuf::RepeatedField<std::uint32_t>& flags_;
  google::protobuf::RepeatedField<std::uint32_t>& folded_end_;
  google::protobuf::RepeatedField<std::uint32_t>& transliterated_end_;
  google::protobuf::RepeatedField<std::uint64_t>& hashes_;
  std::string& folded_;
  std::size_t used_ = 0;  // Bytes of folded_ written.
  // folded_'s bytes and size, and transliterated_'s size, kept here: read
  // through the references at every token, they were loads of their own.
  char* folded_data_ = nullptr;
  std::size_t folded_room_ = 0;
  std::uint32_t transliterated_used_ = 0;
  std::string scratch_;  // A word's general fold.
  std::string piece_;    // A piece of a word the lexer cuts (CutWordLists).
  std::string& transliterated_;
  Columns columns_;
  int count_ = 0;  // Tokens written.
  int room_ = 0;   // Tokens the columns hold.
  int sentence_first_ = 0;
};

}  // namespace

void AddDocumentTokens(v1::Document* document, const SentenceWordLists* word_lists,
                       std::vector<bool>* own_word) {
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
  if (word_lists != nullptr && word_lists->empty()) word_lists = nullptr;
  ArraysSink sink(out, text, word_lists);
  // The plugins' lists are sent; the host's own list is not.
  const bool send_lists = word_lists != nullptr && !word_lists->keys().empty();
  const std::uint64_t host_bit = word_lists != nullptr ? word_lists->host_bit() : 0;
  auto& sentence_lists = *out->mutable_sentence_word_lists();
  if (send_lists) {
    out->mutable_word_list_keys()->Add(word_lists->keys().begin(), word_lists->keys().end());
    sentence_lists.Reserve(document->sentences_size());
  }
  if (own_word != nullptr) own_word->clear();
  if (host_bit == 0) own_word = nullptr;  // No answer without the host's list.
  for (v1::Sentence& sentence : *document->mutable_sentences()) {
    const int first = sink.StartSentence();
    for (const auto& segment : sentence.segments()) {
      const std::size_t end = std::min<std::size_t>(segment.end(), text.size());
      sink.MakeRoomFrom(segment.begin());
      internal::SegmentTokenizer(text, end, &sink).Run(segment.begin());
    }
    sentence.set_first_token(static_cast<std::uint32_t>(first));
    sentence.set_token_count(static_cast<std::uint32_t>(sink.size() - first));
    if (send_lists) sentence_lists.Add(sink.SentenceLists() & ~host_bit);
    if (own_word != nullptr) own_word->push_back((sink.SentenceLists() & host_bit) != 0);
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

TokenList SentenceTokens(const v1::Document& document, int s) {
  TokenList tokens;
  SentenceTokensInto(document, s, &tokens);
  return tokens;
}

void SentenceTokensInto(const v1::Document& document, int s, TokenList* out) {
  const auto view = SentenceTokenView::Of(document, s);
  if (!view) {
    TokenizeInto(document.text(), document.sentences(s), out);
    return;
  }
  out->bytes().clear();
  std::vector<Token>& tokens = out->mutable_tokens();
  tokens.resize(view->size());
  Token* token = tokens.data();
  // The words are views of the host's arrays: nothing is copied.
  view->ForEachToken([&token](std::uint32_t flags, std::uint32_t begin, std::uint32_t end,
                              std::string_view folded, std::string_view transliterated,
                              std::uint64_t hash) {
    // Every field set, as the token may be the last sentence's.
    internal::SetKindAndFlags(flags, token);
    token->begin = begin;
    token->end = end;
    token->folded = folded;
    token->transliterated = transliterated;
    token->word = Token::kUnknownWord;
    token->hash = hash;
    ++token;
  });
}

}  // namespace factcheck::text
