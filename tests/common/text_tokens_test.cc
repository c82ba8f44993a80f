// Tokens for matching: folding, abbreviations, hyphens and possessives.
#include "common/text_tokens.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <memory>

#include "common/segment_tokenizer.h"

namespace factcheck::text {
namespace {

// `text` as one sentence of one segment.
v1::Sentence Whole(const std::string& text) {
  v1::Sentence sentence;
  auto* segment = sentence.add_segments();
  segment->set_begin(0);
  segment->set_end(static_cast<std::uint32_t>(text.size()));
  return sentence;
}

std::vector<std::string> Folded(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& token : Tokenize(text, Whole(text))) {
    out.push_back(std::string(token.folded) + (token.possessive ? "'s" : "") +
                  (token.hyphen_after ? "-" : ""));
  }
  return out;
}

TEST(TextTokensTest, FoldsCaseAndDiacritics) {
  EXPECT_EQ(Fold("Geoană"), "geoana");
  EXPECT_EQ(Fold("ERDOĞAN"), "erdogan");
  EXPECT_EQ(Fold("Élisabeth"), "elisabeth");
  EXPECT_EQ(Folded("Mircea Geoană"), (std::vector<std::string>{"mircea", "geoana"}));
}

TEST(TextTokensTest, AbbreviationsLoseTheirPeriods) {
  EXPECT_EQ(Folded("U.S. officials in the U.K."),
            (std::vector<std::string>{"us", "officials", "in", "the", "uk"}));
  EXPECT_EQ(Folded("He left. Then"), (std::vector<std::string>{"he", "left", ".", "then"}));
}

TEST(TextTokensTest, HyphensJoinCompoundsAndMarkTheFirstWord) {
  EXPECT_EQ(Folded("ex-Foreign Minister, Secretary-General"),
            (std::vector<std::string>{"ex-", "foreign", "minister", ",", "secretary-", "general"}));
  EXPECT_EQ(Folded("then - minister"), (std::vector<std::string>{"then", "-", "minister"}));
}

TEST(TextTokensTest, PossessivesAreMarkedNotKept) {
  EXPECT_EQ(Folded("Israel's and Netanyahu’s plans"),
            (std::vector<std::string>{"israel's", "and", "netanyahu's", "plans"}));
}

TEST(TextTokensTest, ApostrophesInsideANameKeepItWhole) {
  EXPECT_EQ(Folded("Paul O'Neill and Michael O’Leary's"),
            (std::vector<std::string>{"paul", "oneill", "and", "michael", "oleary's"}));
  EXPECT_EQ(Fold("OʼNeill"), "oneill");
  EXPECT_EQ(Folded("the ‘quote’ ends"), (std::vector<std::string>{"the", "‘", "quote's", "ends"}));
}

TEST(TextTokensTest, AnElidedParticleBeforeACapitalIsACapitalizedWord) {
  std::vector<bool> capitalized;
  const std::string text = "Valery Giscard d'Estaing, dell’Utri, don't, l'";
  for (const Token& token : Tokenize(text, Whole(text))) {
    if (token.kind == Token::Kind::kWord) capitalized.push_back(token.capitalized);
  }
  EXPECT_EQ(capitalized, (std::vector<bool>{true, true, true, true, false, false}));
}

TEST(TextTokensTest, InitialsKeepTheirPeriodBeforeAName) {
  const std::string text = "G. William Miller and George W. Bush met J.K. Rowling in Group A.";
  std::vector<std::string> out;
  for (const Token& token : Tokenize(text, Whole(text))) {
    out.push_back(std::string(token.folded) + (token.initial ? "." : ""));
  }
  EXPECT_EQ(out, (std::vector<std::string>{"g.", "william", "miller", "and", "george", "w.", "bush",
                                           "met", "jk", "rowling", "in", "group", "a", "."}));
}

TEST(TextTokensTest, PastedTextReadsLikeTypedText) {
  // Non-breaking and narrow spaces, a soft hyphen, zero-width characters, a
  // non-breaking hyphen and an en dash between words.
  EXPECT_EQ(Folded("Treasury\u00a0Secretary Henry\u202fPaulson"),
            (std::vector<std::string>{"treasury", "secretary", "henry", "paulson"}));
  EXPECT_EQ(
      Folded("Tha\u00adtcher Bl\u200bair\u200d Butler\u2011Sloss Franco\u2013German"),
      (std::vector<std::string>{"thatcher", "blair", "butler-", "sloss", "franco-", "german"}));
  EXPECT_EQ(Folded("Blair \u2013 the premier \u2014 left"),
            (std::vector<std::string>{"blair", "\u2013", "the", "premier", "\u2014", "left"}));
  EXPECT_EQ(CollapseSpaces("Henry\u00a0\u00adPaul\u00adson\n said"), "Henry Paulson said");
}

TEST(TextTokensTest, AsciiWhiteSpaceIsIcusWhiteSpace) {
  // The tokenizer's constant table of ASCII spaces says what ICU says.
  for (UChar32 c = 0; c < 0x80; ++c) {
    EXPECT_EQ(internal::IsSpace(c), u_isspace(c) != 0) << "U+" << std::hex << c;
  }
}

TEST(TextTokensTest, LettersWithoutADecompositionAreSpelledInAscii) {
  EXPECT_EQ(Fold("Løkke Rasmussen"), "lokke rasmussen");
  EXPECT_EQ(Fold("Straße"), "strasse");
  EXPECT_EQ(Fold("Wałęsa"), "walesa");
  EXPECT_EQ(FoldTransliterated("Schröder"), "schroeder");
  EXPECT_EQ(FoldTransliterated("Schroeder"), "");
  EXPECT_EQ(TransliteratedWords("Gerhard Schröder"),
            (std::vector<std::string>{"gerhard", "schroeder"}));
}

TEST(TextTokensTest, OnlySegmentsAreTokenized) {
  const std::string text = "The [former](http://x.org/prime-minister) premier";
  v1::Sentence sentence;
  for (auto [b, e] : {std::pair{0, 4}, std::pair{5, 11}, std::pair{41, 49}}) {
    auto* segment = sentence.add_segments();
    segment->set_begin(b);
    segment->set_end(e);
  }
  std::vector<std::string> words;
  for (const Token& token : Tokenize(text, sentence)) words.emplace_back(token.folded);
  EXPECT_EQ(words, (std::vector<std::string>{"the", "former", "premier"}));
}

// Whether every word of a list views the list's own bytes.
bool ViewsItsOwnBytes(const TokenList& tokens) {
  const char* const first = tokens.bytes().data();
  const char* const last = first + tokens.bytes().size();
  for (const Token& token : tokens) {
    for (const std::string_view view : {token.folded, token.transliterated}) {
      if (!view.empty() && (view.data() < first || view.data() + view.size() > last)) return false;
    }
  }
  return true;
}

// The words of a list, copied out of it.
std::vector<std::string> WordsOf(const TokenList& tokens) {
  std::vector<std::string> words;
  for (const Token& token : tokens) {
    words.emplace_back(token.folded);
    if (!token.transliterated.empty()) words.back() += "/" + std::string(token.transliterated);
  }
  return words;
}

// A TokenList holds the bytes its tokens view: a copy views its own, a moved
// list's views stay good, and a list reused for another text views that one.
TEST(TextTokensTest, AListsTokensViewBytesItHoldsWhereverItGoes) {
  const std::vector<std::string> expected = {
      "herr", "schroder/schroeder", "chancellor", "of", "germany", ",", "long"};
  auto made = std::make_unique<TokenList>(
      TokenizePhrase("Herr Schröder's Chancellor-of-Germany, long before the rest of this phrase"));
  ASSERT_GE(made->size(), expected.size());
  const TokenList copy = *made;
  TokenList assigned;
  assigned = *made;
  TokenList moved = std::move(*made);
  made.reset();  // The first list's bytes are gone.
  for (const TokenList* list : std::initializer_list<const TokenList*>{&copy, &assigned, &moved}) {
    EXPECT_TRUE(ViewsItsOwnBytes(*list));
    const std::vector<std::string> words = WordsOf(*list);
    EXPECT_EQ(std::vector<std::string>(words.begin(), words.begin() + expected.size()), expected);
  }
  moved = TokenizePhrase("Prime Minister");
  EXPECT_EQ(WordsOf(moved), (std::vector<std::string>{"prime", "minister"}));
  EXPECT_EQ(WordsOf(copy).front(), "herr");
}

// Every token as a line: its bytes, kind and flag bits, folded form.
class LinesSink {
 public:
  bool LastEndsAt(std::size_t pos) const { return !ends_.empty() && ends_.back() == pos; }
  void MarkLastHyphenAfter() { lines_.back() += " hyphen-after"; }
  void AddPunct(std::uint32_t begin, std::uint32_t end, std::string_view folded) {
    Add(begin, end, "punct " + std::string(folded));
  }
  void AddWord(const internal::WordSeen& seen) {
    std::string folded;
    internal::AppendFolded(seen, &folded);
    Add(seen.begin, seen.end,
        "word " + std::to_string(seen.flags) + " " + folded + (seen.plain ? " plain" : "") +
            (seen.ascii ? " ascii" : ""));
  }
  const std::vector<std::string>& lines() const { return lines_; }

 private:
  void Add(std::uint32_t begin, std::uint32_t end, std::string line) {
    lines_.push_back(std::to_string(begin) + "-" + std::to_string(end) + " " + line);
    ends_.push_back(end);
  }
  std::vector<std::string> lines_;
  std::vector<std::size_t> ends_;
};

template <bool kPlainPaths>
std::vector<std::string> TokenLines(std::string_view text, std::size_t end) {
  LinesSink sink;
  internal::SegmentTokenizer<LinesSink, kPlainPaths>(text, end, &sink).Run(0);
  return sink.lines();
}

TEST(TextTokensTest, PlainWordsShortPathsCutAsTheGeneralReading) {
  // Texts of pieces around the short paths' edges: periods after one
  // letter or more and after digits, apostrophes with and without an s,
  // before word characters or not, at the segment's end or not.
  const std::vector<std::string> pieces = {
      "said", "U",     "S",   "Inc", "1987", "7",        "W",
      ".",    ".",     "'",   "'",   "s",    "S",        "t",
      " ",    " ",     ",",   "-",   "`",    "\xC3\xA9", "\xE2\x80\x99",
      "O",    "Neill", "IBM", "a"};
  std::uint64_t state = 20261207;
  const auto next = [&state](std::size_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>((state >> 33) % n);
  };
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t count = 1 + next(8);
    for (std::size_t k = 0; k < count; ++k) text += pieces[next(pieces.size())];
    // The segment ends at the text's end, or before it (the text goes on).
    const std::size_t end = next(3) == 0 && !text.empty() ? text.size() - 1 : text.size();
    ASSERT_EQ(TokenLines<true>(text, end), TokenLines<false>(text, end)) << "'" << text << "'";
  }
}

}  // namespace
}  // namespace factcheck::text
