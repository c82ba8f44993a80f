// The recency checker: "the first ... in a decade", "the largest ... since
// 2010", "unprecedented", spelled out and checked against the events
// reference where it can.
#include <memory>

#include "factcheck/plugin.h"
#include "recency/check_recency.h"
#include "reference/events.h"
#include "reference/office_holders.h"
#include "reference/reference_set.h"

namespace factcheck::recency {
namespace {

class RecencyPlugin final : public Plugin {
 public:
  grpc::Status Describe(v1::DescribeResponse* response) override {
    response->set_name("recency");
    response->set_version("1.0.0");
    auto add_rule = [&](const char* id, const char* summary) {
      auto* rule = response->add_rules();
      rule->set_id(id);
      rule->set_summary(summary);
    };
    add_rule(kFirstRule,
             "Spells out and checks \"the first ... in a decade / since 2010\" claims.");
    add_rule(kSuperlativeRule,
             "Spells out and checks \"the largest / highest-ranking ... since / in N years\" "
             "claims.");
    add_rule(kUnboundedRule,
             "Flags claims that something never happened before: unprecedented, the first ever, "
             "a record, the longest-serving.");
    auto* option = response->add_options();
    option->set_name("reference");
    option->set_type("list of paths");
    option->set_summary(
        "Events files (with series declared complete), and office-holder files for the names "
        "and adjectives of places, relative to the configuration.");
    return grpc::Status::OK;
  }

  grpc::Status Configure(const v1::ConfigureRequest& request) override {
    auto events = std::make_shared<reference::Events>();
    auto places = std::make_shared<reference::OfficeHolders>();
    const std::string error = reference::LoadReferenceFiles(
        request.options(), "recency", request.config_dir(), events.get(), places.get());
    if (!error.empty()) return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, error);
    events_ = std::move(events);
    places_ = std::move(places);
    return grpc::Status::OK;
  }

  grpc::Status Check(const v1::CheckRequest& request, v1::CheckResponse* response) const override {
    if (!events_) {
      return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, "Configure was not called");
    }
    if (!CheckRecency(*events_, *places_, request.document(), response)) {
      return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                          "as_of '" + request.document().as_of() + "' is not YYYY-MM-DD");
    }
    return grpc::Status::OK;
  }

 private:
  std::shared_ptr<const reference::Events> events_;
  std::shared_ptr<const reference::OfficeHolders> places_;
};

}  // namespace
}  // namespace factcheck::recency

FACTCHECK_PLUGIN(factcheck::recency::RecencyPlugin);
