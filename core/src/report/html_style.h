// How findings look in HTML — highlights coloured by verdict, the list of
// findings with their verdict, message and evidence — shared by the HTML
// report and the live editor, so that an editor sees one look in both.
#ifndef FACTCHECK_CORE_REPORT_HTML_STYLE_H_
#define FACTCHECK_CORE_REPORT_HTML_STYLE_H_

#include <string_view>

namespace factcheck {

// CSS for mark.<verdict>, ol.findings, .verdict.<verdict> and .evidence.
std::string_view HtmlFindingStyle();

}  // namespace factcheck

#endif  // FACTCHECK_CORE_REPORT_HTML_STYLE_H_
