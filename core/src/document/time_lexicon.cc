#include "document/time_lexicon.h"

#include <array>
#include <string>
#include <unordered_map>

namespace factcheck::tagger {
namespace {

// What a lower-case word means to the tagger.
struct WordInfo {
  std::int8_t month = 0, month_abbr = 0, weekday = 0, weekday_abbr = 0;
  std::int8_t number_word = -1, ordinal_word = 0, unit = 0;
  bool starts = false;
};

// The table of the words the tagger knows, built once. For each first letter
// a-z it keeps a bit per length (< 32) of its words: most words of a text
// fail that test and are never hashed.
class Lexicon {
 public:
  static const Lexicon& Get() {
    static const Lexicon lexicon;
    return lexicon;
  }
  // What a lower-case word means, or null.
  const WordInfo* Find(const std::string& lower) const {
    if (lower.empty() || lower.size() >= 32 || lower[0] < 'a' || lower[0] > 'z' ||
        !(shapes_[lower[0] - 'a'] & (1u << lower.size()))) {
      return nullptr;
    }
    auto it = words_.find(lower);
    return it == words_.end() ? nullptr : &it->second;
  }

 private:
  Lexicon();

  std::unordered_map<std::string, WordInfo> words_;
  std::uint32_t shapes_[26] = {};
};

Lexicon::Lexicon() {
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
  }
  for (auto [abbr, d] : {std::pair{"tues", 2}, {"thur", 4}, {"thurs", 4}}) {
    words_[abbr].weekday_abbr = static_cast<std::int8_t>(d);
  }
  static constexpr std::array<std::string_view, 21> kNumbers = {
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (int n = 0; n < 21; ++n)
    words_[std::string(kNumbers[n])].number_word = static_cast<std::int8_t>(n);
  words_["thirty"].number_word = 30;
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
  for (auto [word, unit] : {std::pair{"day", 1},
                            {"days", 1},
                            {"week", 2},
                            {"weeks", 2},
                            {"fortnight", 3},
                            {"month", 4},
                            {"months", 4},
                            {"year", 5},
                            {"years", 5},
                            {"yr", 5},
                            {"yrs", 5},
                            {"decade", 6},
                            {"decades", 6}}) {
    words_[word].unit = static_cast<std::int8_t>(unit);
  }
  for (const char* word :
       {"today",    "tonight",   "yesterday", "tomorrow", "the",      "earlier", "later",
        "this",     "current",   "last",      "past",     "previous", "next",    "coming",
        "upcoming", "following", "from",      "between",  "in",       "on"}) {
    words_[word].starts = true;
  }
  for (auto& [word, info] : words_) {
    info.starts = info.starts || info.month || info.month_abbr || info.weekday ||
                  info.weekday_abbr || info.number_word >= 0 || info.ordinal_word;
    if (word.size() < 32) shapes_[word[0] - 'a'] |= 1u << word.size();
  }
}

bool IsLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::vector<TimeToken> Lex(std::string_view text, const v1::Sentence& sentence) {
  const Lexicon& lexicon = Lexicon::Get();
  std::vector<TimeToken> tokens;
  tokens.reserve((sentence.span().end() - sentence.span().begin()) / 5 + 4);
  for (const auto& segment : sentence.segments()) {
    const std::size_t end = std::min<std::size_t>(segment.end(), text.size());
    bool space = true;
    for (std::size_t i = segment.begin(); i < end;) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        space = true;
        ++i;
        continue;
      }
      TimeToken tok;
      tok.begin = static_cast<std::uint32_t>(i);
      tok.space_before = space;
      space = false;
      if (IsDigit(c)) {
        tok.kind = TimeToken::kNumber;
        while (i < end && IsDigit(static_cast<unsigned char>(text[i]))) ++i;
        tok.lower = std::string(text.substr(tok.begin, i - tok.begin));
        tok.value = tok.lower.size() <= 6 ? std::stoi(tok.lower) : -1;
        // "9th", "1st", "22nd", "3rd".
        if (i + 1 < end) {
          std::string suffix{static_cast<char>(text[i] | 0x20),
                             static_cast<char>(text[i + 1] | 0x20)};
          if ((suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") &&
              (i + 2 >= end || !IsLetter(static_cast<unsigned char>(text[i + 2])))) {
            tok.ordinal = true;
            i += 2;
          }
        }
      } else if (IsLetter(c) || c >= 0x80) {
        tok.kind = TimeToken::kWord;
        tok.capitalized = c >= 'A' && c <= 'Z';
        while (i < end && (IsLetter(static_cast<unsigned char>(text[i])) ||
                           static_cast<unsigned char>(text[i]) >= 0x80)) {
          tok.lower.push_back(static_cast<unsigned char>(text[i]) < 0x80
                                  ? static_cast<char>(text[i] | 0x20)
                                  : text[i]);
          ++i;
        }
      } else {
        tok.kind = TimeToken::kPunct;
        tok.lower = std::string(1, static_cast<char>(c));
        ++i;
      }
      tok.end = static_cast<std::uint32_t>(i);
      if (tok.kind == TimeToken::kWord) {
        if (const WordInfo* info = lexicon.Find(tok.lower)) {
          tok.month = info->month;
          tok.month_abbr = info->month_abbr;
          tok.weekday = info->weekday;
          tok.weekday_abbr = info->weekday_abbr;
          tok.number_word = info->number_word;
          tok.ordinal_word = info->ordinal_word;
          tok.unit = info->unit;
          tok.starts = info->starts;
        }
      } else if (tok.kind == TimeToken::kNumber) {
        tok.starts = true;
      }
      tokens.push_back(std::move(tok));
    }
  }
  return tokens;
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

int WeekdayNamed(std::string_view lower) {
  const WordInfo* info = Lexicon::Get().Find(std::string(lower));
  return info == nullptr ? 0 : info->weekday;
}

}  // namespace factcheck::tagger
