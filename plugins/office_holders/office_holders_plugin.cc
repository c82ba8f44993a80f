// The office-holders checker: who held which office when, against the
// newsroom's reference data.
#include "common/checker.h"
#include "office_holders/check_document.h"
#include "office_holders/judge.h"
#include "reference/reference_set.h"

namespace factcheck::office_holders {
namespace {

const kit::CheckerSpec kSpec{
    .name = "office-holders",
    .version = "1.0.0",
    .rules = {{kTitleHolderRule,
               "Checks that a person called by an office title held that office at the time the "
               "sentence speaks of."},
              {kFormerTitleRule,
               "Checks that a person called former, ex- or late holder of an office held it "
               "before that time and not then."},
              {kUnknownHolderRule,
               "Flags office-holder claims about a person or an office that the reference data "
               "does not have."}},
    .options = {{"reference", kit::OptionType::kPaths,
                 "Office-holder reference files (YAML), relative to the configuration.", true},
                {"home_jurisdiction", kit::OptionType::kString,
                 "The newsroom's country (\"United Kingdom\"): unqualified titles such as \"the "
                 "home secretary\" mean its offices."}},
};

class OfficeHoldersPlugin final : public kit::Checker {
 public:
  OfficeHoldersPlugin() : Checker(kSpec) {}

 private:
  void Load(const kit::Options& options) override {
    check_.reset();
    reference_ = reference::LoadReferenceSet(options.Paths("reference")).office_holders;
    check_ = std::make_unique<OfficeHoldersCheck>(
        *reference_, CheckOptions{.home_jurisdiction = options.String("home_jurisdiction")});
  }
  bool CheckDocument(const v1::Document& document, v1::CheckResponse* response) const override {
    return check_->Check(document, response);
  }
  std::vector<const text::WordSet*> SentenceFilters() const override {
    return check_->SentenceFilters();
  }

  std::shared_ptr<const reference::OfficeHolders> reference_;
  std::unique_ptr<const OfficeHoldersCheck> check_;  // Refers to *reference_.
};

}  // namespace
}  // namespace factcheck::office_holders

FACTCHECK_PLUGIN(factcheck::office_holders::OfficeHoldersPlugin);
