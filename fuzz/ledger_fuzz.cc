// The verified-claims ledger, .factcheck-verified.yaml, read from any bytes.
#include "factcheck/error.h"
#include "fuzz_support.h"
#include "run/ledger.h"

using namespace factcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::InputFile file(".factcheck-verified.yaml");
  try {
    Ledger::Load(file.Write(fuzz::AsText(data, size)));
  } catch (const Error&) {
  }
  return 0;
}
