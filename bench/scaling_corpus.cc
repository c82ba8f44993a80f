#include "bench/scaling_corpus.h"

#include <stdlib.h>

#include <array>
#include <filesystem>
#include <fstream>

#include "factcheck/error.h"

namespace factcheck::bench {
namespace {

// Claims the bundled reference data decides, as of 1987-03-10.
constexpr std::array<const char*, 4> kSentences = {
    "President Ronald Reagan spoke to reporters in Washington on Monday.",
    "Treasury Secretary James Baker said the dollar would hold.",
    "Prime Minister Margaret Thatcher met union leaders in London.",
    "The talks on March 2, 1987 were the first in a decade.",
};
// The same with two letters of the claim's word swapped: no checker finds
// a claim, and the document has as many bytes, sentences and tokens.
constexpr std::array<const char*, 4> kSentencesWithoutClaims = {
    "Presdient Ronald Reagan spoke to reporters in Washington on Monday.",
    "Treasury Secertary James Baker said the dollar would hold.",
    "Prime Minsiter Margaret Thatcher met union leaders in London.",
    "The talks on March 2, 1987 were the frist in a decade.",
};

}  // namespace

const char* LayoutName(Layout layout) {
  return layout == Layout::kOneLine ? "one line" : "paragraphs";
}

ScratchFolder::ScratchFolder() {
  std::string pattern =
      (std::filesystem::temp_directory_path() / "factcheck-bench-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw Error("cannot create a folder in /tmp");
  path_ = pattern;
}

ScratchFolder::~ScratchFolder() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

ScalingFile WriteScalingFile(const std::string& folder, Layout layout, std::size_t sentences,
                             Claims claims) {
  const auto& written = claims == Claims::kWith ? kSentences : kSentencesWithoutClaims;
  ScalingFile file;
  file.path = folder + "/" + (layout == Layout::kOneLine ? "line-" : "paragraphs-") +
              std::to_string(sentences) + (claims == Claims::kWith ? "" : "-no-claims") + ".md";
  std::ofstream out(file.path, std::ios::binary);
  const char* separator = layout == Layout::kOneLine ? " " : "\n\n";
  for (std::size_t i = 0; i < sentences; ++i) {
    if (i > 0) out << separator;
    out << written[i % written.size()];
  }
  out << "\n";
  file.bytes = static_cast<std::size_t>(out.tellp());
  if (!out) throw Error("cannot write " + file.path);
  return file;
}

std::size_t CountFindings(const std::string& json_report) {
  std::size_t count = 0;
  for (std::size_t at = json_report.find("\"rule\":"); at != std::string::npos;
       at = json_report.find("\"rule\":", at + 1)) {
    ++count;
  }
  return count;
}

}  // namespace factcheck::bench
