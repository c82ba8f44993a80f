// Generated articles for the scaling run: N short sentences, each with one
// claim a built-in checker reads, written on one line or one per paragraph;
// and the same sentences with the word of each claim misspelt, for a
// document as large without a claim.
#ifndef FACTCHECK_BENCH_SCALING_CORPUS_H_
#define FACTCHECK_BENCH_SCALING_CORPUS_H_

#include <cstddef>
#include <string>

namespace factcheck::bench {

enum class Layout { kOneLine, kParagraphs };
const char* LayoutName(Layout layout);

// A private temporary folder, removed with everything in it.
class ScratchFolder {
 public:
  ScratchFolder();
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct ScalingFile {
  std::string path;
  std::size_t bytes = 0;
};

enum class Claims { kWith, kWithout };

// Writes `sentences` sentences in `layout` to a Markdown file in `folder`.
ScalingFile WriteScalingFile(const std::string& folder, Layout layout, std::size_t sentences,
                             Claims claims = Claims::kWith);

// The number of findings in a JSON report.
std::size_t CountFindings(const std::string& json_report);

}  // namespace factcheck::bench

#endif  // FACTCHECK_BENCH_SCALING_CORPUS_H_
