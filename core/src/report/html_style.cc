#include "report/html_style.h"

namespace factcheck {

std::string_view HtmlFindingStyle() {
  return R"css(
mark{border-radius:3px;padding:0 1px}
mark.contradicted{background:#f8c4c4;border-bottom:2px solid #c62828}
mark.needs-verification{background:#fde9b4;border-bottom:2px solid #c68a00}
mark.supported{background:#cdebd0;border-bottom:2px solid #2e7d32}
mark.off{background:none;border-bottom:none}
ol.findings{margin:0;padding-left:20px}
ol.findings li{margin-bottom:10px}
ol.findings li.off{display:none}
.verdict{font-weight:600;text-transform:uppercase;font-size:12px}
.verdict.contradicted{color:#c62828}.verdict.needs-verification{color:#a06d00}
.verdict.supported{color:#2e7d32}
.evidence{color:#555;font-size:13px;font-family:monospace}
)css";
}

}  // namespace factcheck
