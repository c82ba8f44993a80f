// A configuration file, any bytes: read, checked for trust, dumped.
#include "config/config.h"
#include "config/trust.h"
#include "factcheck/error.h"
#include "fuzz_support.h"

using namespace factcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::InputFile file(".factcheck.yaml");
  try {
    Config config = LoadConfig(file.Write(fuzz::AsText(data, size)));
    DumpConfig(config);
    config.trusted = false;
    CheckUntrustedConfig(config);
  } catch (const Error&) {
  }
  return 0;
}
