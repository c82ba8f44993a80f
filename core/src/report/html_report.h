// `--format html`: one self-contained HTML file for editors — each article
// with every finding highlighted in place and colored by verdict, the
// message and evidence beside it, a summary at the top, and a filter by
// verdict and plugin. No network, no external assets; everything from
// articles and reference data is escaped.
#ifndef FACTCHECK_CORE_REPORT_HTML_REPORT_H_
#define FACTCHECK_CORE_REPORT_HTML_REPORT_H_

#include <map>
#include <ostream>
#include <string>

#include "factcheck/v1/report.pb.h"

namespace factcheck {

// `sources` holds the text of the files with findings, by report path.
void WriteHtmlReport(const v1::Report& report, const std::map<std::string, std::string>& sources,
                     std::ostream& out);

// HTML text escaping (&, <, >, ", ').
std::string HtmlEscape(std::string_view text);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_REPORT_HTML_REPORT_H_
