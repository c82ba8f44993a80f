// `--format junit`: JUnit XML, a test case per file, a failure per finding at
// or above fail_on, an error per file error.
#include "report/escape.h"
#include "report/report_writer.h"

namespace factcheck {
namespace {

class JunitWriter final : public ReportWriter {
 public:
  void Write(const v1::Report& report, const ReportContext& context,
             std::ostream& out) const override {
    int failures = 0, errors = 0;
    std::string cases;
    for (const v1::FileReport& file : report.files()) {
      cases += "    <testcase classname=\"factcheck\" name=\"" + XmlEscape(file.path()) + "\">\n";
      for (const v1::Finding& finding : file.findings()) {
        if (!context.fail_on.Fails(finding.verdict())) continue;
        ++failures;
        cases += "      <failure type=\"" + XmlEscape(RuleId(finding)) + "\" message=\"" +
                 XmlEscape(finding.message()) + "\">" + XmlEscape(Details(file, finding)) +
                 "</failure>\n";
      }
      for (const v1::FileError& error : file.errors()) {
        ++errors;
        cases += "      <error message=\"" + XmlEscape(error.message()) + "\"/>\n";
      }
      cases += "    </testcase>\n";
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
        << "  <testsuite name=\"factcheck\" tests=\"" << report.files_size() << "\" failures=\""
        << failures << "\" errors=\"" << errors << "\">\n"
        << cases << "  </testsuite>\n</testsuites>\n";
  }

 private:
  // "path:line:col: verdict: claim" and the evidence.
  static std::string Details(const v1::FileReport& file, const v1::Finding& finding) {
    return file.path() + ":" + std::to_string(finding.line()) + ":" +
           std::to_string(finding.column()) + ": " + VerdictWords(finding.verdict()) + ": " +
           finding.claim() + EvidenceText(finding);
  }
};

}  // namespace

std::unique_ptr<ReportWriter> NewJunitWriter() { return std::make_unique<JunitWriter>(); }

}  // namespace factcheck
