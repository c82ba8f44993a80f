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
                 "Office-holder reference files (YAML), relative to the configuration.", true}},
};

class OfficeHoldersPlugin final : public kit::Checker {
 public:
  OfficeHoldersPlugin() : Checker(kSpec) {}

 private:
  void Load(const kit::Options& options) override {
    reference_ = reference::LoadReferenceSet(options.Paths("reference")).office_holders;
  }
  bool CheckDocument(const v1::Document& document, v1::CheckResponse* response) const override {
    return office_holders::CheckDocument(*reference_, document, response);
  }

  std::shared_ptr<const reference::OfficeHolders> reference_;
};

}  // namespace
}  // namespace factcheck::office_holders

FACTCHECK_PLUGIN(factcheck::office_holders::OfficeHoldersPlugin);
