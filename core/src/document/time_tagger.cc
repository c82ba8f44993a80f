#include "document/time_tagger.h"

#include "base/iso_date.h"
#include "document/time_grammar.h"
#include "document/time_lexicon.h"

namespace factcheck {
namespace {

using std::chrono::year_month_day;

void AddAll(std::string_view text, const std::vector<tagger::TimeToken>& tokens, year_month_day as_of,
            std::uint32_t sentence, google::protobuf::RepeatedPtrField<v1::TimeExpression>* out) {
  for (const auto& [first, value] : tagger::TimeGrammar(tokens, as_of).Run()) {
    v1::TimeExpression* e = out->Add();
    // A leading "on" ("on Tuesday") is not part of the expression.
    const std::size_t start =
        tokens[first].lower == "on" && first + 1 < value.next ? first + 1 : first;
    const std::uint32_t begin = tokens[start].begin;
    const std::uint32_t end = tokens[value.next - 1].end;
    e->mutable_span()->set_begin(begin);
    e->mutable_span()->set_end(end);
    e->set_text(std::string(text.substr(begin, end - begin)));
    e->set_grain(value.grain);
    if (!value.impossible) {
      e->set_begin(FormatIsoDate(year_month_day{value.begin}));
      e->set_end(FormatIsoDate(year_month_day{value.end}));
    }
    e->set_relative(value.relative);
    e->set_range(value.range);
    e->set_sentence(sentence);
    e->set_stated_weekday(static_cast<std::uint32_t>(value.stated_weekday));
    e->set_year_inferred(value.year_inferred);
    e->set_impossible(value.impossible);
  }
}

}  // namespace

void TagTimeExpressions(v1::Document* document) {
  const auto as_of = ParseIsoDate(document->as_of());
  if (!as_of) return;
  document->clear_time_expressions();
  for (int s = 0; s < document->sentences_size(); ++s) {
    const auto tokens = tagger::Lex(document->text(), document->sentences(s));
    AddAll(document->text(), tokens, *as_of, static_cast<std::uint32_t>(s),
           document->mutable_time_expressions());
  }
}

std::vector<v1::TimeExpression> TagText(std::string_view text, year_month_day as_of) {
  v1::Sentence whole;
  auto* segment = whole.add_segments();
  segment->set_begin(0);
  segment->set_end(static_cast<std::uint32_t>(text.size()));
  google::protobuf::RepeatedPtrField<v1::TimeExpression> out;
  AddAll(text, tagger::Lex(text, whole), as_of, 0, &out);
  return {out.begin(), out.end()};
}

}  // namespace factcheck
