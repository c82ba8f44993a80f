// The dates checker: weekday/date mismatches, impossible dates, past-tense
// sentences dated after the article, relative dates in undated articles,
// named events' dates, people's ages and numeric dates that read either way round.
#include "common/checker.h"
#include "dates/check_dates.h"
#include "reference/reference_set.h"

namespace factcheck::dates {
namespace {

const kit::CheckerSpec kSpec{
    .name = "dates",
    .version = "1.0.0",
    .rules = {{kWeekdayRule,
               "Checks that a weekday written next to a date is that date's weekday."},
              {kImpossibleRule, "Flags dates the calendar does not have, such as February 30."},
              {kFutureInPastRule,
               "Flags past-tense sentences that date an event after the article's own date."},
              {kUndatedRule,
               "Flags relative dates (yesterday, last week) in an article that has no date."},
              {kEventDateRule,
               "Checks the year or age given for a named event against the events reference."},
              {kAgeRule, "Checks a person's stated age against their birth date in the reference."},
              {kAmbiguousOrderRule,
               "Flags numeric dates such as 3/4/2005 that read either way round while no "
               "date_order says which."}},
    .options = {{"reference", kit::OptionType::kPaths,
                 "Events files, and office-holder files for people's birth dates (YAML), "
                 "relative to the configuration."}},
};

class DatesPlugin final : public kit::Checker {
 public:
  DatesPlugin() : Checker(kSpec) {}

 private:
  void Load(const kit::Options& options) override {
    reference_ = reference::LoadReferenceSet(options.Paths("reference"));
  }
  bool CheckDocument(const v1::Document& document, v1::CheckResponse* response) const override {
    return CheckDates(*reference_.events, *reference_.office_holders, document, response);
  }
  std::vector<const text::WordSet*> SentenceFilters() const override {
    return DatesSentenceFilters(*reference_.events);
  }

  reference::ReferenceSet reference_;
};

}  // namespace
}  // namespace factcheck::dates

FACTCHECK_PLUGIN(factcheck::dates::DatesPlugin);
