#include "report/report.h"

#include <google/protobuf/util/json_util.h>

#include <algorithm>

#include "base/utf8.h"
#include "factcheck/error.h"

namespace factcheck {
namespace {

const char* VerdictColor(v1::Verdict verdict) {
  switch (verdict) {
    case v1::VERDICT_CONTRADICTED:
      return "\033[1;31m";
    case v1::VERDICT_NEEDS_VERIFICATION:
      return "\033[1;33m";
    case v1::VERDICT_SUPPORTED:
      return "\033[1;32m";
    default:
      return "";
  }
}

std::string Plural(unsigned n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Tabs are shown as single spaces so that the caret line stays aligned.
std::string Printable(std::string_view line) {
  std::string out(line);
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

}  // namespace

void WriteTextReport(const v1::Report& report, const std::map<std::string, std::string>& sources,
                     const TextOptions& options, std::ostream& out) {
  const char* bold = options.color ? "\033[1m" : "";
  const char* reset = options.color ? "\033[0m" : "";
  for (const v1::FileReport& file : report.files()) {
    for (const v1::FileError& error : file.errors()) {
      out << bold << file.path();
      if (error.line() > 0) out << ":" << error.line() << ":" << error.column();
      out << ": " << reset << (options.color ? "\033[1;31m" : "") << "error: " << reset
          << error.message() << "\n";
    }
    if (file.findings().empty()) continue;
    auto source = sources.find(file.path());
    LineIndex lines(source == sources.end() ? std::string_view() : source->second);
    for (const v1::Finding& finding : file.findings()) {
      if (finding.verdict() == v1::VERDICT_SUPPORTED && !options.show_supported) continue;
      out << bold << file.path() << ":" << finding.line() << ":" << finding.column() << ": "
          << reset << (options.color ? VerdictColor(finding.verdict()) : "")
          << VerdictWords(finding.verdict())
          << (finding.has_verified()
                  ? " (verified by " + finding.verified().by() + " on " +
                        finding.verified().date() + ": " + finding.verified().note() + ")"
                  : std::string())
          << ":" << reset << " " << finding.message() << " [" << finding.checker() << "/"
          << finding.rule() << "]\n";
      const std::string_view line = lines.Line(finding.line());
      if (line.empty()) continue;
      out << "  " << Printable(line) << "\n  ";
      const unsigned end_column = finding.end_line() == finding.line()
                                      ? std::max(finding.end_column(), finding.column() + 1)
                                      : LineIndex(line).At(line.size()).column;
      out << std::string(finding.column() - 1, ' ') << (options.color ? "\033[1;32m" : "") << "^"
          << std::string(end_column > finding.column() + 1 ? end_column - finding.column() - 1 : 0,
                         '~')
          << reset << "\n";
    }
  }
  const v1::Summary& s = report.summary();
  out << Plural(s.files(), "file", "files") << ", " << Plural(s.claims(), "claim", "claims") << ": "
      << s.contradicted() << " contradicted, " << s.needs_verification()
      << (s.needs_verification() == 1 ? " needs" : " need") << " verification, " << s.supported()
      << " supported";
  if (s.verified() > 0) out << "; " << s.verified() << " verified";
  if (s.suppressed() > 0) out << "; " << s.suppressed() << " suppressed";
  if (s.errors() > 0) out << "; " << Plural(s.errors(), "error", "errors");
  out << "\n";
}

void WriteJsonReport(const v1::Report& report, std::ostream& out) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.preserve_proto_field_names = true;
  options.always_print_primitive_fields = true;
  std::string json;
  auto status = google::protobuf::util::MessageToJsonString(report, &json, options);
  if (!status.ok()) throw Error("cannot write the JSON report: " + status.ToString());
  out << json;
  if (json.empty() || json.back() != '\n') out << "\n";
}

int ExitCodeFor(const v1::Report& report, FailOn fail_on) {
  if (report.summary().errors() > 0) return 2;
  for (const auto& file : report.files()) {
    for (const auto& finding : file.findings()) {
      if (!finding.has_verified() && static_cast<int>(finding.verdict()) >= fail_on.threshold) {
        return 1;
      }
    }
  }
  return 0;
}

}  // namespace factcheck
