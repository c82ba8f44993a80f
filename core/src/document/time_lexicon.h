// The words of the time tagger: a sentence's prose cut into tokens, each
// looked up once in a table of month and weekday names, number and ordinal
// words, units, the first words of holiday names, and the words that may
// start a time expression.
#ifndef FACTCHECK_CORE_DOCUMENT_TIME_LEXICON_H_
#define FACTCHECK_CORE_DOCUMENT_TIME_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/word_hash.h"
#include "common/word_set.h"
#include "factcheck/v1/checker.pb.h"

namespace factcheck::tagger {

// Words are compared by their key (the checkers' WordKey): the length and
// first seven bytes in one number, and by the rest only when longer.
using text::WordKey;

// What a word says about the tense of its clause (see time_tense.h).
enum class Verb : std::uint8_t {
  kNone,
  kWill,        // will, shall
  kWould,       // would
  kModal,       // can, could, may, might, must, should
  kBePresent,   // is, are, am
  kBePast,      // was, were
  kBe,          // be, been, being
  kHave,        // has, have
  kHad,         // had
  kDo,          // do, does
  kDid,         // did
  kPast,        // an irregular past form or participle: said, met, taken
  kFutureCue,   // plans, due, scheduled, expected, ...: the future when present
  kGoing,       // going (to)
  kAdverb,      // not, also, already, ...: skipped inside a verb group
  kDeterminer,  // the, a, its, ...: an -ed word after one is an adjective
  kBoundary,    // that, which, who, because, ...: a clause starts here
};

// What a token can begin, for the grammar's choice of the rules worth
// trying at it (TimeGrammar::Longest); a word's bits are a fact of the
// lexicon, a number's are kNumber.
namespace word_class {
enum : std::uint16_t {
  kNumber = 1 << 0,
  kOrdinal = 1 << 1,  // "first", "ides"
  kCount = 1 << 2,    // "two", "a"
  kMonth = 1 << 3,
  kWeekday = 1 << 4,
  kOffset = 1 << 5,   // this, next, last, past, coming, following, ...
  kHoliday = 1 << 6,  // The first word of a holiday's name.
  kPart = 1 << 7,     // early, late, mid, end, beginning, start, rest, EOM, ...
  kSeason = 1 << 8,
  kRelative = 1 << 9,   // today, yesterday, later, that, same, closest, ...
  kUnitWord = 1 << 10,  // day, week, ...
  kOn = 1 << 11,
  kFrom = 1 << 12,  // from, between
  kIn = 1 << 13,
  kLetter = 1 << 14,  // "Q4", "H1"
  kEra = 1 << 15,     // "AD", "'96"
};
}  // namespace word_class

// What the word table says of a word, copied into each token in one go.
struct WordFacts {
  std::int8_t month = 0;         // 1..12 for a full month name.
  std::int8_t month_abbr = 0;    // 1..12 for "Jan", "Sept", ...
  std::int8_t weekday = 0;       // 1..7 for a full weekday name.
  std::int8_t weekday_abbr = 0;  // 1..7 for "Mon", "Tues", ...
  std::int8_t number_word = -1;  // "a", "one" .. "twenty", "thirty" .. "ninety".
  std::int8_t ordinal_word = 0;  // "first" .. "twentieth", "thirtieth".
  std::int8_t unit = 0;          // A Unit.
  std::uint16_t holiday = 0;     // May start a holiday's name: 1 + its HolidayFirstWords index.
  bool starts = false;           // May start a time expression.
  bool timeish = false;          // A number, or a word every expression has one of near its start.
  Verb verb = Verb::kNone;       // Its part in the tense of its clause.
  bool amount_unit = false;      // A unit of measure: a number before it is an amount.
  std::uint16_t begins = 0;      // The word_class bits of what it can begin.
};

struct TimeToken : WordFacts {
  enum Kind { kWord, kNumber, kPunct };
  Kind kind;
  std::uint32_t begin;
  std::uint32_t end;
  // Lower-case word, digits, or the punctuation character: the text's own
  // bytes for digits and an ASCII mark, else bytes of LexedSentence::lowered.
  std::string_view lower;
  std::uint64_t key = 0;  // WordKey(lower).
  bool capitalized = false;
  bool upper = false;        // All capitals: "EOM", "AD".
  bool ordinal = false;      // "9th".
  bool space_before = true;  // White space (or a gap in the prose) before it.
  int value = 0;             // Numbers.
};

// A lower-case word written in the code, its key computed when compiling.
struct Word {
  consteval Word(const char* text) : text(text), key(WordKey(text)) {}  // NOLINT: implicit.
  std::string_view text;
  std::uint64_t key;
};

// Whether the token is the word `word`.
inline bool IsWord(const TimeToken& tok, Word word) {
  return tok.key == word.key && tok.kind != TimeToken::kNumber &&
         (word.text.size() <= 7 || tok.lower == word.text);
}
// The same for a word known only when running.
inline bool IsText(const TimeToken& tok, std::string_view word) {
  return tok.key == WordKey(word) && tok.kind != TimeToken::kNumber &&
         (word.size() <= 7 || tok.lower == word);
}

// A sentence's tokens and the lower-case forms of its words and typographic
// marks (a curly quote read as "'"): written into one buffer sized before
// lexing, so that no token allocates. The tokens read the text as well:
// both must outlive them, and a copy's tokens still read the original's
// buffer, which lexing again overwrites.
struct LexedSentence {
  std::vector<TimeToken> tokens;
  std::vector<char> lowered;
  // Which tokens the lexer made timeish (its numbers and time words), in
  // order: every timeish token, and the numbers MarkAmounts took back.
  std::vector<std::uint32_t> timeish;
};

// The white space the lexer passes over between tokens (a no-break space
// and the typographic spaces are read as ' ' first, AsciiFor).
inline bool IsLexedSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Cuts the segments of `sentence` into tokens. Curly apostrophes are read as
// "'", en dashes as "-", and no-break spaces as spaces.
LexedSentence Lex(std::string_view text, const v1::Sentence& sentence);
// The same into `out`, whose capacity is reused from sentence to sentence.
void LexInto(std::string_view text, const v1::Sentence& sentence, LexedSentence* out);

// 1..12, or 0. Abbreviations ("Feb", "Sept") count only when `abbreviations`.
int MonthOf(const TimeToken& tok, bool abbreviations);
// 1 (Monday) .. 7, or 0.
int WeekdayOf(const TimeToken& tok, bool abbreviations);
// "first" .. "thirtieth": 1..30, or 0.
inline int OrdinalWord(const TimeToken& tok) { return tok.ordinal_word; }
// A count: digits or "a", "one" .. "twenty", "thirty"; -1 for anything else.
int NumberWord(const TimeToken& tok);
// The weekday a lower-case full name means ("friday" -> 5), or 0.
int WeekdayNamed(std::string_view lower);
// Whether a lower-case word tells that a sentence may hold a time
// expression: every sentence that holds one has one of these words or a
// number the tagger looks for without them (a year, a number glued to a
// letter, numbers a date's separator joins: time_tagger.cc). They are the
// words TimeToken::timeish marks before amounts are marked, but for counts
// ("three weeks" holds "weeks") and for the first word of holidays' names
// each of which holds another such word ("new" of "New Year", "good" of
// "Good Friday"): alone, neither starts anything.
bool IsTimeWord(std::string_view lower);
// A filter over those words' text::WordHash: "no" for nearly every other.
const text::HashFilter& TimeWordHashes();
// The words themselves: TimeWordList (time_tagger.h).

enum class Unit { kNone, kDay, kWeek, kFortnight, kMonth, kQuarter, kYear, kDecade };
inline Unit UnitOf(const TimeToken& tok) { return static_cast<Unit>(tok.unit); }

}  // namespace factcheck::tagger

#endif  // FACTCHECK_CORE_DOCUMENT_TIME_LEXICON_H_
