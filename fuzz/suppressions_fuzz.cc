// Suppression comments (<!-- factcheck-disable ... -->) in a Markdown article.
#include "document/document_loader.h"
#include "factcheck/error.h"
#include "fuzz_support.h"
#include "run/suppressions.h"

using namespace factcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  DocumentOptions options;
  options.command_line_as_of =
      std::chrono::year_month_day{std::chrono::year{2023}, std::chrono::June, std::chrono::day{13}};
  try {
    const LoadedDocument loaded =
        BuildDocument("fuzz.md", std::string(fuzz::AsText(data, size)), options);
    for (const Suppression& s : ParseSuppressions("fuzz.md", loaded.document)) {
      fuzz::Require(s.begin <= s.end);
      MatchesRulePattern(s.patterns, "dates", "impossible-date");
    }
  } catch (const Error&) {
  }
  return 0;
}
