// Prints a message as protobuf's JSON mapping does with the options of
// `--format json` (proto field names, every primitive field, enums by name,
// one space of indent per level, the library's escaping), straight from the
// message's fields. The library's printer resolves the type and builds a
// tree for every message it prints, which made the JSON report a sixth of a
// run's time. Messages with fields it does not print itself (64-bit
// integers, floating point, bytes, maps, well-known types) go to the
// library's printer, so the output is always the mapping's.
#ifndef FACTCHECK_CORE_REPORT_JSON_PRINTER_H_
#define FACTCHECK_CORE_REPORT_JSON_PRINTER_H_

#include <google/protobuf/message.h>

#include <functional>
#include <string>
#include <string_view>

#include "factcheck/v1/report.pb.h"

namespace factcheck {

// Called between the elements of a list once `out` holds kJsonFlushBytes or
// more, to write the text and empty it: a long report (every finding of a
// large file) is never held whole.
using JsonFlush = std::function<void(std::string* out)>;
constexpr std::size_t kJsonFlushBytes = 64 * 1024;

// Appends `message` nested `depth` levels deep, its first line already
// placed (no final newline).
void AppendMessageJson(const google::protobuf::Message& message, int depth, std::string* out,
                       const JsonFlush& flush = {});

// A file's report, as AppendMessageJson prints it: the message of which a
// run prints one per file, most without findings, its own fields and its
// findings' (with their spans and evidence) read through their accessors
// rather than reflection (which took most of a short file's report and
// some 11,000 instructions a finding). A test holds the two alike and fails
// when FileReport, Finding, Span or Evidence gains a field.
void AppendFileReportJson(const v1::FileReport& file, int depth, std::string* out,
                          const JsonFlush& flush = {});

// Appends `text` as a JSON string, quoted and escaped as protobuf escapes it.
void AppendJsonString(std::string_view text, std::string* out);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_REPORT_JSON_PRINTER_H_
