// The dates checker: weekday/date mismatches, impossible dates, past-tense
// sentences dated after the article, relative dates in undated articles,
// named events' dates and people's ages.
#include <filesystem>
#include <fstream>
#include <memory>

#include "check_dates.h"
#include "events.h"
#include "factcheck/error.h"
#include "factcheck/plugin.h"
#include "reference.h"

namespace factcheck::dates {
namespace {

namespace fs = std::filesystem;

grpc::Status Invalid(const std::string& message) {
  return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, message);
}

// An events file has a top-level `events:` section; anything else is read as
// office-holder data (for `people`).
bool IsEventsFile(const fs::path& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("events:")) return true;
    if (line.starts_with("offices:") || line.starts_with("people:")) return false;
  }
  return false;
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
        "Events files, and office-holder files for people's birth dates (YAML), relative to "
        "the configuration.");
    return grpc::Status::OK;
  }

  grpc::Status Configure(const v1::ConfigureRequest& request) override {
    std::vector<std::string> paths;
    for (const auto& [key, value] : request.options().fields()) {
      if (key != "reference") {
        return Invalid("dates: unknown option '" + key + "' (expected: reference)");
      }
      if (value.has_string_value()) {
        paths.push_back(value.string_value());
      } else if (value.has_list_value()) {
        for (const auto& item : value.list_value().values()) {
          if (!item.has_string_value()) return Invalid("dates: option 'reference' must list paths");
          paths.push_back(item.string_value());
        }
      } else {
        return Invalid("dates: option 'reference' must be a path or a list of paths");
      }
    }
    auto events = std::make_shared<Events>();
    auto people = std::make_shared<office_holders::Reference>();
    try {
      for (const std::string& path : paths) {
        const fs::path full = fs::path(path).is_absolute() ? fs::path(path)
                                                           : fs::path(request.config_dir()) / path;
        std::error_code ec;
        const fs::path shown = fs::proximate(full, ec);
        const std::string shown_text = ec ? full.string() : shown.string();
        if (!fs::exists(full)) throw Error(shown_text + ": no such file");
        if (IsEventsFile(full)) {
          events->Load(full.string(), shown_text);
        } else {
          people->Load(full.string(), shown_text);
        }
      }
      events->Finish();
      people->Finish();
    } catch (const LocatedError& e) {
      return Invalid(e.Describe());
    } catch (const Error& e) {
      return Invalid(e.what());
    }
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
  std::shared_ptr<const Events> events_;
  std::shared_ptr<const office_holders::Reference> people_;
};

}  // namespace
}  // namespace factcheck::dates

FACTCHECK_PLUGIN(factcheck::dates::DatesPlugin);
