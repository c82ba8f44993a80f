// The report's summary and the run's exit code, computed from its files.
#ifndef FACTCHECK_CORE_REPORT_SUMMARY_H_
#define FACTCHECK_CORE_REPORT_SUMMARY_H_

#include <string>

#include "base/verdict.h"
#include "factcheck/v1/report.pb.h"

namespace factcheck {

// Counts the files, findings by verdict, verified and suppressed findings and
// errors of `report` into its summary.
void Summarize(v1::Report* report);
// Adds one file's counts to `summary`, as Summarize does for each file.
void CountFile(const v1::FileReport& file, v1::Summary* summary);

// "1 file, 6 claims: 1 contradicted, 1 needs verification, 4 supported",
// then "; N verified", "; N suppressed", "; N errors" where there are any.
std::string SummaryLine(const v1::Summary& summary);

// 2 when any file has an error, 1 when a finding fails the run (an error
// neither verified nor suppressed; see FailsRun), otherwise 0. `fail_on`
// decides for findings the run gave no severity.
int ExitCodeFor(const v1::Report& report, FailOn fail_on);
// The same for a run whose files were counted into `summary` as they came:
// `finding_fails` when FileFailsRun was true of one.
int ExitCode(const v1::Summary& summary, bool finding_fails);
// Whether a finding of `file` fails the run (see FailsRun).
bool FileFailsRun(const v1::FileReport& file, FailOn fail_on);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_REPORT_SUMMARY_H_
