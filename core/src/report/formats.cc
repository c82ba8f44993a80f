#include "report/report_writer.h"

namespace factcheck {

// Each writer's factory, defined in the writer's own file.
std::unique_ptr<ReportWriter> NewTextWriter();
std::unique_ptr<ReportWriter> NewJsonWriter();
std::unique_ptr<ReportWriter> NewSarifWriter();
std::unique_ptr<ReportWriter> NewGithubWriter();
std::unique_ptr<ReportWriter> NewJunitWriter();
std::unique_ptr<ReportWriter> NewHtmlWriter();

const std::vector<ReportFormat>& ReportFormats() {
  static const std::vector<ReportFormat> formats = {
      {"text", "compiler-style lines with the source line underlined", &NewTextWriter},
      {"json", "the Report message in the protobuf JSON mapping", &NewJsonWriter},
      {"sarif", "SARIF 2.1.0 for code scanning", &NewSarifWriter},
      {"github", "GitHub Actions workflow commands (annotations)", &NewGithubWriter},
      {"junit", "JUnit XML for CI test reports", &NewJunitWriter},
      {"html", "one self-contained page for editors", &NewHtmlWriter},
  };
  return formats;
}

const ReportFormat* FindReportFormat(std::string_view name) {
  for (const ReportFormat& format : ReportFormats()) {
    if (name == format.name) return &format;
  }
  return nullptr;
}

std::vector<std::string> ReportFormatNames() {
  std::vector<std::string> names;
  for (const ReportFormat& format : ReportFormats()) names.emplace_back(format.name);
  return names;
}

}  // namespace factcheck
