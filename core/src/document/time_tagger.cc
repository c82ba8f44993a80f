#include "document/time_tagger.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "base/iso_date.h"
#include "common/ascii_runs.h"
#include "document/time_grammar.h"
#include "document/time_lexicon.h"

namespace factcheck {
namespace {

using std::chrono::year_month_day;

v1::TimeExpression::Tense TenseField(tagger::Tense tense) {
  switch (tense) {
    case tagger::Tense::kPast:
      return v1::TimeExpression::TENSE_PAST;
    case tagger::Tense::kFuture:
      return v1::TimeExpression::TENSE_FUTURE;
    default:
      return v1::TimeExpression::TENSE_UNSPECIFIED;
  }
}

void Fill(std::string_view text, const std::vector<tagger::TimeToken>& tokens, std::size_t first,
          const tagger::Value& value, std::uint32_t sentence, v1::TimeExpression* e) {
  // A leading "on" ("on Tuesday") is not part of the expression.
  const std::size_t start =
      IsWord(tokens[first], "on") && first + 1 < value.next ? first + 1 : first;
  const std::uint32_t begin = tokens[start].begin;
  const std::uint32_t end = tokens[value.next - 1].end;
  e->mutable_span()->set_begin(begin);
  e->mutable_span()->set_end(end);
  e->set_text(std::string(text.substr(begin, end - begin)));
  e->set_grain(value.grain);
  if (!value.impossible && !value.ambiguous) {
    e->set_begin(FormatIsoDate(year_month_day{value.begin}));
    e->set_end(FormatIsoDate(year_month_day{value.end}));
  }
  e->set_relative(value.relative);
  e->set_range(value.range);
  e->set_sentence(sentence);
  e->set_stated_weekday(static_cast<std::uint32_t>(value.stated_weekday));
  e->set_year_inferred(value.year_inferred);
  e->set_impossible(value.impossible);
  e->set_ambiguous(value.ambiguous);
  e->set_resolution(value.ambiguous ? v1::TimeExpression::RESOLUTION_UNSPECIFIED
                                    : value.resolution);
  e->set_tense(TenseField(value.tense));
  if (value.holiday != nullptr) e->set_holiday(value.holiday);
  if (value.anchor >= 0) e->set_anchor(static_cast<std::uint32_t>(value.anchor) + 1);
}

// Tags one sentence's tokens, counting from `anchor`; returns the new one.
tagger::Anchor AddAll(std::string_view text, const tagger::LexedSentence& lexed,
                      year_month_day as_of, const TagOptions& options, const tagger::Anchor& anchor,
                      std::uint32_t sentence,
                      google::protobuf::RepeatedPtrField<v1::TimeExpression>* out) {
  tagger::TimeGrammar grammar(lexed, as_of, options, anchor, out->size());
  // Kept by the thread: a sentence's expressions allocate nothing once grown.
  thread_local std::vector<std::pair<std::size_t, tagger::Value>> found;
  grammar.Run(&found);
  for (const auto& [first, value] : found) {
    Fill(text, lexed.tokens, first, value, sentence, out->Add());
  }
  // A text of very many expressions in one sentence (TagText) lets go of them.
  if (found.capacity() > (1u << 12)) {
    std::vector<std::pair<std::size_t, tagger::Value>>().swap(found);
  }
  return grammar.anchor();
}

// Whether the word before `at` in `text` (a segment), past white space, is
// one SlashedDate reads a day and a month without a year after
// (NumericContext's cues: only "on" before dashes), or there is none in the
// segment (the sentence's start, where the numbers alone may be all of it,
// or a cut the lexer reads apart). A weekday's cue is a time word.
bool NumericCueBefore(std::string_view text, std::size_t at, bool dashes) {
  while (at > 0 && tagger::IsLexedSpace(text[at - 1])) --at;
  if (at == 0) return true;
  std::size_t from = at;
  while (from > 0 && text::IsAsciiLetter(static_cast<unsigned char>(text[from - 1]))) --from;
  if (from == at || at - from > tagger::kLongestNumericCue) return false;
  char lower[tagger::kLongestNumericCue];
  for (std::size_t i = from; i < at; ++i) lower[i - from] = static_cast<char>(text[i] | 0x20);
  return tagger::IsNumericCue(std::string_view(lower, at - from), dashes);
}

// For a number at [begin, end) of `text` (a segment) that the slash or
// dash at `separator` joins to another, whether Numeric may read a date
// from it (the rest of a date's rules need a time word). A number inside a
// run glued together ("7-1/2": the 1 and the 2) starts none; the run's
// first starts one of three numbers and one separator ("3/4/87"), never of
// two separators ("7-1/2", "9-3/8": Numeric lets go of a date glued to
// more numbers), of one or two digits; and of two numbers without a year
// only after a cue ("on 3/4", "from 2-15"). Spaced marks ("2 / 15"), and a
// run the segment ends in, are let through.
bool JoinedNumberMayBeDate(std::string_view text, std::size_t begin, std::size_t end,
                           std::size_t separator) {
  const auto digit_at = [&text](std::size_t i) {
    return i < text.size() && text::IsAsciiDigit(static_cast<unsigned char>(text[i]));
  };
  if (separator != end || !digit_at(separator + 1)) return true;
  if (begin >= 2 && tagger::IsDateSeparator(text[begin - 1]) && digit_at(begin - 2)) return false;
  if (end - begin > 2) return false;
  std::size_t second_end = separator + 1;
  while (digit_at(second_end)) ++second_end;
  if (second_end + 1 >= text.size()) return true;
  if (tagger::IsDateSeparator(text[second_end]) && digit_at(second_end + 1)) {
    return text[second_end] == text[separator];
  }
  return NumericCueBefore(text, begin, text[separator] == '-');
}

// Whether the number written from `begin` to `end` in `text` (a segment of
// a sentence, which the lexer reads apart from the rest) may be part of a
// time expression in a sentence without a time word: a year of four digits
// (kFirstYear to kLastYear, as YearAt reads one), or any four digits after
// a date's separator ("4.3.3974", which SlashedDate reads); a number glued
// to a letter or after an apostrophe ("Q4", "MAY9", "the 18th", "25years",
// "'86"); or one a slash or a dash joins to another ("3/4/87", "on 2 / 15",
// "12-25-87") where it may start a date (JoinedNumberMayBeDate: not the
// fractions of prices, "7-1/2", nor "3/8 pct" without a cue before it), a
// date's separators (DateSeparator) but the period, which joins a day and
// a month only before a year of four digits. A number the segment ends
// after, or whose separator it ends after, may go on in the next segment
// ("on 2 / *15*"). The rest ("32.9 mln dlrs", "1,200", "No. 3", "5000
// tonnes", "1245000") no rule reads as a time alone.
bool NumberMayBeTime(std::string_view text, std::size_t begin, std::size_t end) {
  const auto before = static_cast<unsigned char>(begin > 0 ? text[begin - 1] : ' ');
  if (end - begin == 4) {
    const int value = (text[begin] - '0') * 1000 + (text[begin + 1] - '0') * 100 +
                      (text[begin + 2] - '0') * 10 + (text[begin + 3] - '0');
    if ((value >= tagger::kFirstYear && value <= tagger::kLastYear) ||
        tagger::IsDateSeparator(static_cast<char>(before))) {
      return true;
    }
  }
  if (text::IsAsciiLetter(before) || before == '\'' || before == '`') return true;
  std::size_t k = end;
  if (k < text.size() && text::IsAsciiLetter(static_cast<unsigned char>(text[k]))) return true;
  while (k < text.size() && tagger::IsLexedSpace(text[k])) ++k;
  if (k == text.size()) return true;
  if (text[k] != '/' && text[k] != '-') return false;
  const std::size_t separator = k++;
  while (k < text.size() && tagger::IsLexedSpace(text[k])) ++k;
  if (k == text.size()) return true;
  if (!text::IsAsciiDigit(static_cast<unsigned char>(text[k]))) return false;
  return JoinedNumberMayBeDate(text, begin, end, separator);
}

// Whether a segment of a sentence without a time word may hold a time
// expression: a number NumberMayBeTime lets through, or a byte over 0x7F (a
// typographic mark the lexer reads as ASCII, a letter the host's word list
// does not cover).
bool SegmentMayHoldTime(std::string_view text) {
  for (std::size_t pos = text::DigitOrNonAsciiFrom(text, 0); pos < text.size();
       pos = text::DigitOrNonAsciiFrom(text, pos)) {
    if (static_cast<unsigned char>(text[pos]) >= 0x80) return true;
    std::size_t end = pos;
    while (end < text.size() && text::IsAsciiDigit(static_cast<unsigned char>(text[end]))) ++end;
    if (NumberMayBeTime(text, pos, end)) return true;
    pos = end;
  }
  return false;
}

// Whether sentence `s` may hold a time expression. Every expression has a
// number or a time word among its tokens (TimeGrammar::Run); without a time
// word, one of the numbers SegmentMayHoldTime looks for. So a sentence none
// of whose words is a time word, nor any piece the lexer cuts a word into
// at its marks ("U.S."), and whose numbers are amounts, holds none: its
// lexing and rules are skipped. The host answers the time words as it
// tokenizes (`time_word`, one a sentence: AddDocumentTokens' with
// TimeWordList for its own list); without its answer, true.
bool MayHoldTime(const v1::Document& document, int s, const std::vector<bool>* time_word) {
  if (time_word == nullptr || (*time_word)[static_cast<std::size_t>(s)]) return true;
  const std::string_view text = document.text();
  for (const auto& segment : document.sentences(s).segments()) {
    const std::size_t end = std::min<std::size_t>(segment.end(), text.size());
    if (segment.begin() < end &&
        SegmentMayHoldTime(text.substr(segment.begin(), end - segment.begin()))) {
      return true;
    }
  }
  return false;
}

}  // namespace

int GrainRank(v1::TimeExpression::Grain grain) {
  switch (grain) {
    case v1::TimeExpression::GRAIN_DAY:
      return 1;
    case v1::TimeExpression::GRAIN_WEEK:
      return 2;
    case v1::TimeExpression::GRAIN_MONTH:
      return 3;
    case v1::TimeExpression::GRAIN_QUARTER:
      return 4;
    case v1::TimeExpression::GRAIN_YEAR:
      return 5;
    default:
      return 6;
  }
}

std::optional<DateOrder> ParseDateOrder(std::string_view text) {
  if (text == "mdy") return DateOrder::kMonthDayYear;
  if (text == "dmy") return DateOrder::kDayMonthYear;
  if (text == "ymd") return DateOrder::kYearMonthDay;
  return std::nullopt;
}

DateOrder DateOrderOfLanguage(std::string_view tag) {
  std::string lower;
  for (char c : tag) lower.push_back(c == '_' ? '-' : static_cast<char>(std::tolower(c)));
  const std::string language = lower.substr(0, lower.find('-'));
  const std::string region =
      lower.find('-') == std::string::npos ? "" : lower.substr(lower.find('-') + 1);
  static constexpr std::array<std::string_view, 6> kYearFirst = {"zh", "ja", "ko",
                                                                 "hu", "lt", "mn"};
  if (std::find(kYearFirst.begin(), kYearFirst.end(), language) != kYearFirst.end()) {
    return DateOrder::kYearMonthDay;
  }
  if (language == "en") {
    if (region == "us" || region == "ph") return DateOrder::kMonthDayYear;
    if (region.empty() || region == "ca") return DateOrder::kUnset;
    return DateOrder::kDayMonthYear;
  }
  if (language.size() < 2 || language.size() > 3) return DateOrder::kUnset;
  return DateOrder::kDayMonthYear;
}

void TagTimeExpressions(v1::Document* document, const TagOptions& options,
                        const std::vector<bool>* time_word) {
  const auto as_of = ParseIsoDate(document->as_of());
  if (!as_of) return;
  document->clear_time_expressions();
  // Hints for another document's sentences, or none, are not read.
  if (time_word != nullptr &&
      time_word->size() != static_cast<std::size_t>(document->sentences_size())) {
    time_word = nullptr;
  }
  tagger::Anchor anchor;
  // Kept by the thread from document to document: no allocation once grown.
  // A very long sentence's are freed at the end, not held while the
  // document is checked.
  thread_local tagger::LexedSentence lexed;
  for (int s = 0; s < document->sentences_size(); ++s) {
    if (!MayHoldTime(*document, s, time_word)) continue;
    tagger::LexInto(document->text(), document->sentences(s), &lexed);
    anchor = AddAll(document->text(), lexed, *as_of, options, anchor, static_cast<std::uint32_t>(s),
                    document->mutable_time_expressions());
  }
  if (lexed.lowered.size() > (1u << 20) || lexed.tokens.capacity() > (1u << 16)) {
    lexed = tagger::LexedSentence();
  }
}

std::vector<v1::TimeExpression> TagText(std::string_view text, year_month_day as_of,
                                        const TagOptions& options) {
  v1::Sentence whole;
  auto* segment = whole.add_segments();
  segment->set_begin(0);
  segment->set_end(static_cast<std::uint32_t>(text.size()));
  google::protobuf::RepeatedPtrField<v1::TimeExpression> out;
  AddAll(text, tagger::Lex(text, whole), as_of, options, {}, 0, &out);
  return {out.begin(), out.end()};
}

}  // namespace factcheck
