// The YAML bounds check that runs before yaml-cpp builds any tree.
#include "base/yaml_guard.h"
#include "factcheck/error.h"
#include "fuzz_support.h"

using namespace factcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    CheckYamlBounds(fuzz::AsText(data, size), "fuzz.yaml");
  } catch (const LocatedError& e) {
    fuzz::Require(e.line() >= 1);
  }
  return 0;
}
