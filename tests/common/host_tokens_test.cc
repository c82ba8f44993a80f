// Tokens the host computes once (ANNOTATION_TOKENS): a checker reads from
// them exactly the tokens it would have made itself, with each word's hash,
// its word filters see the same words with or without the hashes, and
// arrays a host got wrong read as no tokens, never out of bounds.
#include "common/host_tokens.h"

#include <gtest/gtest.h>

#include "common/segment_tokenizer.h"
#include "common/word_hash.h"
#include "common/word_lists.h"
#include "common/word_set.h"

namespace factcheck::text {
namespace {

// A document of one sentence per line of `lines`, each one segment.
v1::Document DocumentOf(const std::vector<std::string>& lines) {
  v1::Document document;
  std::string text;
  for (const auto& line : lines) {
    auto* sentence = document.add_sentences();
    auto* segment = sentence->add_segments();
    segment->set_begin(static_cast<std::uint32_t>(text.size()));
    segment->set_end(static_cast<std::uint32_t>(text.size() + line.size()));
    *sentence->mutable_span() = *segment;
    text += line + "\n";
  }
  document.set_text(text);
  return document;
}

const std::vector<std::string> kLines = {
    "Former U.S. President George W. Bush's ex-aide spoke.",
    "Chancellor Gerhard Schröder met SAS chief Jan Carlzon on 3 March 2005.",
    "Valéry Giscard d'Estaing, 78, said: \"no\" \u2014 twice!",
    // Pasted text: a soft hyphen, typographic apostrophes (one ending a
    // word), an umlaut and an en dash between words, an abbreviation before
    // a hyphen, a letter that ends an ASCII word.
    "Tha\u00ADtcher\u2019s aide O\u2019Neill met M\u00FCller\u2013Franco, Reuters\u2019 "
    "U.S.-led caf\u00E9s\u00A0and ex\u2011PM 1987\u00B2.",
    "",
};

void ExpectSameTokens(const TokenList& a, const TokenList& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].kind, b[i].kind) << i;
    EXPECT_EQ(a[i].begin, b[i].begin) << i;
    EXPECT_EQ(a[i].end, b[i].end) << i;
    EXPECT_EQ(a[i].folded, b[i].folded) << i;
    EXPECT_EQ(a[i].transliterated, b[i].transliterated) << i;
    EXPECT_EQ(a[i].capitalized, b[i].capitalized) << i;
    EXPECT_EQ(a[i].acronym, b[i].acronym) << i;
    EXPECT_EQ(a[i].possessive, b[i].possessive) << i;
    EXPECT_EQ(a[i].hyphen_after, b[i].hyphen_after) << i;
    EXPECT_EQ(a[i].initial, b[i].initial) << i;
  }
}

TEST(HostTokensTest, ACheckerReadsTheTokensItWouldHaveMade) {
  // The same with a document whose words have no transliteration, whose
  // tokens are read without one.
  const std::vector<std::string> ascii = {kLines[0], "SAS chief Jan Carlzon's ex-aide", ""};
  for (const auto* lines_of : {&kLines, &ascii}) {
    const std::vector<std::string>& lines = *lines_of;
    v1::Document with_tokens = DocumentOf(lines);
    const v1::Document without = with_tokens;
    AddDocumentTokens(&with_tokens);
    ASSERT_TRUE(with_tokens.has_tokens());
    EXPECT_FALSE(without.has_tokens());
    EXPECT_EQ(with_tokens.tokens().transliterated().empty(), lines_of == &ascii);
    for (int s = 0; s < with_tokens.sentences_size(); ++s) {
      SCOPED_TRACE(lines[s]);
      const auto own = Tokenize(without.text(), without.sentences(s));
      ExpectSameTokens(SentenceTokens(with_tokens, s), own);
      ExpectSameTokens(SentenceTokens(without, s), own);  // No annotation: tokenized here.
    }
  }
  v1::Document with_tokens = DocumentOf(kLines);
  AddDocumentTokens(&with_tokens);
  // The flags survive the trip: "W." an initial, "Bush's" possessive, "ex-"
  // a hyphen before, "SAS" an acronym, Schröder transliterated.
  const auto first = SentenceTokens(with_tokens, 0);
  EXPECT_TRUE(std::any_of(first.begin(), first.end(), [](const Token& t) { return t.initial; }));
  EXPECT_TRUE(std::any_of(first.begin(), first.end(), [](const Token& t) { return t.possessive; }));
  const auto second = SentenceTokens(with_tokens, 1);
  EXPECT_TRUE(std::any_of(second.begin(), second.end(), [](const Token& t) { return t.acronym; }));
  EXPECT_TRUE(std::any_of(second.begin(), second.end(),
                          [](const Token& t) { return t.transliterated == "schroeder"; }));
}

// A word whose folded form is longer than its written bytes ("և", two
// bytes, folds to "եւ", four) takes room its span does not give: a
// document of such words, then plain ones to the end, keeps every form whole.
TEST(HostTokensTest, FormsLongerThanTheirWordsAreKeptWhole) {
  std::string expanding;
  for (int k = 0; k < 300; ++k) expanding += "\u0587\u0587\u0587 ";
  std::string plain;
  for (int k = 0; k < 300; ++k) plain += "Abcdefghijklmnopqrstu ";
  ASSERT_EQ(Fold("\u0587"), "\u0565\u0582");
  const std::vector<std::string> lines = {expanding, plain, expanding + plain, ""};
  v1::Document with_tokens = DocumentOf(lines);
  const v1::Document without = with_tokens;
  AddDocumentTokens(&with_tokens);
  EXPECT_GT(with_tokens.tokens().folded().size(), without.text().size());
  for (int s = 0; s < with_tokens.sentences_size(); ++s) {
    SCOPED_TRACE(s);
    ExpectSameTokens(SentenceTokens(with_tokens, s),
                     Tokenize(without.text(), without.sentences(s)));
  }
}

// Sentences a caller hands over out of order, or covering the same text
// again, are tokenized each as its own: the forms' room is made again at
// each segment.
TEST(HostTokensTest, SentencesThatCoverTheSameTextAgainAreEachTokenized) {
  std::string plain;
  for (int k = 0; k < 200; ++k) plain += "Abcdefghijklmnopqrstu ";
  v1::Document with_tokens = DocumentOf({plain, plain});
  for (int again = 0; again < 3; ++again) {
    auto* sentence = with_tokens.add_sentences();
    auto* segment = sentence->add_segments();
    segment->set_begin(0);
    segment->set_end(static_cast<std::uint32_t>(with_tokens.text().size()));
    *sentence->mutable_span() = *segment;
  }
  const v1::Document without = with_tokens;
  AddDocumentTokens(&with_tokens);
  for (int s = 0; s < with_tokens.sentences_size(); ++s) {
    SCOPED_TRACE(s);
    ExpectSameTokens(SentenceTokens(with_tokens, s),
                     Tokenize(without.text(), without.sentences(s)));
  }
}

// A token's kind and each of its five flags come from the host's bits, set
// at once (internal::SetKindAndFlags): every combination sets each field
// to its own bit, whatever the token held before.
TEST(HostTokensTest, EachFlagBitSetsItsOwnField) {
  for (std::uint32_t flags = 0; flags < 128; ++flags) {
    for (const bool before : {false, true}) {
      Token token{};
      token.capitalized = token.acronym = token.possessive = token.hyphen_after = token.initial =
          before;
      token.folded = "kept";
      internal::SetKindAndFlags(flags, &token);
      const auto kind = flags & kTokenKindMask;
      EXPECT_EQ(token.kind, kind == 1   ? Token::Kind::kNumber
                            : kind == 2 ? Token::Kind::kPunct
                                        : Token::Kind::kWord)
          << flags;
      EXPECT_EQ(token.capitalized, (flags & kTokenCapitalized) != 0) << flags;
      EXPECT_EQ(token.acronym, (flags & kTokenAcronym) != 0) << flags;
      EXPECT_EQ(token.possessive, (flags & kTokenPossessive) != 0) << flags;
      EXPECT_EQ(token.hyphen_after, (flags & kTokenHyphenAfter) != 0) << flags;
      EXPECT_EQ(token.initial, (flags & kTokenInitial) != 0) << flags;
      EXPECT_EQ(token.folded, "kept");
    }
  }
}

TEST(HostTokensTest, EveryTokenComesWithTheHashOfItsFoldedForm) {
  v1::Document document = DocumentOf(kLines);
  AddDocumentTokens(&document);
  const v1::Tokens& tokens = document.tokens();
  ASSERT_EQ(tokens.hashes_size(), tokens.begin_size());
  for (int s = 0; s < document.sentences_size(); ++s) {
    const auto view = SentenceTokenView::Of(document, s);
    ASSERT_TRUE(view && view->hashed());
    for (std::size_t i = 0; i < view->size(); ++i) {
      EXPECT_EQ(view->hash(i), WordHash(view->folded(i))) << view->folded(i);
    }
    // A checker's tokens carry them, so that numbering a word hashes nothing.
    for (const Token& token : SentenceTokens(document, s)) {
      EXPECT_EQ(token.hash, WordHash(token.folded)) << token.folded;
    }
  }
}

TEST(HostTokensTest, ArraysGrowTogetherPastWhatWasReserved) {
  // A token a byte ("a,a,a,..."): five times what a text's size reserves.
  std::vector<std::string> lines;
  for (int line = 0; line < 40; ++line) {
    std::string text;
    for (int i = 0; i < 100; ++i) text += "a,";
    lines.push_back(text);
  }
  v1::Document document = DocumentOf(lines);
  const v1::Document without = document;
  AddDocumentTokens(&document);
  const v1::Tokens& tokens = document.tokens();
  EXPECT_EQ(tokens.begin_size(), 40 * 200);
  for (const int size : {tokens.end_size(), tokens.flags_size(), tokens.folded_end_size(),
                         tokens.transliterated_end_size(), tokens.hashes_size()}) {
    EXPECT_EQ(size, tokens.begin_size());
  }
  for (int s = 0; s < document.sentences_size(); s += 13) {
    ExpectSameTokens(SentenceTokens(document, s), Tokenize(without.text(), without.sentences(s)));
  }
}

TEST(HostTokensTest, AHyphenOpeningASentenceJoinsNothingOfTheSentenceBefore) {
  // "ex" and "-minister" as two sentences with nothing between them: each
  // is tokenized on its own, in the host's arrays as in a checker's.
  v1::Document document;
  document.set_text("ex-minister");
  for (auto [begin, end] : {std::pair{0u, 2u}, std::pair{2u, 11u}}) {
    auto* sentence = document.add_sentences();
    sentence->mutable_span()->set_begin(begin);
    sentence->mutable_span()->set_end(end);
    *sentence->add_segments() = sentence->span();
  }
  const v1::Document without = document;
  AddDocumentTokens(&document);
  for (int s = 0; s < 2; ++s) {
    ExpectSameTokens(SentenceTokens(document, s), Tokenize(without.text(), without.sentences(s)));
  }
  const TokenList first = SentenceTokens(document, 0);
  EXPECT_FALSE(first.front().hyphen_after);
}

TEST(HostTokensTest, WordFiltersSeeTheSameWordsInTokensAsInText) {
  v1::Document with_tokens = DocumentOf(kLines);
  const v1::Document without = with_tokens;
  AddDocumentTokens(&with_tokens);
  // A host that sends no hashes (an older one), or fewer than tokens: the
  // filter hashes the words itself.
  v1::Document unhashed = with_tokens;
  unhashed.mutable_tokens()->clear_hashes();
  v1::Document short_hashes = with_tokens;
  short_hashes.mutable_tokens()->mutable_hashes()->RemoveLast();
  for (const char* word : {"president", "schroder", "twice", "chief", "carlzon", "bush"}) {
    WordSet words;
    words.Add(word);
    for (int s = 0; s < with_tokens.sentences_size(); ++s) {
      const bool in_text = words.AnyIn(without.text(), without.sentences(s));
      EXPECT_EQ(words.AnyIn(with_tokens, s), in_text) << word << " in sentence " << s;
      EXPECT_EQ(words.AnyIn(unhashed, s), in_text) << word << " in sentence " << s;
      EXPECT_EQ(words.AnyIn(short_hashes, s), in_text) << word << " in sentence " << s;
    }
  }
  // Over tokens a filter sees the words as the checker will match them:
  // "d'Estaing" is one word, not "d" and "Estaing" as in a scan of the text.
  WordSet particle;
  particle.Add("estaing");
  EXPECT_FALSE(particle.AnyIn(with_tokens, 2));
  particle.Add("destaing");
  EXPECT_TRUE(particle.AnyIn(with_tokens, 2));
}

TEST(HostTokensTest, TwoWordFiltersInOnePassAnswerAsEachAlone) {
  v1::Document with_tokens = DocumentOf(kLines);
  AddDocumentTokens(&with_tokens);
  v1::Document unhashed = with_tokens;
  unhashed.mutable_tokens()->clear_hashes();
  const std::vector<std::vector<std::string>> sets = {
      {}, {"president"}, {"schroder", "nowhere"}, {"twice", "bush"}, {"carlzon"}, {"nowhere"}};
  for (const auto& words_a : sets) {
    for (const auto& words_b : sets) {
      WordSet a, b;
      for (const auto& word : words_a) a.Add(word);
      for (const auto& word : words_b) b.Add(word);
      for (const v1::Document* document : {&with_tokens, &unhashed}) {
        for (int s = 0; s < document->sentences_size(); ++s) {
          EXPECT_EQ(WordSet::AnyOfEachIn(a, b, *document, s),
                    std::pair(a.AnyIn(*document, s), b.AnyIn(*document, s)))
              << "sentence " << s << " with " << words_a.size() << " and " << words_b.size()
              << " words";
        }
      }
    }
  }
}

// With a list of the host's own, a hint a sentence, kept by the host:
// whether a word of it is in that list, or a piece of a word the time
// lexer cuts at its marks, or a word of bytes over ASCII; the list's bit is
// never among those sent.
TEST(HostTokensTest, TheHostsOwnListGivesAHintASentence) {
  v1::Document document =
      DocumentOf({"Plain words, said the minister.", "Prices rose last year.",
                  "The U.S. economy grew.", "Herr M\u00FCller spoke.", "The company's results.", "",
                  "Mr. O'Year spoke.", "W. Bush met T.S. Eliot.", "Built in 14 a.d. there."});
  const SentenceWordLists lists({}, {"year", "ad"});
  ASSERT_NE(lists.host_bit(), 0u);
  std::vector<bool> hints = {true};  // Replaced, not appended to.
  AddDocumentTokens(&document, &lists, &hints);
  // "U.S." is read as "u" and "s", neither in the list, as are the pieces
  // of "W." and "T.S."; "O'Year" as "o" and "year"; "a.d." is folded to
  // "ad", an era the lexer reads from its pieces. The "s" of "company's" is
  // no word the host reads: its possessive is a flag of "company".
  const std::vector<bool> expected = {false, true, false, true, false, false, true, false, true};
  EXPECT_EQ(hints, expected);
  EXPECT_EQ(document.tokens().word_list_keys_size(), 0);
  EXPECT_EQ(document.tokens().sentence_word_lists_size(), 0);

  // With a list of a plugin's besides, its bits alone are sent.
  v1::WordList minister;
  minister.add_words("minister");
  const SentenceWordLists both({minister}, {"year", "ad"});
  AddDocumentTokens(&document, &both, &hints);
  EXPECT_EQ(hints, expected);
  ASSERT_EQ(document.tokens().sentence_word_lists_size(), 9);
  EXPECT_EQ(document.tokens().sentence_word_lists(0), 1u);
  EXPECT_EQ(document.tokens().sentence_word_lists(1), 0u);

  // Without a list of the host's own, no hints.
  const SentenceWordLists plugins_only({minister});
  AddDocumentTokens(&document, &plugins_only, &hints);
  EXPECT_TRUE(hints.empty());
}

TEST(HostTokensTest, ArraysAHostGotWrongReadAsNoTokens) {
  v1::Document document = DocumentOf(kLines);
  AddDocumentTokens(&document);
  v1::Document short_flags = document;
  short_flags.mutable_tokens()->mutable_flags()->RemoveLast();
  EXPECT_TRUE(SentenceTokens(short_flags, 2).empty());
  v1::Document past_end = document;
  past_end.mutable_sentences(1)->set_first_token(1u << 30);
  EXPECT_TRUE(SentenceTokens(past_end, 1).empty());
  EXPECT_FALSE(WordSet().AnyIn(past_end, 1));
  v1::Document bad_offsets = document;
  bad_offsets.mutable_tokens()->set_folded_end(0, 1u << 30);
  for (const Token& token : SentenceTokens(bad_offsets, 0)) EXPECT_LE(token.folded.size(), 64u);
}

}  // namespace
}  // namespace factcheck::text
