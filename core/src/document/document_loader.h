// Reads one article and builds the Document every plugin receives.
#ifndef FACTCHECK_CORE_DOCUMENT_DOCUMENT_LOADER_H_
#define FACTCHECK_CORE_DOCUMENT_DOCUMENT_LOADER_H_

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include "document/time_tagger.h"
#include "factcheck/v1/checker.pb.h"

namespace factcheck {

// Where a document's as_of date came from, in order of precedence.
enum class AsOfSource { kCommandLine, kFrontMatter, kConfig, kToday };
const char* AsOfSourceName(AsOfSource source);

struct DocumentOptions {
  std::size_t max_file_bytes = 10 * 1024 * 1024;
  std::optional<std::chrono::year_month_day> command_line_as_of;
  std::optional<std::chrono::year_month_day> config_as_of;
  // From the configuration; the front matter's date_order, lang or language
  // comes first.
  DateOrder date_order = DateOrder::kUnset;
};

struct LoadedDocument {
  v1::Document document;
  AsOfSource as_of_source;
};

// The text of a file, or of standard input for "-". Throws Error when it
// cannot be read or is larger than `max_bytes`.
std::string ReadInput(const std::string& path, std::size_t max_bytes);

// Builds the Document for `text` read from `path`: checks that it is UTF-8
// without NUL bytes, reads front matter into metadata, finds the checkable
// prose (Markdown unless the path ends in .txt), splits it into sentences and
// settles as_of. Throws LocatedError for bad input.
LoadedDocument BuildDocument(const std::string& path, std::string text,
                             const DocumentOptions& options);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_DOCUMENT_LOADER_H_
