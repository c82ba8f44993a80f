// `--format html`: one self-contained page for editors. Problems first: the
// articles with contradictions, then those that need verification; in each,
// the article rendered as readers see it (Markdown: headings, emphasis,
// links) with every finding highlighted in place and coloured by verdict, and
// beside it the findings — contradicted, then needs verification, with their
// message, suggested fix and evidence; supported and settled (verified,
// suppressed) ones collapsed. Clicking a highlight opens its finding. A
// summary and a filter by verdict and plugin at the top; one column on a
// phone. No network, no external assets; everything from articles and
// reference data is escaped.
#include <algorithm>
#include <set>
#include <vector>

#include "report/article_html.h"
#include "report/escape.h"
#include "report/html_style.h"
#include "report/report_writer.h"

namespace factcheck {
namespace {

constexpr const char* kStyle = R"css(
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#f6f6f4}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:10px 20px;z-index:1}
h1{font-size:18px;margin:0 0 4px}
.summary{margin:0 0 6px}
.filters label{margin-right:14px;white-space:nowrap;display:inline-block}
article{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:24px;margin:20px;
 background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px 20px}
article>h2{grid-column:1/-1;font-size:14px;margin:0;font-family:monospace;color:#444}
.text{font-family:Georgia,serif;font-size:16px;line-height:1.6}
.text h3,.text h4,.text h5,.text h6{font-family:system-ui,sans-serif;margin:.8em 0 .3em}
.text p.plain{white-space:pre-wrap}
.text pre{background:#f3f3f3;padding:8px;overflow-x:auto}
.text blockquote{border-left:3px solid #ccc;margin:0;padding-left:12px;color:#444}
.text a{color:#1a5fb4}
.text .image{color:#777}
aside h3{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#555;margin:0 0 6px}
.errors{grid-column:1/-1;color:#c62828}
@media (max-width:700px){
 article{grid-template-columns:minmax(0,1fr);margin:8px;padding:12px}
 header{padding:8px 12px;position:static}
}
)css";

// Filters marks and findings by verdict and plugin; a click on a highlight,
// or a #f0-3 link, opens its finding.
constexpr const char* kScript = R"js(
function applyFilters(){
  var on={};
  document.querySelectorAll('.filters input').forEach(function(box){on[box.value]=box.checked;});
  document.querySelectorAll('[data-verdict]').forEach(function(el){
    var shown=on['verdict:'+el.dataset.verdict]&&on['plugin:'+el.dataset.plugin];
    el.classList.toggle('off',!shown);
  });
}
function openFinding(id){
  var item=document.getElementById(id);
  if(!item)return;
  document.querySelectorAll('li.active').forEach(function(el){el.classList.remove('active');});
  for(var el=item.parentElement;el;el=el.parentElement){if(el.tagName==='DETAILS')el.open=true;}
  item.classList.add('active');
  item.scrollIntoView({block:'nearest'});
}
document.querySelectorAll('.filters input').forEach(function(box){
  box.addEventListener('change',applyFilters);});
document.querySelectorAll('mark[data-finding]').forEach(function(mark){
  mark.addEventListener('click',function(){openFinding(mark.dataset.finding);});});
applyFilters();
if(location.hash)openFinding(location.hash.substring(1));
)js";

// How a finding is grouped: problems first, then what is supported, then
// what people settled.
enum class Group { kProblem, kSupported, kSettled };

Group GroupOf(const v1::Finding& f) {
  if (f.has_verified() || f.has_suppressed()) return Group::kSettled;
  return f.verdict() == v1::VERDICT_SUPPORTED ? Group::kSupported : Group::kProblem;
}

// The worst unsettled verdict of a file: articles are shown worst first.
int Worst(const v1::FileReport& file) {
  int worst = file.errors().empty() ? 0 : 4;
  for (const auto& f : file.findings()) {
    if (GroupOf(f) == Group::kProblem) worst = std::max(worst, static_cast<int>(f.verdict()));
  }
  return worst;
}

std::string Id(int file, int finding) {
  return "f" + std::to_string(file) + "-" + std::to_string(finding);
}

void WriteHeader(const v1::Report& report, std::ostream& out) {
  const v1::Summary& s = report.summary();
  std::set<std::string> plugins;
  for (const auto& file : report.files()) {
    for (const auto& finding : file.findings()) plugins.insert(finding.checker());
  }
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
      << "<title>factcheck report</title><style>" << kStyle << HtmlFindingStyle()
      << "</style></head><body>\n"
      << "<header><h1>factcheck report</h1><p class=\"summary\">" << s.files()
      << (s.files() == 1 ? " file, " : " files, ") << s.claims()
      << (s.claims() == 1 ? " claim" : " claims") << ": <b>" << s.contradicted()
      << " contradicted</b>, " << s.needs_verification()
      << (s.needs_verification() == 1 ? " needs" : " need") << " verification, " << s.supported()
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

// A web address becomes a link.
std::string Linked(const std::string& text) {
  const bool url = text.starts_with("https://") || text.starts_with("http://");
  return url ? "<a rel=\"noopener noreferrer\" href=\"" + HtmlEscape(text) + "\">" +
                   HtmlEscape(text) + "</a>"
             : HtmlEscape(text);
}

// What the record says, then where its facts come from: the published
// source the reference data names, else the reference file and line.
std::string EvidenceHtml(const v1::Evidence& evidence) {
  std::string out = "<div class=\"evidence\">" + HtmlEscape(evidence.detail()) + " — ";
  if (evidence.citation().empty()) return out + Linked(evidence.source()) + "</div>";
  return out + "source: " + Linked(evidence.citation()) + " <span class=\"record\">(" +
         HtmlEscape(evidence.source()) + ")</span></div>";
}

void WriteFinding(const v1::Finding& f, const std::string& id, std::ostream& out) {
  const char* keyword = VerdictKeyword(f.verdict());
  out << "<li id=\"" << id << "\" data-verdict=\"" << keyword << "\" data-plugin=\""
      << HtmlEscape(f.checker()) << "\"><span class=\"verdict " << keyword << "\">"
      << VerdictWords(f.verdict()) << "</span> <span class=\"rule\">" << HtmlEscape(RuleId(f))
      << " · line " << f.line() << "</span><span class=\"message\">" << HtmlEscape(f.message())
      << "</span>";
  if (f.has_suggestion()) {
    out << "<span class=\"suggestion\">Suggested: <b>" << HtmlEscape(f.suggestion().replacement())
        << "</b>" << (f.suggestion().description().empty() ? "" : " — ")
        << HtmlEscape(f.suggestion().description()) << "</span>";
  }
  if (f.has_verified()) {
    out << "<span class=\"note\">" << HtmlEscape(VerifiedText(f.verified())) << "</span>";
  }
  if (f.has_suppressed()) {
    out << "<span class=\"note\">suppressed in the article: " << HtmlEscape(f.suppressed().reason())
        << "</span>";
  }
  for (const auto& evidence : f.evidence()) out << EvidenceHtml(evidence);
  out << "</li>";
}

// The findings of one group, worst verdict first, in a list; collapsed
// under `summary` unless it is empty.
void WriteGroup(const v1::FileReport& file, int file_index, Group group, const char* title,
                const char* summary, std::ostream& out) {
  std::vector<int> indexes;
  for (int i = 0; i < file.findings_size(); ++i) {
    if (GroupOf(file.findings(i)) == group) indexes.push_back(i);
  }
  if (indexes.empty()) return;
  std::stable_sort(indexes.begin(), indexes.end(), [&](int a, int b) {
    return file.findings(a).verdict() > file.findings(b).verdict();
  });
  if (summary != nullptr) {
    out << "<details><summary>" << indexes.size() << " " << summary << "</summary>";
  } else {
    out << "<h3>" << title << "</h3>";
  }
  out << "<ol class=\"findings\">";
  for (int i : indexes) WriteFinding(file.findings(i), Id(file_index, i), out);
  out << "</ol>";
  if (summary != nullptr) out << "</details>";
}

// Highlights for the article: problems over supported over settled findings.
std::vector<Highlight> HighlightsOf(const v1::FileReport& file, int file_index) {
  std::vector<Highlight> highlights;
  for (int i = 0; i < file.findings_size(); ++i) {
    const auto& f = file.findings(i);
    const Group group = GroupOf(f);
    const char* keyword = VerdictKeyword(f.verdict());
    const int rank = (group == Group::kSettled ? 0 : 10) + static_cast<int>(f.verdict());
    highlights.push_back({f.span().begin(), f.span().end(), rank,
                          "class=\"" + std::string(group == Group::kSettled ? "settled" : keyword) +
                              "\" data-verdict=\"" + keyword + "\" data-plugin=\"" +
                              HtmlEscape(f.checker()) + "\" data-finding=\"" + Id(file_index, i) +
                              "\" title=\"" + HtmlEscape(f.message()) + "\""});
  }
  return highlights;
}

void WriteArticle(const v1::FileReport& file, int file_index, const ReportContext& context,
                  std::ostream& out) {
  out << "<article><h2>" << HtmlEscape(file.path()) << " <small>(as of " << HtmlEscape(file.as_of())
      << ")</small></h2>\n";
  if (!file.errors().empty()) {
    out << "<div class=\"errors\">";
    for (const auto& error : file.errors()) out << "<p>" << HtmlEscape(error.message()) << "</p>";
    out << "</div>";
  }
  auto found = context.sources.find(file.path());
  const SourceText none;
  const SourceText& source = found == context.sources.end() ? none : found->second;
  out << "<div class=\"text\">";
  WriteArticleHtml(source.text, source.body_offset, !source.plain_text,
                   HighlightsOf(file, file_index), out);
  out << "</div>\n<aside>";
  WriteGroup(file, file_index, Group::kProblem, "To check", nullptr, out);
  WriteGroup(file, file_index, Group::kSupported, nullptr, "supported by the reference data", out);
  WriteGroup(file, file_index, Group::kSettled, nullptr, "verified or suppressed", out);
  out << "</aside></article>\n";
}

class HtmlWriter final : public ReportWriter {
 public:
  void Write(const v1::Report& report, const ReportContext& context,
             std::ostream& out) const override {
    WriteHeader(report, out);
    std::vector<int> order;
    for (int i = 0; i < report.files_size(); ++i) {
      const auto& file = report.files(i);
      if (!file.findings().empty() || !file.errors().empty()) order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return Worst(report.files(a)) > Worst(report.files(b)); });
    for (int i : order) WriteArticle(report.files(i), i, context, out);
    out << "<script>" << kScript << "</script>\n</body></html>\n";
  }
  bool ShowsText() const override { return true; }
};

}  // namespace

std::unique_ptr<ReportWriter> NewHtmlWriter() { return std::make_unique<HtmlWriter>(); }

}  // namespace factcheck
