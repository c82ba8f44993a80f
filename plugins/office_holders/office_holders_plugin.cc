// The office-holders checker: who held which office when, against the
// newsroom's reference data.
#include <filesystem>
#include <memory>

#include "factcheck/error.h"
#include "factcheck/plugin.h"
#include "office_holders/check_document.h"
#include "office_holders/judge.h"  // Rule ids.
#include "reference/office_holders.h"

namespace factcheck::office_holders {
namespace {

namespace fs = std::filesystem;

grpc::Status Invalid(const std::string& message) {
  return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, message);
}

class OfficeHoldersPlugin final : public Plugin {
 public:
  grpc::Status Describe(v1::DescribeResponse* response) override {
    response->set_name("office-holders");
    response->set_version("1.0.0");
    auto add_rule = [&](const char* id, const char* summary) {
      auto* rule = response->add_rules();
      rule->set_id(id);
      rule->set_summary(summary);
    };
    add_rule(kTitleHolderRule,
             "Checks that a person called by an office title held that office at the time the "
             "sentence speaks of.");
    add_rule(kFormerTitleRule,
             "Checks that a person called former, ex- or late holder of an office held it "
             "before that time and not then.");
    add_rule(kUnknownHolderRule,
             "Flags office-holder claims about a person or an office that the reference data "
             "does not have.");
    auto* option = response->add_options();
    option->set_name("reference");
    option->set_type("list of paths");
    option->set_summary("Office-holder reference files (YAML), relative to the configuration.");
    option->set_required(true);
    return grpc::Status::OK;
  }

  grpc::Status Configure(const v1::ConfigureRequest& request) override {
    std::vector<std::string> paths;
    for (const auto& [key, value] : request.options().fields()) {
      if (key != "reference") {
        return Invalid("office-holders: unknown option '" + key + "' (expected: reference)");
      }
      if (value.has_string_value()) {
        paths.push_back(value.string_value());
      } else if (value.has_list_value()) {
        for (const auto& item : value.list_value().values()) {
          if (!item.has_string_value()) {
            return Invalid("office-holders: option 'reference' must list file paths");
          }
          paths.push_back(item.string_value());
        }
      } else {
        return Invalid("office-holders: option 'reference' must be a path or a list of paths");
      }
    }
    if (paths.empty()) return Invalid("office-holders: option 'reference' is required");
    auto reference = std::make_shared<reference::OfficeHolders>();
    try {
      for (const std::string& path : paths) {
        fs::path full =
            fs::path(path).is_absolute() ? fs::path(path) : fs::path(request.config_dir()) / path;
        std::error_code ec;
        const fs::path shown = fs::proximate(full, ec);
        reference->Load(full.string(), ec ? full.string() : shown.string());
      }
      reference->Finish();
    } catch (const LocatedError& e) {
      return Invalid(e.Describe());
    } catch (const Error& e) {
      return Invalid(e.what());
    }
    reference_ = std::move(reference);
    return grpc::Status::OK;
  }

  grpc::Status Check(const v1::CheckRequest& request, v1::CheckResponse* response) const override {
    if (!reference_) {
      return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, "Configure was not called");
    }
    if (!CheckDocument(*reference_, request.document(), response)) {
      return Invalid("as_of '" + request.document().as_of() + "' is not YYYY-MM-DD");
    }
    return grpc::Status::OK;
  }

 private:
  std::shared_ptr<const reference::OfficeHolders> reference_;
};

}  // namespace
}  // namespace factcheck::office_holders

FACTCHECK_PLUGIN(factcheck::office_holders::OfficeHoldersPlugin);
