// The dates checker: weekday/date mismatches, impossible dates, past-tense
// sentences dated after the article, relative dates in undated articles,
// named events' dates and people's ages.
#include <memory>

#include "dates/check_dates.h"
#include "factcheck/error.h"
#include "factcheck/plugin.h"
#include "reference/events.h"
#include "reference/office_holders.h"
#include "reference/reference_set.h"

namespace factcheck::dates {
namespace {

grpc::Status Invalid(const std::string& message) {
  return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, message);
}

class DatesPlugin final : public Plugin {
 public:
  grpc::Status Describe(v1::DescribeResponse* response) override {
    response->set_name("dates");
    response->set_version("1.0.0");
    auto add_rule = [&](const char* id, const char* summary) {
      auto* rule = response->add_rules();
      rule->set_id(id);
      rule->set_summary(summary);
    };
    add_rule(kWeekdayRule, "Checks that a weekday written next to a date is that date's weekday.");
    add_rule(kImpossibleRule, "Flags dates the calendar does not have, such as February 30.");
    add_rule(kFutureInPastRule,
             "Flags past-tense sentences that date an event after the article's own date.");
    add_rule(kUndatedRule,
             "Flags relative dates (yesterday, last week) in an article that has no date.");
    add_rule(kEventDateRule,
             "Checks the year or age given for a named event against the events reference.");
    add_rule(kAgeRule, "Checks a person's stated age against their birth date in the reference.");
    auto* option = response->add_options();
    option->set_name("reference");
    option->set_type("list of paths");
    option->set_summary(
        "reference::Events files, and office-holder files for people's birth dates (YAML), "
        "relative to "
        "the configuration.");
    return grpc::Status::OK;
  }

  grpc::Status Configure(const v1::ConfigureRequest& request) override {
    auto events = std::make_shared<reference::Events>();
    auto people = std::make_shared<reference::OfficeHolders>();
    const std::string error = reference::LoadReferenceFiles(
        request.options(), "dates", request.config_dir(), events.get(), people.get());
    if (!error.empty()) return Invalid(error);
    events_ = std::move(events);
    people_ = std::move(people);
    return grpc::Status::OK;
  }

  grpc::Status Check(const v1::CheckRequest& request, v1::CheckResponse* response) const override {
    if (!events_) {
      return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, "Configure was not called");
    }
    if (!CheckDates(*events_, *people_, request.document(), response)) {
      return Invalid("as_of '" + request.document().as_of() + "' is not YYYY-MM-DD");
    }
    return grpc::Status::OK;
  }

 private:
  std::shared_ptr<const reference::Events> events_;
  std::shared_ptr<const reference::OfficeHolders> people_;
};

}  // namespace
}  // namespace factcheck::dates

FACTCHECK_PLUGIN(factcheck::dates::DatesPlugin);
