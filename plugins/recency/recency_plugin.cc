// The recency checker: "the first ... in a decade", "the largest ... since
// 2010", "unprecedented", spelled out and checked against the events
// reference where it can.
#include "common/checker.h"
#include "recency/check_recency.h"
#include "reference/reference_set.h"

namespace factcheck::recency {
namespace {

const kit::CheckerSpec kSpec{
    .name = "recency",
    .version = "1.0.0",
    .rules = {{kFirstRule,
               "Spells out and checks \"the first ... in a decade / since 2010\" claims."},
              {kSuperlativeRule,
               "Spells out and checks \"the largest / highest-ranking ... since / in N years\" "
               "claims."},
              {kUnboundedRule,
               "Flags claims that something never happened before: unprecedented, the first "
               "ever, a record, the longest-serving."}},
    .options = {{"reference", kit::OptionType::kPaths,
                 "Events files (with series declared complete), and office-holder files "
                 "for the names and adjectives of places, relative to the configuration."}},
};

class RecencyPlugin final : public kit::Checker {
 public:
  RecencyPlugin() : Checker(kSpec) {}

 private:
  void Load(const kit::Options& options) override {
    reference_ = reference::LoadReferenceSet(options.Paths("reference"));
  }
  bool CheckDocument(const v1::Document& document, v1::CheckResponse* response) const override {
    return CheckRecency(*reference_.events, *reference_.office_holders, document, response);
  }
  std::vector<const text::WordSet*> SentenceFilters() const override {
    return RecencySentenceFilters();
  }

  reference::ReferenceSet reference_;
};

}  // namespace
}  // namespace factcheck::recency

FACTCHECK_PLUGIN(factcheck::recency::RecencyPlugin);
