// Reference YAML, any bytes, read both as office holders and as events; and
// the same bytes as the records of a compiled index, under a header that
// is right for them (no sources, their hash), so that the reader of the
// records is fuzzed and not only the hash check in front of it.
#include "factcheck/error.h"
#include "fuzz_support.h"
#include "reference/events.h"
#include "reference/office_holders.h"

using namespace factcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static fuzz::InputFile file(".yaml");
  const std::string& path = file.Write(fuzz::AsText(data, size));
  try {
    reference::OfficeHolders office_holders;
    office_holders.Load(path, "fuzz.yaml");
    office_holders.Finish();
  } catch (const Error&) {
  }
  static fuzz::InputFile index(".fcidx");
  try {
    reference::OfficeHolders office_holders;
    office_holders.Load(index.Write(reference::IndexFileWithPayload(fuzz::AsText(data, size))),
                        "fuzz.fcidx");
    office_holders.Finish();
  } catch (const Error&) {
  }
  try {
    reference::Events events;
    events.Load(path, "fuzz.yaml");
    events.Finish();
  } catch (const Error&) {
  }
  return 0;
}
