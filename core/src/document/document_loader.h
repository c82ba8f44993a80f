// Reads one article and builds the Document every plugin receives.
#ifndef FACTCHECK_CORE_DOCUMENT_DOCUMENT_LOADER_H_
#define FACTCHECK_CORE_DOCUMENT_DOCUMENT_LOADER_H_

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "common/word_lists.h"
#include "document/time_tagger.h"
#include "factcheck/v1/checker.pb.h"

namespace factcheck {

// Where a document's as_of date came from, in order of precedence: a
// server request's own date, --as-of, the front matter, the configuration.
enum class AsOfSource { kRequest, kCommandLine, kFrontMatter, kConfig, kToday };
const char* AsOfSourceName(AsOfSource source);

// How a text is read: as its path's extension says (.txt is plain text,
// anything else Markdown), or as a request says whatever the path.
enum class TextFormat { kByPath, kMarkdown, kPlainText };

struct DocumentOptions {
  std::size_t max_file_bytes = 10 * 1024 * 1024;
  std::optional<std::chrono::year_month_day> request_as_of;
  std::optional<std::chrono::year_month_day> command_line_as_of;
  std::optional<std::chrono::year_month_day> config_as_of;
  // From the configuration; the front matter's date_order, lang or language
  // comes first.
  DateOrder date_order = DateOrder::kUnset;
  TextFormat format = TextFormat::kByPath;
  // The annotations computed besides sentences: what the run's plugins ask
  // for in Describe (see AnnotationsFor in run/session.cc).
  bool time_expressions = true;
  bool tokens = false;
  // The plugins' word lists, looked for in each sentence with its tokens,
  // and the time tagger's words as the host's own list (TimeWordList); null
  // or empty: none.
  std::shared_ptr<const text::SentenceWordLists> word_lists;
};

// What building a document settles besides the Document itself.
struct DocumentFacts {
  AsOfSource as_of_source;
  std::size_t body_offset = 0;  // Where the article starts, after its front matter.
};

struct LoadedDocument : DocumentFacts {
  v1::Document document;
};

// The text of a file, or of standard input for "-". Throws Error when it
// cannot be read or is larger than `max_bytes`.
std::string ReadInput(const std::string& path, std::size_t max_bytes);

// Whether `path` is read as plain text (.txt) rather than Markdown.
bool IsPlainTextPath(const std::string& path);

// Where the article body of `text` starts: after its front matter, if any
// (0 when there is none or it does not parse).
std::size_t ArticleBodyOffset(const std::string& path, std::string_view text);

// Builds the Document for `text` read from `path`: checks that it is UTF-8
// without NUL bytes and within max_file_bytes, reads front matter into
// metadata, finds the checkable prose (Markdown unless the path ends in .txt
// or options.format says otherwise), splits it into sentences and settles
// as_of. Throws LocatedError for bad input, Error for an oversized text.
LoadedDocument BuildDocument(const std::string& path, std::string text,
                             const DocumentOptions& options);
// The same into `document`, an empty message that may live on an arena (a
// run builds each request's messages on one, so a document's sentences,
// time expressions and tokens are not allocated one by one).
DocumentFacts BuildDocumentInto(const std::string& path, std::string text,
                                const DocumentOptions& options, v1::Document* document);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_DOCUMENT_LOADER_H_
