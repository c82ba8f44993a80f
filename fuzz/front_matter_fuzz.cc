// Front matter: the fenced YAML at the top of an article, any bytes.
#include "document/front_matter.h"
#include "factcheck/error.h"
#include "fuzz_support.h"

using namespace factcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = fuzz::AsText(data, size);
  try {
    const FrontMatter fm = ParseFrontMatter("fuzz.md", text);
    fuzz::Require(fm.body_offset <= size);
    for (const auto& [key, value] : fm.scalars) fuzz::Require(value.line >= 2);
  } catch (const LocatedError& e) {
    fuzz::Require(e.line() >= 1);
  } catch (const Error&) {
  }
  return 0;
}
