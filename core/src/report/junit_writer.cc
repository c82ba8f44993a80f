// `--format junit`: JUnit XML as Jenkins, GitLab and Azure DevOps read it: a
// test suite per file and a test case per finding — failed when the finding
// fails the run, skipped when a person verified it or a comment suppressed
// it, passed otherwise — and a test case with an error per file error. A file
// without findings has one passing case, so that every file is listed.
#include "report/escape.h"
#include "report/report_writer.h"

namespace factcheck {
namespace {

struct Counts {
  int tests = 0, failures = 0, errors = 0, skipped = 0;

  void Add(const Counts& other) {
    tests += other.tests;
    failures += other.failures;
    errors += other.errors;
    skipped += other.skipped;
  }
  std::string Attributes() const {
    return "tests=\"" + std::to_string(tests) + "\" failures=\"" + std::to_string(failures) +
           "\" errors=\"" + std::to_string(errors) + "\" skipped=\"" + std::to_string(skipped) +
           "\"";
  }
};

class JunitWriter final : public ReportWriter {
 public:
  void Write(const v1::Report& report, const ReportContext& context,
             std::ostream& out) const override {
    Counts total;
    std::string suites;
    for (const v1::FileReport& file : report.files()) {
      Counts counts;
      const std::string cases = Cases(file, context, &counts);
      total.Add(counts);
      suites += "  <testsuite name=\"" + XmlEscape(file.path()) + "\" " + counts.Attributes() +
                ">\n" + cases + "  </testsuite>\n";
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"factcheck\" "
        << total.Attributes() << ">\n"
        << suites << "</testsuites>\n";
  }

 private:
  static std::string Cases(const v1::FileReport& file, const ReportContext& context,
                           Counts* counts) {
    std::string cases;
    const std::string path = XmlEscape(file.path());
    for (const v1::FileError& error : file.errors()) {
      ++counts->tests;
      ++counts->errors;
      cases +=
          "    <testcase classname=\"factcheck\" name=\"" +
          XmlEscape(error.checker().empty() ? "reading the file" : "plugin " + error.checker()) +
          "\" file=\"" + path + "\"><error message=\"" + XmlEscape(error.message()) +
          "\"/></testcase>\n";
    }
    for (const v1::Finding& finding : file.findings()) {
      ++counts->tests;
      cases += "    <testcase classname=\"" + XmlEscape(RuleId(finding)) + "\" name=\"" +
               XmlEscape(Name(finding)) + "\" file=\"" + path + "\" line=\"" +
               std::to_string(finding.line()) + "\">" + Outcome(file, finding, context, counts) +
               "</testcase>\n";
    }
    if (file.findings().empty() && file.errors().empty()) {
      ++counts->tests;
      cases += "    <testcase classname=\"factcheck\" name=\"no claims to check\" file=\"" + path +
               "\"/>\n";
    }
    return cases;
  }

  // "line 4:7: Boris Pistorius: former Defence Minister of Germany on ...".
  static std::string Name(const v1::Finding& finding) {
    return "line " + std::to_string(finding.line()) + ":" + std::to_string(finding.column()) +
           ": " + finding.claim();
  }

  static std::string Outcome(const v1::FileReport& file, const v1::Finding& finding,
                             const ReportContext& context, Counts* counts) {
    if (finding.has_verified()) {
      ++counts->skipped;
      return "<skipped message=\"" + XmlEscape(VerifiedText(finding.verified())) + "\"/>";
    }
    if (finding.has_suppressed()) {
      ++counts->skipped;
      return "<skipped message=\"" + XmlEscape("suppressed: " + finding.suppressed().reason()) +
             "\"/>";
    }
    if (!FailsRun(finding, context.fail_on)) return "";
    ++counts->failures;
    return "<failure type=\"" + XmlEscape(RuleId(finding)) + "\" message=\"" +
           XmlEscape(finding.message()) + "\">" +
           XmlEscape(file.path() + ":" + std::to_string(finding.line()) + ":" +
                     std::to_string(finding.column()) + ": " + VerdictWords(finding.verdict()) +
                     ": " + finding.claim() + EvidenceText(finding)) +
           "</failure>";
  }
};

}  // namespace

std::unique_ptr<ReportWriter> NewJunitWriter() { return std::make_unique<JunitWriter>(); }

}  // namespace factcheck
