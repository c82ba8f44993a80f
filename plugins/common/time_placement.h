// How the host's tagger placed a time expression that the text does not
// give whole ("March 9", "on Monday", "two days later"), in words for the
// messages of checkers, and whether a verdict may rest on it.
#ifndef FACTCHECK_PLUGINS_COMMON_TIME_PLACEMENT_H_
#define FACTCHECK_PLUGINS_COMMON_TIME_PLACEMENT_H_

#include <string>

#include "factcheck/v1/checker.pb.h"

namespace factcheck::kit {

// Whether the tagger chose what the text leaves open: the year of "March
// 9", which Monday, the date "two days later" counts from. A date written
// whole, or counted from the article's date ("two years ago"), is not.
bool IsPlaced(const v1::TimeExpression& time);

// How it was placed, for a message: "the year is not written; taken from
// the article's date", "the text does not say which one; chosen by the past
// tense of its clause", "counted from 'March 3, 2005'". Empty when it was
// not placed.
std::string HowPlaced(const v1::Document& document, const v1::TimeExpression& time);

}  // namespace factcheck::kit

#endif  // FACTCHECK_PLUGINS_COMMON_TIME_PLACEMENT_H_
