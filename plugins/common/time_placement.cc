#include "common/time_placement.h"

namespace factcheck::kit {
namespace {

using Time = v1::TimeExpression;

// `depth` bounds how many anchors back the phrase follows: one is enough
// for an editor to find the date a count starts from.
std::string Describe(const v1::Document& document, const Time& time, int depth) {
  const std::string open =
      time.year_inferred() ? "the year is not written" : "the text does not say which one";
  switch (time.resolution()) {
    case Time::RESOLUTION_TENSE:
      return open + "; chosen by the " + (time.tense() == Time::TENSE_FUTURE ? "future" : "past") +
             " tense of its clause";
    case Time::RESOLUTION_ANCHOR: {
      const auto index = static_cast<int>(time.anchor()) - 1;
      if (index < 0 || index >= document.time_expressions_size())
        return "counted from an earlier date";
      const Time& from = document.time_expressions(index);
      std::string phrase = "counted from '" + from.text() + "'";
      if (depth > 0 && IsPlaced(from)) phrase += " (" + Describe(document, from, depth - 1) + ")";
      return phrase;
    }
    default:  // The nearest, the coming or the article's own.
      return open + "; taken from the article's date";
  }
}

}  // namespace

bool IsPlaced(const v1::TimeExpression& time) {
  return time.year_inferred() || time.resolution() == Time::RESOLUTION_NEAREST ||
         time.resolution() == Time::RESOLUTION_TENSE ||
         time.resolution() == Time::RESOLUTION_ANCHOR;
}

std::string HowPlaced(const v1::Document& document, const v1::TimeExpression& time) {
  return IsPlaced(time) ? Describe(document, time, 1) : std::string();
}

}  // namespace factcheck::kit
