#include "document/time_lexicon.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "common/ascii_runs.h"
#include "common/word_hash.h"
#include "document/time_holidays.h"
#include "document/time_tagger.h"

namespace factcheck::tagger {
namespace {

// A word's facts for its tokens, and what the lexicon alone answers.
struct WordInfo : WordFacts {
  bool marks_time = false;  // Tells a sentence may hold a date (IsTimeWord).
};

// The table of the words the tagger knows, built once. A word is in one of
// two slots its key hashes to (cuckoo hashing), so that
// the lexer's lookup reads both and picks without a branch on the text
// (FactsOf); a word that shares its key with another (a long word: the key
// is the length and the first seven bytes) waits in a short list of its own.
class Lexicon {
 public:
  static const Lexicon& Get() {
    static const Lexicon lexicon;
    return lexicon;
  }
  // What a lower-case word means, or null; `key` is its WordKey.
  const WordInfo* Find(std::string_view lower, std::uint64_t key) const {
    if (lower.empty()) return nullptr;  // Key 0 marks a free slot.
    const std::uint64_t h = Hash(key);
    const std::size_t first = First(h), second = Second(h);
    if (keys_[first] != key && keys_[second] != key) return nullptr;
    return InSlotOrShared(lower, slots_[keys_[second] == key ? second : first]);
  }
  const WordInfo* Find(std::string_view lower) const { return Find(lower, WordKey(lower)); }
  // The facts of a lower-case word the lexer read, or a word's defaults
  // when the lexicon has none: Find's, without a branch on whether the word
  // is there, as unpredictable as the text (an open-addressing probe's
  // branches were a sixth of the lexer's mispredictions in cachegrind's
  // model). A long word whose key is there is told apart by its text.
  const WordFacts& FactsOf(std::string_view lower, std::uint64_t key) const {
    static const WordFacts kNone;
    const std::uint64_t h = Hash(key);
    const std::size_t first = First(h), second = Second(h);
    const bool in_first = keys_[first] == key, in_second = keys_[second] == key;
    const Slot& slot = slots_[in_second ? second : first];
    if ((in_first | in_second) & (lower.size() > 7)) [[unlikely]] {
      const WordInfo* info = InSlotOrShared(lower, slot);
      return info != nullptr ? *info : kNone;
    }
    return *(in_first | in_second ? static_cast<const WordFacts*>(&slot.info) : &kNone);
  }
  const text::HashFilter& time_words() const { return time_words_; }
  const std::vector<std::string>& time_word_list() const { return time_word_list_; }

 private:
  struct Slot {
    std::string word;
    WordInfo info;
  };
  // The key mixed: its low bits choose a word's first slot, its high bits
  // its second. Words longer than seven bytes with the same length and
  // first seven bytes share a key and are told apart by their text: few of
  // the lexicon's words do, where hashing the rest of every long word of a
  // text cost 0.5% of a run.
  static std::uint64_t Hash(std::uint64_t key) {
    std::uint64_t h = key;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    return h ^ (h >> 33);
  }
  // The word whose key `slot` holds: the slot's, if it is that word (a key
  // of seven bytes or fewer is its word), else one that shares the key.
  const WordInfo* InSlotOrShared(std::string_view lower, const Slot& slot) const {
    if (lower.size() <= 7 || slot.word == lower) return &slot.info;
    for (const Slot& shared : shared_key_) {
      if (shared.word == lower) return &shared.info;
    }
    return nullptr;
  }
  std::size_t First(std::uint64_t hash) const { return hash & mask_; }
  std::size_t Second(std::uint64_t hash) const { return (hash >> 32) & mask_; }
  // Fills the slots from words_ in `size` of them; false if a word found no
  // slot.
  bool Place(std::size_t size);

  Lexicon();
  void AddCalendarWords();
  void AddNumberWords();
  void AddVerbWords();
  void AddAmountUnits();
  void AddWordClasses();
  void MarkHolidayWords();

  // Filled while building, then copied into the slots (Place may run more
  // than once).
  std::unordered_map<std::string, WordInfo> words_;
  // The keys apart from the rest: a lookup reads two of them, 8 bytes each.
  std::vector<std::uint64_t> keys_;
  std::vector<Slot> slots_;
  std::vector<Slot> shared_key_;  // Words whose key a slot holds for another.
  std::size_t mask_ = 0;
  text::HashFilter time_words_;  // The WordHash of the words that mark time (IsTimeWord).
  std::vector<std::string> time_word_list_;  // Those words, sorted (TimeWordList).
};

void Lexicon::AddCalendarWords() {
  static constexpr std::array<std::string_view, 12> kMonthNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 7> kDayNames = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int m = 0; m < 12; ++m) {
    words_[std::string(kMonthNames[m])].month = static_cast<std::int8_t>(m + 1);
    auto& abbr = words_[std::string(kMonthNames[m].substr(0, 3))];
    if (!abbr.month) abbr.month_abbr = static_cast<std::int8_t>(m + 1);
  }
  words_["sept"].month_abbr = 9;
  for (int d = 0; d < 7; ++d) {
    words_[std::string(kDayNames[d])].weekday = static_cast<std::int8_t>(d + 1);
    words_[std::string(kDayNames[d].substr(0, 3))].weekday_abbr = static_cast<std::int8_t>(d + 1);
    // A plural starts nothing, but marks time: the grammar reads it after a
    // count ("2 Fridays ago"), a holiday's name may hold it ("Good Fridays").
    words_[std::string(kDayNames[d]) + "s"].marks_time = true;
  }
  // The same for the eve of the eves' names ("New Years Eve").
  words_["eve"].marks_time = words_["eves"].marks_time = true;
  for (auto [abbr, d] : {std::pair{"tues", 2}, {"thur", 4}, {"thurs", 4}}) {
    words_[abbr].weekday_abbr = static_cast<std::int8_t>(d);
  }
  for (auto [word, unit] : {std::pair{"day", Unit::kDay},
                            {"days", Unit::kDay},
                            {"week", Unit::kWeek},
                            {"weeks", Unit::kWeek},
                            {"wk", Unit::kWeek},
                            {"wks", Unit::kWeek},
                            {"fortnight", Unit::kFortnight},
                            {"fortnights", Unit::kFortnight},
                            {"month", Unit::kMonth},
                            {"months", Unit::kMonth},
                            {"quarter", Unit::kQuarter},
                            {"quarters", Unit::kQuarter},
                            {"qtr", Unit::kQuarter},
                            {"qtrs", Unit::kQuarter},
                            {"year", Unit::kYear},
                            {"years", Unit::kYear},
                            {"yr", Unit::kYear},
                            {"yrs", Unit::kYear},
                            {"decade", Unit::kDecade},
                            {"decades", Unit::kDecade}}) {
    words_[word].unit = static_cast<std::int8_t>(unit);
  }
  // Numbered, so that the grammar finds a name's list without looking the
  // word up again (MatchHoliday).
  const std::vector<std::string>& holiday_words = HolidayFirstWords();
  for (std::size_t k = 0; k < holiday_words.size(); ++k) {
    words_[holiday_words[k]].holiday = static_cast<std::uint16_t>(k + 1);
  }
}

void Lexicon::AddNumberWords() {
  static constexpr std::array<std::string_view, 21> kNumbers = {
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (int n = 0; n < 21; ++n)
    words_[std::string(kNumbers[n])].number_word = static_cast<std::int8_t>(n);
  static constexpr std::array<std::string_view, 7> kTens = {"thirty",  "forty",  "fifty", "sixty",
                                                            "seventy", "eighty", "ninety"};
  for (int n = 0; n < 7; ++n)
    words_[std::string(kTens[n])].number_word = static_cast<std::int8_t>(30 + 10 * n);
  words_["a"].number_word = 1;
  words_["an"].number_word = 1;
  static constexpr std::array<std::string_view, 21> kOrdinals = {
      "",           "first",      "second",     "third",     "fourth",    "fifth",
      "sixth",      "seventh",    "eighth",     "ninth",     "tenth",     "eleventh",
      "twelfth",    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth", "twentieth"};
  for (int n = 1; n < 21; ++n)
    words_[std::string(kOrdinals[n])].ordinal_word = static_cast<std::int8_t>(n);
  words_["thirtieth"].ordinal_word = 30;
}

// The words that tell the tense of a clause (time_tense.cc reads them from
// each token): looked up with the rest, once per word.
void Lexicon::AddVerbWords() {
  auto add = [this](Verb verb, std::initializer_list<const char*> list) {
    for (const char* word : list) words_[word].verb = verb;
  };
  add(Verb::kWill, {"will", "shall", "ll", "wo"});
  add(Verb::kWould, {"would", "wouldn"});
  add(Verb::kModal, {"can", "could", "may", "might", "must", "should", "couldn", "shouldn"});
  add(Verb::kBePresent, {"is", "are", "am", "isn", "aren"});
  add(Verb::kBePast, {"was", "were", "wasn", "weren"});
  add(Verb::kBe, {"be", "been", "being"});
  add(Verb::kHave, {"has", "have", "hasn", "haven"});
  add(Verb::kHad, {"had", "hadn"});
  add(Verb::kDo, {"do", "does", "doesn", "don"});
  add(Verb::kDid, {"did", "didn"});
  add(Verb::kGoing, {"going"});
  add(Verb::kFutureCue,
      {"plan",     "plans",     "planning", "planned",   "intend",   "intends", "intended",
       "aim",      "aims",      "expect",   "expects",   "expected", "hope",    "hopes",
       "due",      "scheduled", "slated",   "poised",    "set",      "seeks",   "wants",
       "prepares", "preparing", "promises", "threatens", "vows",     "pledges"});
  add(Verb::kAdverb,
      {"not",   "also",     "already",    "just",       "still",    "never",  "now",
       "again", "formally", "officially", "reportedly", "probably", "likely", "finally",
       "only",  "first",    "then",       "t",          "jointly",  "briefly"});
  add(Verb::kDeterminer, {"the", "a",    "an",    "its",   "their", "his",  "her",  "our",  "your",
                          "my",  "this", "these", "those", "no",    "any",  "some", "each", "every",
                          "of",  "with", "newly", "so",    "most",  "more", "less", "well"});
  add(Verb::kBoundary,
      {"that",    "which", "who",    "whom",  "whose", "because", "although", "though",
       "whereas", "while", "unless", "if",    "when",  "where",   "but",      "whether",
       "since",   "after", "before", "until", "as",    "what"});
  // Irregular past forms and participles: unambiguous ones only ("set",
  // "cut", "put" are also present tense).
  add(Verb::kPast,
      {"said",       "told",       "met",     "took",     "went",      "came",       "made",
       "held",       "began",      "begun",   "won",      "lost",      "left",       "fell",
       "fallen",     "rose",       "risen",   "saw",      "seen",      "gave",       "given",
       "sold",       "bought",     "paid",    "spoke",    "spoken",    "wrote",      "written",
       "ran",        "became",     "broke",   "broken",   "brought",   "built",      "chose",
       "chosen",     "drove",      "driven",  "fought",   "found",     "flew",       "flown",
       "forgot",     "got",        "gotten",  "grew",     "grown",     "heard",      "kept",
       "knew",       "known",      "led",     "meant",    "sent",      "spent",      "stood",
       "struck",     "taught",     "thought", "threw",    "thrown",    "understood", "woke",
       "wore",       "sank",       "sunk",    "sought",   "shot",      "slept",      "stole",
       "stolen",     "swore",      "sworn",   "swept",    "lent",      "laid",       "felt",
       "fed",        "fled",       "hung",    "hid",      "hidden",    "dealt",      "dug",
       "drew",       "drawn",      "ate",     "eaten",    "froze",     "frozen",     "shook",
       "shaken",     "tore",       "torn",    "withdrew", "withdrawn", "overtook",   "overtaken",
       "undertook",  "undertaken", "upheld",  "withheld", "overcame",  "arose",      "arisen",
       "caught",     "done",       "gone",    "taken",    "shown",     "forgave",    "forgiven",
       "oversaw",    "overseen",   "rode",    "ridden",   "strode",    "swung",      "wept",
       "mistook",    "mistaken",   "rebuilt", "retook",   "foresaw",   "foretold",   "overthrew",
       "overthrown", "beaten",     "bitten",  "blown",    "proven",    "sang",       "sung",
       "rang",       "rung",       "drank",   "stuck",    "spun",      "slid",       "bound"});
}

// The units a number before which is an amount, never part of a time
// ("10 pct", "5 mln dlrs"; MarkAmounts). A fact of the word, so that the
// lexer's one lookup answers it; they start and mark nothing.
void Lexicon::AddAmountUnits() {
  for (const char* word : {"pct",     "percent", "mln",    "million", "billion", "bln",    "dlrs",
                           "dollars", "cts",     "cents",  "tonnes",  "tons",    "shares", "stg",
                           "yen",     "marks",   "francs", "barrels", "bushels", "lbs",    "kg"}) {
    words_[word].amount_unit = true;
  }
}

// What each word can begin: the classes its facts give, and those of the
// words the grammar names.
void Lexicon::AddWordClasses() {
  using namespace word_class;
  auto add = [this](std::uint16_t word_class, std::initializer_list<const char*> list) {
    for (const char* word : list) words_[word].begins |= word_class;
  };
  add(kOrdinal, {"ides"});
  add(kOffset,
      {"this", "current", "last", "past", "previous", "next", "coming", "upcoming", "following"});
  add(kPart, {"early", "late", "mid", "end", "beginning", "start", "middle", "rest", "eom", "bom",
              "eoy", "boy"});
  add(kSeason, {"spring", "summer", "autumn", "fall", "winter"});
  add(kRelative, {"today", "tonight", "yesterday", "tomorrow", "earlier", "later", "that", "same",
                  "closest", "preceding", "upcoming"});
  add(kOn, {"on"});
  add(kFrom, {"from", "between"});
  add(kIn, {"in"});
  add(kLetter, {"q", "h"});
  add(kEra, {"ad", "ce"});
  for (auto& [word, info] : words_) {
    if (info.ordinal_word) info.begins |= kOrdinal;
    if (info.number_word >= 0) info.begins |= kCount;
    if (info.month || info.month_abbr) info.begins |= kMonth;
    if (info.weekday || info.weekday_abbr) info.begins |= kWeekday;
    if (info.holiday) info.begins |= kHoliday;
    if (info.unit) info.begins |= kUnitWord;
  }
}

// A holiday's first word that is nothing else marks time (IsTimeWord) only
// when one of its names holds no other word that does, as written and with
// an "s" (the forms MatchHoliday reads): with each of them holding one
// ("Good Friday", "New Year"), a sentence with the holiday has that word
// too, and one with "good" or "new" alone holds no holiday.
void Lexicon::MarkHolidayWords() {
  const auto marks = [this](const std::string& word) {
    const auto found = words_.find(word);
    return found != words_.end() && found->second.marks_time;
  };
  const auto goes_on = [&](const HolidayName& name) {
    return std::any_of(name.words.begin() + 1, name.words.end(),
                       [&](const std::string& word) { return marks(word) && marks(word + "s"); });
  };
  // Judged first, marked after: a name is judged by the words that mark
  // time of themselves, whatever order the words come in.
  std::vector<WordInfo*> marked;
  for (auto& [word, info] : words_) {
    // A count is the other word timeish but not marking (the constructor).
    if (!info.timeish || info.marks_time || info.holiday == 0) continue;
    const std::vector<HolidayName>& names = HolidayNamesStartingWith(info.holiday - 1u);
    if (!std::all_of(names.begin(), names.end(), goes_on)) marked.push_back(&info);
  }
  for (WordInfo* info : marked) info->marks_time = true;
}

Lexicon::Lexicon() {
  AddCalendarWords();
  AddNumberWords();
  AddVerbWords();
  AddAmountUnits();
  for (const char* word :
       {"today",    "tonight",   "yesterday", "tomorrow",  "the",      "earlier", "later",
        "this",     "current",   "last",      "past",      "previous", "next",    "coming",
        "upcoming", "following", "from",      "between",   "in",       "on",      "early",
        "mid",      "late",      "end",       "beginning", "start",    "q",       "h",
        "summer",   "winter",    "spring",    "autumn",    "fall",     "that",    "same",
        "within",   "rest",      "all",       "eom",       "bom",      "eoy",     "boy",
        "around",   "about",     "second",    "ides",      "ad",       "ce"}) {
    words_[word].starts = true;
  }
  // The words no time expression goes without: a rule is only tried where
  // one of them is near (see TimeGrammar::Run).
  for (const char* word :
       {"today",  "tonight", "yesterday", "tomorrow", "summer", "winter", "spring",
        "autumn", "fall",    "eom",       "bom",      "eoy",    "boy",    "ides",
        "q",      "h",       "ad",        "ce",       "bc",     "bce",    "closest"}) {
    words_[word].timeish = true;
  }
  AddWordClasses();
  for (auto& [word, info] : words_) {
    const bool count = info.number_word >= 0 && word != "a" && word != "an";
    const bool marks = info.timeish || info.month || info.month_abbr || info.weekday ||
                       info.weekday_abbr || info.ordinal_word || info.unit;
    const bool timeish = marks || count;
    // A word marked above (a weekday's plural, "eve") marks time without
    // being timeish: the grammar's windows stay as they were. A count is
    // timeish but marks no time of itself: every expression that holds
    // one holds a unit, a weekday, a month, an ordinal, a season, a
    // holiday's name, an era or a number besides ("three weeks", "two
    // Fridays ago", "March twenty", "the thirty first").
    info.marks_time = info.marks_time || marks;
    info.timeish = timeish || (info.holiday && word != "the");
    info.starts = info.starts || info.month || info.month_abbr || info.weekday ||
                  info.weekday_abbr || info.number_word >= 0 || info.ordinal_word || info.holiday;
  }
  MarkHolidayWords();
  std::size_t size = 1;
  while (size < 2 * words_.size()) size <<= 1;
  // Two slots a word find room for every word of the table at the first
  // size; a larger table only spreads them further.
  while (!Place(size)) {
    size <<= 1;
    if (size > (std::size_t{1} << 20)) throw std::logic_error("the time lexicon found no room");
  }
  // Sixteen bits a word: most words of a text are no time word.
  time_words_.Reset(words_.size() * 4);
  for (const auto& [word, info] : words_) {
    if (!info.marks_time) continue;
    time_words_.Add(text::WordHash(word));
    time_word_list_.push_back(word);
  }
  std::sort(time_word_list_.begin(), time_word_list_.end());
  words_.clear();
}

bool Lexicon::Place(std::size_t size) {
  keys_.assign(size, 0);
  slots_.assign(size, Slot{});
  shared_key_.clear();
  mask_ = size - 1;
  for (const auto& [word, info] : words_) {
    std::uint64_t key = WordKey(word);
    const std::uint64_t hash = Hash(key);
    if (keys_[First(hash)] == key || keys_[Second(hash)] == key) {
      shared_key_.push_back({word, info});
      continue;
    }
    // Into its first slot or its second, whichever is free; else it takes
    // the first and the word there moves to its other slot, and so on.
    Slot slot{word, info};
    std::size_t at =
        keys_[First(hash)] != 0 && keys_[Second(hash)] == 0 ? Second(hash) : First(hash);
    for (int moves = 0; keys_[at] != 0; ++moves) {
      if (moves == 64) return false;
      std::swap(keys_[at], key);
      std::swap(slots_[at], slot);
      const std::uint64_t moved = Hash(key);
      at = at == First(moved) ? Second(moved) : First(moved);
    }
    keys_[at] = key;
    slots_[at] = std::move(slot);
  }
  return true;
}

using text::IsAsciiDigit;
using text::IsAsciiLetter;

// Multi-byte characters read as ASCII: U+2018/2019 quotes as "'", U+201C/201D
// as '"', U+2013 en dash as "-", U+2014 em dash as "|" (a clause break, not a
// range), U+00A0 no-break space as a space. 0 for the others.
char AsciiFor(std::string_view text, std::size_t i, std::size_t* length) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    *length = 2;
    return ' ';
  }
  if (c != 0xE2 || i + 2 >= text.size() || static_cast<unsigned char>(text[i + 1]) != 0x80) {
    return 0;
  }
  *length = 3;
  switch (static_cast<unsigned char>(text[i + 2])) {
    case 0x98:
    case 0x99:
      return '\'';
    case 0x9C:
    case 0x9D:
      return '"';
    case 0x93:
      return '-';
    case 0x94:
      return '|';
    default:
      return 0;
  }
}

// Fills in what the table says of a word token.
void LookUp(const Lexicon& lexicon, TimeToken* tok) {
  static_cast<WordFacts&>(*tok) = lexicon.FactsOf(tok->lower, tok->key);
}

// Reads the digits at `i`, and an ordinal suffix ("9th", "1st") after them.
std::size_t ReadNumber(std::string_view text, std::size_t i, std::size_t end, TimeToken* tok) {
  tok->kind = TimeToken::kNumber;
  while (i < end && IsAsciiDigit(static_cast<unsigned char>(text[i]))) ++i;
  tok->lower = std::string_view(text.data() + tok->begin, i - tok->begin);
  tok->value = -1;
  if (tok->lower.size() <= 6) {
    tok->value = 0;
    for (char c : tok->lower) tok->value = tok->value * 10 + (c - '0');
  }
  tok->key = WordKey(tok->lower);
  if (i + 1 < end) {
    const char a = static_cast<char>(text[i] | 0x20), b = static_cast<char>(text[i + 1] | 0x20);
    if (((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
         (a == 't' && b == 'h')) &&
        (i + 2 >= end || !IsAsciiLetter(static_cast<unsigned char>(text[i + 2])))) {
      tok->ordinal = true;
      i += 2;
    }
  }
  tok->starts = tok->timeish = true;
  return i;
}

// Where the lower-case forms of words and typographic marks go: the
// sentence's LexedSentence::lowered, sized before lexing for the bytes of
// its prose (no token's form is longer than the bytes it was read from)
// and kSlack more, so that a word's fixed-size block (24 bytes, of which
// its length is kept) is written whole.
class LoweredWriter {
 public:
  static constexpr std::size_t kSlack = 32;
  explicit LoweredWriter(char* at) : at_(at) {}
  // The next `n` bytes, to be written; they are the form's.
  std::string_view Take(std::size_t n, char** bytes) {
    *bytes = at_;
    at_ += n;
    return std::string_view(*bytes, n);
  }
  std::string_view Keep(const char* bytes, std::size_t n, std::size_t written) {
    std::memcpy(at_, bytes, written);
    const std::string_view kept(at_, n);
    at_ += n;
    return kept;
  }

 private:
  char* at_;
};

// Reads a word: its lower case, key and capitals in one pass.
std::size_t ReadWordAnyBytes(std::string_view text, std::size_t i, std::size_t end,
                             LoweredWriter* lowered, TimeToken* tok) {
  const std::size_t begin = i;
  std::size_t length = 0;
  bool upper = true;
  std::uint64_t key = 0;
  while (i < end) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 ? !IsAsciiLetter(c) : AsciiFor(text, i, &length) != 0) break;
    upper = upper && c <= 'Z';
    const char lower = c < 0x80 ? static_cast<char>(c | 0x20) : static_cast<char>(c);
    const std::size_t n = i - begin;
    if (n < 7)
      key |= static_cast<std::uint64_t>(static_cast<unsigned char>(lower)) << (8 * (n + 1));
    ++i;
  }
  const std::size_t n = i - begin;
  tok->upper = upper;
  char* bytes;
  tok->lower = lowered->Take(n, &bytes);
  for (std::size_t k = 0; k < n; ++k) {
    const auto c = static_cast<unsigned char>(text[begin + k]);
    bytes[k] = c < 0x80 ? static_cast<char>(c | 0x20) : static_cast<char>(c);
  }
  tok->key = key | (n < 255 ? n : 255);
  return i;
}

// The same for a word of ASCII letters, as most are: where it ends found
// sixteen bytes at a time (ascii_runs.h), then its bytes lowered eight at a
// time (a letter's case is its 0x20 bit) and its key read from them. Words
// with other bytes, or longer than 24 letters, take the loop above.
std::size_t ReadWord(std::string_view text, std::size_t i, std::size_t end, LoweredWriter* lowered,
                     TimeToken* tok) {
  tok->kind = TimeToken::kWord;
  tok->capitalized = text[i] >= 'A' && text[i] <= 'Z';
  const std::size_t begin = i;
  i = text::AsciiLetterRunEnd(text, i, end);
  const std::size_t n = i - begin;
  constexpr std::size_t kMost = 24;
  static_assert(kMost <= LoweredWriter::kSlack, "a word's block is written within the slack");
  if ((i < end && static_cast<unsigned char>(text[i]) >= 0x80) || n > kMost) {
    return ReadWordAnyBytes(text, begin, end, lowered, tok);
  }
  constexpr std::uint64_t kCaseBits = 0x2020202020202020ull;
  std::uint64_t words[kMost / 8] = {};
  // Read whole where the text goes on (a fixed-size copy is three loads; a
  // copy of n bytes would stall the loads after it), then cut to the word.
  if (begin + kMost <= text.size()) {
    std::memcpy(words, text.data() + begin, kMost);
  } else {
    std::memcpy(words, text.data() + begin, n);
  }
  std::uint64_t lower_case = 0;  // The case bits of the letters as written.
  // Each of the three blocks cut to the word's bytes (past them, bytes are
  // the buffer's slack, never read as the form's), without a branch on the
  // word's length or case: as unpredictable as the text, those branches
  // were a tenth of the lexer's mispredictions in cachegrind's model.
  for (std::size_t k = 0; k < kMost / 8; ++k) {
    const std::size_t in = n > 8 * k ? std::min<std::size_t>(n - 8 * k, 8) : 0;
    const std::uint64_t mask = in == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * in)) - 1;
    lower_case |= words[k] & kCaseBits & mask;
    words[k] = (words[k] | kCaseBits) & mask;
  }
  tok->upper = lower_case == 0;
  tok->lower = lowered->Keep(reinterpret_cast<const char*>(words), n, kMost);
  // WordKey: the length, then the first seven bytes, lowered (the first
  // block holds no byte past the word's).
  tok->key = (words[0] << 8) | n;
  return i;
}

// Numbers that are amounts, never part of a time: decimals and thousands
// ("2.5", "9,000", but not "10.31.1974") and numbers of a unit of measure
// ("10 pct", "5 mln dlrs"). Financial news is full of them: marking them
// spares the grammar from trying its rules around each. `timeish` are the
// places the lexer made timeish, its numbers among them.
void MarkAmounts(std::vector<TimeToken>& t, const std::vector<std::uint32_t>& timeish) {
  // The units are words of the lexicon (AddAmountUnits); "%" is a mark.
  static constexpr std::uint64_t kPercentSign = WordKey("%");
  for (const std::uint32_t k : timeish) {
    if (t[k].kind != TimeToken::kNumber) continue;
    const bool decimal = k + 2 < t.size() && !t[k + 1].space_before && !t[k + 2].space_before &&
                         (t[k + 1].lower == "." || t[k + 1].lower == ",") &&
                         t[k + 2].kind == TimeToken::kNumber;
    const bool dotted_date = decimal && k + 4 < t.size() && t[k + 3].lower == t[k + 1].lower &&
                             !t[k + 3].space_before && t[k + 4].kind == TimeToken::kNumber;
    if (decimal && !dotted_date) {
      t[k].timeish = t[k].starts = false;
      t[k + 2].timeish = t[k + 2].starts = false;
    }
    if (k + 1 < t.size() && (t[k + 1].amount_unit || t[k + 1].key == kPercentSign)) {
      t[k].timeish = t[k].starts = false;
    }
  }
}

}  // namespace

LexedSentence Lex(std::string_view text, const v1::Sentence& sentence) {
  LexedSentence lexed;
  LexInto(text, sentence, &lexed);
  return lexed;
}

void LexInto(std::string_view text, const v1::Sentence& sentence, LexedSentence* out) {
  const Lexicon& lexicon = Lexicon::Get();
  std::vector<TimeToken>& tokens = out->tokens;
  tokens.clear();
  out->timeish.clear();
  tokens.reserve((sentence.span().end() - sentence.span().begin()) / 5 + 4);
  std::size_t prose = 0;
  for (const auto& segment : sentence.segments()) {
    const std::size_t end = std::min<std::size_t>(segment.end(), text.size());
    if (segment.begin() < end) prose += end - segment.begin();
  }
  // Grown, never shrunk: the buffer is the document's, reused.
  if (out->lowered.size() < prose + LoweredWriter::kSlack) {
    out->lowered.resize(prose + LoweredWriter::kSlack);
  }
  LoweredWriter lowered(out->lowered.data());
  for (const auto& segment : sentence.segments()) {
    const std::size_t end = std::min<std::size_t>(segment.end(), text.size());
    bool space = true;
    for (std::size_t i = segment.begin(); i < end;) {
      const auto c = static_cast<unsigned char>(text[i]);
      std::size_t length = 1;
      const char ascii = c >= 0x80 ? AsciiFor(text, i, &length) : static_cast<char>(c);
      if (IsLexedSpace(ascii)) {
        space = true;
        i += length;
        continue;
      }
      // Built in place: no copy of the token and its word.
      TimeToken& tok = tokens.emplace_back();
      tok.begin = static_cast<std::uint32_t>(i);
      tok.space_before = space;
      space = false;
      if (IsAsciiDigit(c)) {
        out->timeish.push_back(static_cast<std::uint32_t>(tokens.size() - 1));
        i = ReadNumber(text, i, end, &tok);
      } else if (IsAsciiLetter(c) || (c >= 0x80 && !ascii)) {
        i = ReadWord(text, i, end, &lowered, &tok);
        LookUp(lexicon, &tok);
        if (tok.timeish) out->timeish.push_back(static_cast<std::uint32_t>(tokens.size() - 1));
      } else {
        tok.kind = TimeToken::kPunct;
        // An ASCII mark is its own form; a typographic one is read as one.
        tok.lower = c < 0x80 ? std::string_view(text.data() + i, 1)
                             : lowered.Keep(ascii ? &ascii : &text[i], 1, 1);
        tok.key = WordKey(tok.lower);
        tok.starts = tok.lower[0] == '\'';  // "'96"
        i += length;
      }
      tok.end = static_cast<std::uint32_t>(i);
      // The one space after most tokens, without a turn of the loop (nor a
      // branch on whether it is there).
      if (i < end) {
        const bool spaced = text[i] == ' ';
        space = spaced;
        i += spaced;
      }
    }
  }
  MarkAmounts(tokens, out->timeish);
}

int MonthOf(const TimeToken& tok, bool abbreviations) {
  return tok.month ? tok.month : (abbreviations ? tok.month_abbr : 0);
}

int WeekdayOf(const TimeToken& tok, bool abbreviations) {
  return tok.weekday ? tok.weekday : (abbreviations ? tok.weekday_abbr : 0);
}

int NumberWord(const TimeToken& tok) {
  if (tok.kind == TimeToken::kNumber && !tok.ordinal) return tok.value;
  return tok.number_word;
}

const text::HashFilter& TimeWordHashes() { return Lexicon::Get().time_words(); }

bool IsTimeWord(std::string_view lower) {
  const WordInfo* info = Lexicon::Get().Find(lower);
  return info != nullptr && info->marks_time;
}

int WeekdayNamed(std::string_view lower) {
  const WordInfo* info = Lexicon::Get().Find(lower);
  return info == nullptr ? 0 : info->weekday;
}

}  // namespace factcheck::tagger

namespace factcheck {

const std::vector<std::string>& TimeWordList() { return tagger::Lexicon::Get().time_word_list(); }

}  // namespace factcheck
