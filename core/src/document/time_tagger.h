// The host's temporal tagger: finds time expressions in checkable prose and
// resolves them against the document's as_of, once for every plugin.
// Calendar arithmetic uses std::chrono's calendar types.
#ifndef FACTCHECK_CORE_DOCUMENT_TIME_TAGGER_H_
#define FACTCHECK_CORE_DOCUMENT_TIME_TAGGER_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "factcheck/v1/checker.pb.h"

namespace factcheck {

// The order of day and month in numeric dates: 3/4/2005 is March 4 (mdy) or
// 3 April (dmy); ymd is 2005/3/4. Unset, a numeric date whose two first
// numbers could be either is marked ambiguous and left unresolved.
enum class DateOrder { kUnset, kMonthDayYear, kDayMonthYear, kYearMonthDay };

// "mdy", "dmy" or "ymd"; nullopt for anything else.
std::optional<DateOrder> ParseDateOrder(std::string_view text);
// The order a language tag implies: en-US mdy; en-GB, fr, de ... dmy; zh,
// ja, ko, hu ymd; kUnset for a bare "en" and for en-CA, which writes all three.
DateOrder DateOrderOfLanguage(std::string_view tag);

// How coarse a grain is, for comparing two: day 1, week 2, month 3, quarter
// 4, year 5; a decade or no grain 6.
int GrainRank(v1::TimeExpression::Grain grain);

struct TagOptions {
  DateOrder date_order = DateOrder::kUnset;
  // Whether the grammar passes over the places, and the rules at a place,
  // that cannot match, told by the token after them (TimeGrammar::RulesAt).
  // Only a test turns it off, to show that passing them over changes
  // nothing.
  bool skip_unmatchable = true;
};

// Tags the sentences of `document` (its text, sentences and as_of must be
// set) and fills document->time_expressions in text order. It skips the
// sentences the host's tokenizing showed hold none: `time_word`,
// AddDocumentTokens' answers for the same document with TimeWordList for
// the host's own list; without them it reads every sentence.
void TagTimeExpressions(v1::Document* document, const TagOptions& options = {},
                        const std::vector<bool>* time_word = nullptr);

// The words that mark time (a sentence holds a time expression only with a
// digit or one of them, as the tagger's lexer cuts its words), sorted: the
// host's own list among the plugins' word lists (text::SentenceWordLists),
// one of the answers TagTimeExpressions reads.
const std::vector<std::string>& TimeWordList();

// Tags one stretch of text as a single sentence, for tests and the
// conformance command.
std::vector<v1::TimeExpression> TagText(std::string_view text, std::chrono::year_month_day as_of,
                                        const TagOptions& options = {});

}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_TIME_TAGGER_H_
