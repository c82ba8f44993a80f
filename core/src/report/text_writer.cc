// `--format text`: "path:line:col: verdict: message [checker/rule]", the
// source line with a caret underline, errors as "path[:line:col]: error:
// message", then the summary line. SUPPORTED findings only when asked for;
// suppressed ones only in the summary's count.
#include <algorithm>

#include "base/utf8.h"
#include "report/report_writer.h"
#include "report/summary.h"

namespace factcheck {
namespace {

// An excerpt longer than this (in code points) is cut around the finding.
constexpr unsigned kExcerptColumns = 160;
constexpr unsigned kContext = 40;

// Each file's lines as it comes, the summary line at the end.
class TextStream final : public ReportStream {
 public:
  TextStream(const ReportContext& context, std::ostream& out)
      : style_(context.color), show_supported_(context.show_supported), out_(out) {}

  void File(const v1::FileReport& file, const SourceText& source) override {
    for (const v1::FileError& error : file.errors()) WriteError(file, error, style_, out_);
    if (file.findings().empty()) return;
    const LineIndex lines(source.text);
    for (const v1::Finding& finding : file.findings()) {
      if (finding.has_suppressed()) continue;  // Counted in the summary line.
      if (finding.verdict() == v1::VERDICT_SUPPORTED && !show_supported_) continue;
      WriteFinding(file, finding, lines, style_, out_);
    }
  }

  void End(const v1::Summary* summary) override {
    out_ << SummaryLine(summary != nullptr ? *summary : v1::Summary()) << "\n";
  }

 private:
  // Terminal escape sequences, all empty without colour.
  struct Style {
    explicit Style(bool color) : on(color) {}
    const char* bold() const { return on ? "\033[1m" : ""; }
    const char* reset() const { return on ? "\033[0m" : ""; }
    const char* red() const { return on ? "\033[1;31m" : ""; }
    const char* green() const { return on ? "\033[1;32m" : ""; }
    const char* verdict(v1::Verdict v) const { return on ? NamesOf(v).ansi_color : ""; }
    bool on;
  };

  static void WriteError(const v1::FileReport& file, const v1::FileError& error, const Style& style,
                         std::ostream& out) {
    out << style.bold() << ForTerminal(file.path());
    if (error.line() > 0) out << ":" << error.line() << ":" << error.column();
    out << ": " << style.reset() << style.red() << "error: " << style.reset()
        << ForTerminal(error.message()) << "\n";
  }

  static void WriteFinding(const v1::FileReport& file, const v1::Finding& finding,
                           const LineIndex& lines, const Style& style, std::ostream& out) {
    out << style.bold() << ForTerminal(file.path()) << ":" << finding.line() << ":"
        << finding.column() << ": " << style.reset() << style.verdict(finding.verdict())
        << VerdictWords(finding.verdict());
    if (finding.has_verified()) {
      out << " (" << ForTerminal(VerifiedText(finding.verified())) << ")";
    }
    out << ":" << style.reset() << " " << ForTerminal(finding.message()) << " ["
        << ForTerminal(RuleId(finding)) << "]\n";
    WriteExcerpt(finding, lines, style, out);
    if (finding.has_suggestion()) {
      const auto& s = finding.suggestion();
      out << "  suggestion: \"" << ForTerminal(s.replacement()) << "\""
          << (s.description().empty() ? "" : " (" + ForTerminal(s.description()) + ")") << "\n";
    }
  }

  // The source line with a caret under the flagged text; a long line is cut
  // to a window around the finding, marked with "…" at each cut. Columns are
  // found through the file's index, so a finding on a long line costs the
  // window, not the line.
  static void WriteExcerpt(const v1::Finding& finding, const LineIndex& lines, const Style& style,
                           std::ostream& out) {
    const std::string_view line = lines.Line(finding.line());
    if (line.empty()) return;
    const std::size_t start = lines.OffsetOf(finding.line(), 1);
    const unsigned columns = lines.At(start + line.size()).column;  // One past the last.
    const unsigned end_column = finding.end_line() == finding.line()
                                    ? std::max(finding.end_column(), finding.column() + 1)
                                    : columns;
    unsigned first = 1, last = columns;  // The columns shown: [first, last).
    if (columns > kExcerptColumns + 1) {
      first = finding.column() > kContext ? finding.column() - kContext : 1;
      last = std::min({columns, end_column + kContext, first + kExcerptColumns});
    }
    const std::size_t from = lines.OffsetOf(finding.line(), first) - start;
    const std::size_t to = lines.OffsetOf(finding.line(), last) - start;
    const bool cut_before = first > 1;
    out << "  " << (cut_before ? "\u2026" : "") << ForTerminal(line.substr(from, to - from))
        << (last < columns ? "\u2026" : "") << "\n  ";
    const unsigned caret = finding.column() - first + (cut_before ? 1 : 0);
    const unsigned stop = std::min(end_column, last);
    const unsigned tildes = stop > finding.column() + 1 ? stop - finding.column() - 1 : 0;
    out << std::string(caret, ' ') << style.green() << "^" << std::string(tildes, '~')
        << style.reset() << "\n";
  }

  const Style style_;
  const bool show_supported_;
  std::ostream& out_;
};

class TextWriter final : public StreamingReportWriter {
 public:
  std::unique_ptr<ReportStream> Stream(const ReportContext& context,
                                       std::ostream& out) const override {
    return std::make_unique<TextStream>(context, out);
  }
  bool ShowsText() const override { return true; }
};

}  // namespace

std::unique_ptr<ReportWriter> NewTextWriter() { return std::make_unique<TextWriter>(); }

}  // namespace factcheck
