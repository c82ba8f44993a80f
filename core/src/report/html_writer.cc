// `--format html`: one self-contained HTML file for editors — each article
// with every finding highlighted in place and colored by verdict, the
// message and evidence beside it, a summary at the top, and a filter by
// verdict and plugin. No network, no external assets; everything from
// articles and reference data is escaped.
#include <algorithm>
#include <set>
#include <vector>

#include "report/escape.h"
#include "report/html_style.h"
#include "report/report_writer.h"

namespace factcheck {
namespace {

constexpr const char* kStyle = R"css(
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:10px 20px;z-index:1}
h1{font-size:18px;margin:0 0 4px}
.summary{margin:0 0 6px}
.filters label{margin-right:14px;white-space:nowrap}
article{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;margin:20px;
 background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px}
article h2{grid-column:1/-1;font-size:15px;margin:0;font-family:monospace}
.text{white-space:pre-wrap;font-family:Georgia,serif;font-size:15px}
.errors{grid-column:1/-1;color:#c62828}
)css";

// Keeps marks and list items whose verdict and plugin are both checked.
constexpr const char* kScript = R"js(
function applyFilters(){
  var on={};
  document.querySelectorAll('.filters input').forEach(function(box){on[box.value]=box.checked;});
  document.querySelectorAll('[data-verdict]').forEach(function(el){
    var shown=on['verdict:'+el.dataset.verdict]&&on['plugin:'+el.dataset.plugin];
    el.classList.toggle('off',!shown);
  });
}
document.querySelectorAll('.filters input').forEach(function(box){
  box.addEventListener('change',applyFilters);});
applyFilters();
)js";

void WriteHeader(const v1::Report& report, std::ostream& out) {
  const v1::Summary& s = report.summary();
  std::set<std::string> plugins;
  for (const auto& file : report.files()) {
    for (const auto& finding : file.findings()) plugins.insert(finding.checker());
  }
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
      << "<title>factcheck report</title><style>" << kStyle << HtmlFindingStyle()
      << "</style></head><body>\n"
      << "<header><h1>factcheck report</h1><p class=\"summary\">" << s.files()
      << (s.files() == 1 ? " file, " : " files, ") << s.claims()
      << (s.claims() == 1 ? " claim" : " claims") << ": <b>" << s.contradicted()
      << " contradicted</b>, " << s.needs_verification() << " need verification, " << s.supported()
      << " supported";
  if (s.verified() > 0) out << ", " << s.verified() << " verified";
  if (s.suppressed() > 0) out << ", " << s.suppressed() << " suppressed";
  if (s.errors() > 0) out << "; " << s.errors() << " errors";
  out << "</p><div class=\"filters\">";
  for (auto verdict :
       {v1::VERDICT_CONTRADICTED, v1::VERDICT_NEEDS_VERIFICATION, v1::VERDICT_SUPPORTED}) {
    const char* keyword = VerdictKeyword(verdict);
    out << "<label><input type=\"checkbox\" value=\"verdict:" << keyword << "\" checked> "
        << keyword << "</label>";
  }
  for (const std::string& plugin : plugins) {
    out << "<label><input type=\"checkbox\" value=\"plugin:" << HtmlEscape(plugin) << "\" checked> "
        << HtmlEscape(plugin) << "</label>";
  }
  out << "</div></header>\n";
}

// The article's text, cut at every span edge; each piece is marked with the
// most severe finding that covers it.
void WriteMarkedText(const v1::FileReport& file, std::string_view text, std::ostream& out) {
  std::vector<std::uint32_t> cuts{0, static_cast<std::uint32_t>(text.size())};
  for (const auto& f : file.findings()) {
    cuts.push_back(std::min<std::uint32_t>(f.span().begin(), text.size()));
    cuts.push_back(std::min<std::uint32_t>(f.span().end(), text.size()));
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  out << "<div class=\"text\">";
  for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
    const std::uint32_t b = cuts[c], e = cuts[c + 1];
    int best = -1;
    for (int i = 0; i < file.findings_size(); ++i) {
      const auto& f = file.findings(i);
      if (f.span().begin() <= b && e <= f.span().end() &&
          (best < 0 || f.verdict() > file.findings(best).verdict())) {
        best = i;
      }
    }
    const std::string piece = HtmlEscape(text.substr(b, e - b));
    if (best < 0) {
      out << piece;
      continue;
    }
    const auto& f = file.findings(best);
    const char* keyword = VerdictKeyword(f.verdict());
    out << "<mark class=\"" << keyword << "\" data-verdict=\"" << keyword << "\" data-plugin=\""
        << HtmlEscape(f.checker()) << "\" data-finding=\"" << best << "\" title=\""
        << HtmlEscape(f.message()) << "\">" << piece << "</mark>";
  }
  out << "</div>\n";
}

void WriteFindingList(const v1::FileReport& file, std::ostream& out) {
  out << "<ol class=\"findings\">";
  for (int i = 0; i < file.findings_size(); ++i) {
    const auto& f = file.findings(i);
    const char* keyword = VerdictKeyword(f.verdict());
    out << "<li id=\"f" << i << "\" data-verdict=\"" << keyword << "\" data-plugin=\""
        << HtmlEscape(f.checker()) << "\"><span class=\"verdict " << keyword << "\">"
        << VerdictWords(f.verdict()) << "</span> " << HtmlEscape(RuleId(f)) << " · line "
        << f.line() << "<br>" << HtmlEscape(f.message());
    if (f.has_verified()) {
      out << "<br><i>verified by " << HtmlEscape(f.verified().by()) << " on "
          << HtmlEscape(f.verified().date()) << ": " << HtmlEscape(f.verified().note()) << "</i>";
    }
    for (const auto& evidence : f.evidence()) {
      out << "<div class=\"evidence\">" << HtmlEscape(evidence.source()) << ": "
          << HtmlEscape(evidence.detail()) << "</div>";
    }
    out << "</li>";
  }
  out << "</ol>";
}

class HtmlWriter final : public ReportWriter {
 public:
  void Write(const v1::Report& report, const ReportContext& context,
             std::ostream& out) const override {
    WriteHeader(report, out);
    for (const v1::FileReport& file : report.files()) {
      if (file.findings().empty() && file.errors().empty()) continue;
      out << "<article><h2>" << HtmlEscape(file.path()) << " <small>(as of "
          << HtmlEscape(file.as_of()) << ")</small></h2>\n";
      if (!file.errors().empty()) {
        out << "<div class=\"errors\">";
        for (const auto& error : file.errors())
          out << "<p>" << HtmlEscape(error.message()) << "</p>";
        out << "</div>";
      }
      auto source = context.sources.find(file.path());
      WriteMarkedText(file, source == context.sources.end() ? std::string_view() : source->second,
                      out);
      WriteFindingList(file, out);
      out << "</article>\n";
    }
    out << "<script>" << kScript << "</script>\n</body></html>\n";
  }
};

}  // namespace

std::unique_ptr<ReportWriter> NewHtmlWriter() { return std::make_unique<HtmlWriter>(); }

}  // namespace factcheck
