// Text escaping and the shared wording of findings for the report writers.
#ifndef FACTCHECK_CORE_REPORT_ESCAPE_H_
#define FACTCHECK_CORE_REPORT_ESCAPE_H_

#include <string>
#include <string_view>

#include "factcheck/v1/checker.pb.h"

namespace factcheck {

// HTML text and attribute escaping (&, <, >, ", ').
std::string HtmlEscape(std::string_view text);

// XML text: HTML's escaping, with the control characters XML forbids
// replaced by '?'.
std::string XmlEscape(std::string_view text);

// GitHub's escaping of workflow command data, or of a property when
// `property` (which also escapes ':' and ',').
std::string GithubEscape(std::string_view text, bool property);

// "\nsource: detail" for each piece of evidence.
std::string EvidenceText(const v1::Finding& finding);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_REPORT_ESCAPE_H_
