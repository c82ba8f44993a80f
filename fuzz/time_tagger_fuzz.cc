// The temporal tagger on one stretch of text, any bytes; the first two
// bytes choose the date the text speaks from.
#include "document/time_tagger.h"
#include "fuzz_support.h"

using namespace factcheck;
using namespace std::chrono;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  const year_month_day as_of{year{1900 + data[0] % 200}, month{1u + data[1] % 12u},
                             day{1u + data[1] % 28u}};
  const std::string_view text = fuzz::AsText(data + 2, size - 2);
  for (const auto& expression : TagText(text, as_of)) {
    fuzz::Require(expression.span().begin() <= expression.span().end());
    fuzz::Require(expression.span().end() <= text.size());
  }
  return 0;
}
