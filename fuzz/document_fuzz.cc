// A whole article as the host loads it: front matter, Markdown (or plain
// text, by the first byte) prose, sentences, time expressions and tokens;
// every span the host hands to plugins must lie inside the text, and each
// sentence's tokens inside the sentence, read back as a checker reads them.
#include "common/host_tokens.h"
#include "document/document_loader.h"
#include "factcheck/error.h"
#include "fuzz_support.h"

using namespace factcheck;

namespace {

void RequireSpan(const v1::Span& span, size_t size) {
  fuzz::Require(span.begin() <= span.end() && span.end() <= size);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  DocumentOptions options;
  options.tokens = true;
  options.command_line_as_of =
      std::chrono::year_month_day{std::chrono::year{2023}, std::chrono::June, std::chrono::day{13}};
  const char* path = (data[0] & 1) ? "fuzz.txt" : "fuzz.md";
  std::string text(fuzz::AsText(data + 1, size - 1));
  try {
    const LoadedDocument loaded = BuildDocument(path, text, options);
    const v1::Document& document = loaded.document;
    for (const auto& sentence : document.sentences()) {
      RequireSpan(sentence.span(), document.text().size());
      for (const auto& segment : sentence.segments()) {
        RequireSpan(segment, document.text().size());
      }
    }
    for (const auto& time : document.time_expressions()) {
      RequireSpan(time.span(), document.text().size());
    }
    for (int s = 0; s < document.sentences_size(); ++s) {
      const v1::Span& sentence = document.sentences(s).span();
      const auto tokens = text::SentenceTokens(document, s);
      fuzz::Require(tokens.size() == document.sentences(s).token_count());
      for (const text::Token& token : tokens) {
        fuzz::Require(sentence.begin() <= token.begin && token.begin < token.end &&
                      token.end <= sentence.end());
      }
    }
  } catch (const Error&) {
  }
  return 0;
}
