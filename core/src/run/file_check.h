// One article's way through a run, in three stages: load (read it, answer
// from the cache, build the Document, read its suppressions), call each
// plugin (and accept its findings), finish (suppressions, ledger, order,
// cache). The runner schedules the stages; they know nothing of threads.
#ifndef FACTCHECK_CORE_RUN_FILE_CHECK_H_
#define FACTCHECK_CORE_RUN_FILE_CHECK_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "document/file_batch.h"
#include "factcheck/v1/report.pb.h"
#include "host/plugin_host.h"
#include "run/runner.h"
#include "run/suppressions.h"

namespace factcheck {

struct FileCheck {
  v1::FileReport report;
  // The document every plugin receives; null when the file could not be
  // read or built (the report then holds the error) or came from the cache.
  std::shared_ptr<const v1::CheckRequest> request;
  // Over request->document().text(); built with the first finding.
  std::optional<LineIndex> lines;
  std::vector<Suppression> suppressions;
  std::string cache_text;       // The file's bytes, when a cache will keep the report.
  std::size_t body_offset = 0;  // After the front matter, as the document was built.
  bool done = false;            // Nothing left to do: an error, or a cached report.
};

// The name reports show for `path` before escaping: standard input ("-") as
// the run's stdin_path, or "<stdin>"; any other path as it is.
std::string_view ShownPath(std::string_view path, const RunOptions& options);

// Stage 1: builds the document of `path` from what reading it gave (its
// text, or the error that is its report; see FileBatchReader), shown as
// ShownPath with bytes that are not UTF-8 escaped. The report is made in
// `reuse`, cleared, whose strings and arrays keep their storage (a run's
// reports go round: Run::spare_ in runner.cc); it is left empty.
FileCheck LoadFile(const std::string& path, ReadOutcome read, const RunOptions& options,
                   v1::FileReport* reuse);

// Stage 1 for text that is not read from disk (a server or editor request):
// builds the document of `text` shown as `path`. No cache is consulted.
FileCheck LoadText(const std::string& path, std::string text, const RunOptions& options);

// Stage 2: adds what `plugin` answered to Check on the document — its
// findings, taken from `response`, or an error. Must not be called when
// `check.done`.
void AddPluginFindings(FileCheck& check, const ActivePlugin& plugin, const grpc::Status& status,
                       v1::CheckResponse* response);

// Stage 3: leaves out suppressed findings, marks verified ones, orders the
// findings, and keeps the report in the cache. `source` gets the document's
// text and layout when there are findings and RunOptions::keep_sources (for
// excerpts and highlights).
void FinishFile(FileCheck& check, const RunOptions& options, SourceText* source);

// Checks a plugin's findings against the document and fills in what the host
// owns (checker, line, column). Returns an error message for the first bad
// finding (a span out of range or inside a character, an unknown rule or
// verdict), in which case none of the findings may be used.
std::string AcceptFindings(const ActivePlugin& plugin, const v1::Document& document,
                           const LineIndex& lines,
                           google::protobuf::RepeatedPtrField<v1::Finding>* findings);

// "plugin 'x' failed on a.md: DEADLINE_EXCEEDED: ..." and the like.
void AddFileError(v1::FileReport* report, const std::string& checker, const std::string& message,
                  unsigned line = 0, unsigned column = 0);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_FILE_CHECK_H_
