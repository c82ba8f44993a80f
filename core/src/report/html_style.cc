#include "report/html_style.h"

namespace factcheck {

std::string_view HtmlFindingStyle() {
  return R"css(
mark{border-radius:3px;padding:0 1px;cursor:pointer;color:inherit}
mark.contradicted{background:#f8c4c4;border-bottom:2px solid #c62828}
mark.needs-verification{background:#fde9b4;border-bottom:2px solid #c68a00}
mark.supported{background:#d8eed9;border-bottom:2px solid #2e7d32}
mark.settled{background:#e8e8e8;border-bottom:2px dotted #888}
mark.off{background:none;border-bottom:none;cursor:auto}
ol.findings{margin:0 0 12px;padding-left:20px}
ol.findings li{margin-bottom:12px;padding:4px 6px;border-radius:4px}
ol.findings li.off{display:none}
ol.findings li.active{outline:2px solid #1a5fb4;background:#eef4fc}
details>summary{cursor:pointer;color:#444;margin-bottom:6px}
.verdict{font-weight:700;text-transform:uppercase;font-size:12px}
.verdict.contradicted{color:#c62828}.verdict.needs-verification{color:#8a5d00}
.verdict.supported{color:#2e7d32}
.rule{color:#666;font-size:13px}
.message{display:block;margin:2px 0}
.suggestion{display:block;font-size:14px}
.evidence{color:#555;font-size:13px;overflow-wrap:anywhere}
.evidence .record{color:#888}
.note{color:#555;font-style:italic;font-size:14px}
)css";
}

}  // namespace factcheck
