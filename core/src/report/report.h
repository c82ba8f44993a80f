// Writes a Report for people (compiler-style text) or tools (JSON), and
// derives the exit code from it.
#ifndef FACTCHECK_CORE_REPORT_REPORT_H_
#define FACTCHECK_CORE_REPORT_REPORT_H_

#include <map>
#include <ostream>
#include <string>

#include "base/verdict.h"
#include "factcheck/v1/report.pb.h"

namespace factcheck {

struct TextOptions {
  bool show_supported = false;
  bool color = false;
};

// "path:line:col: verdict: message [checker/rule]", the source line with a
// caret underline, errors as "path[:line:col]: error: message", then a
// summary line.
// `sources` holds the text of the files with findings, by report path.
void WriteTextReport(const v1::Report& report, const std::map<std::string, std::string>& sources,
                     const TextOptions& options, std::ostream& out);

// The protobuf JSON mapping of the report, with proto field names.
void WriteJsonReport(const v1::Report& report, std::ostream& out);

// 2 when any file has an error, 1 when a finding is at or above `fail_on`,
// otherwise 0.
int ExitCodeFor(const v1::Report& report, FailOn fail_on);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_REPORT_REPORT_H_
