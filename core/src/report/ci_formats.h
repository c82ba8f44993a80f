// Report formats for CI systems: SARIF 2.1.0 (code scanning), GitHub
// Actions workflow commands, and JUnit XML.
#ifndef FACTCHECK_CORE_REPORT_CI_FORMATS_H_
#define FACTCHECK_CORE_REPORT_CI_FORMATS_H_

#include <ostream>
#include <string>
#include <vector>

#include "base/verdict.h"
#include "factcheck/v1/report.pb.h"

namespace factcheck {

// What a report writer needs to know of a plugin: its configured name and
// its Describe answer (rules with their summaries).
struct PluginInfo {
  std::string name;
  v1::DescribeResponse description;
};

// SARIF 2.1.0: one run, a rule per plugin rule ("checker/rule") with its
// summary as help, a result per finding (level error for contradicted,
// warning for needs verification, note for supported) with its region, and
// the evidence in the message. File errors become tool notifications.
void WriteSarifReport(const v1::Report& report, const std::vector<PluginInfo>& plugins,
                      const std::string& version, std::ostream& out);

// GitHub Actions workflow commands: "::error file=…,line=…,col=…,endLine=…,
// endColumn=…,title=…::message", escaped as GitHub requires. Supported
// findings only with `show_supported` (as notices).
void WriteGithubReport(const v1::Report& report, bool show_supported, std::ostream& out);

// JUnit XML: a test case per file, a failure per finding at or above
// `fail_on`, an error per file error.
void WriteJunitReport(const v1::Report& report, FailOn fail_on, std::ostream& out);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_REPORT_CI_FORMATS_H_
