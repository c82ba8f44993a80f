#include "runner.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <tuple>

#include "factcheck/error.h"
#include "utf8.h"

namespace factcheck {
namespace {

void AddError(v1::FileReport* report, const std::string& checker, const std::string& message,
              unsigned line = 0, unsigned column = 0) {
  v1::FileError* error = report->add_errors();
  error->set_checker(checker);
  error->set_message(message);
  error->set_line(line);
  error->set_column(column);
}

v1::FileReport CheckFile(const std::string& path, std::vector<ActivePlugin>& plugins,
                         const RunOptions& options, std::string* source) {
  v1::FileReport report;
  report.set_path(path == "-" ? "<stdin>" : path);
  auto request = std::make_shared<v1::CheckRequest>();
  try {
    LoadedDocument loaded = BuildDocument(
        report.path(), ReadInput(path, options.document.max_file_bytes), options.document);
    report.set_as_of(loaded.document.as_of());
    report.set_as_of_source(AsOfSourceName(loaded.as_of_source));
    *request->mutable_document() = std::move(loaded.document);
  } catch (const LocatedError& e) {
    AddError(&report, "", e.what(), e.line(), e.column());
    return report;
  } catch (const Error& e) {
    AddError(&report, "", e.what());
    return report;
  }

  const v1::Document& document = request->document();
  LineIndex lines(document.text());
  std::shared_ptr<const v1::CheckRequest> shared = request;
  for (ActivePlugin& plugin : plugins) {
    v1::CheckResponse response;
    grpc::Status status = plugin.client->Check(shared, &response, plugin.timeout);
    if (!status.ok()) {
      AddError(&report, plugin.name,
               "plugin '" + plugin.name + "' failed on " + report.path() + ": " +
                   DescribeStatus(status));
      continue;
    }
    std::string problem = AcceptFindings(plugin, document, lines, response.mutable_findings());
    if (!problem.empty()) {
      AddError(&report, plugin.name,
               "plugin '" + plugin.name + "' returned a bad finding for " + report.path() + ": " +
                   problem + "; its findings were dropped");
      continue;
    }
    for (auto& finding : *response.mutable_findings()) {
      *report.add_findings() = std::move(finding);
    }
  }
  if (!report.findings().empty()) *source = document.text();
  std::sort(report.mutable_findings()->begin(), report.mutable_findings()->end(),
            [](const v1::Finding& a, const v1::Finding& b) {
              return std::forward_as_tuple(a.span().begin(), a.span().end(), a.checker(), a.rule(),
                                           a.message()) <
                     std::forward_as_tuple(b.span().begin(), b.span().end(), b.checker(), b.rule(),
                                           b.message());
            });
  return report;
}

}  // namespace

std::string AcceptFindings(const ActivePlugin& plugin, const v1::Document& document,
                           const LineIndex& lines,
                           google::protobuf::RepeatedPtrField<v1::Finding>* findings) {
  const std::string& text = document.text();
  for (const v1::Finding& finding : *findings) {
    const auto begin = finding.span().begin();
    const auto end = finding.span().end();
    const std::string where = "finding [" + std::to_string(begin) + ", " + std::to_string(end) +
                              ") of rule '" + finding.rule() + "'";
    if (begin > end || end > text.size()) {
      return where + " has a span outside the document (" + std::to_string(text.size()) + " bytes)";
    }
    if (!IsCodePointBoundary(text, begin) || !IsCodePointBoundary(text, end)) {
      return where + " has a span that splits a UTF-8 character";
    }
    if (!plugin.rule_ids.count(finding.rule())) {
      return where + " names a rule the plugin did not describe";
    }
    if (finding.verdict() == v1::VERDICT_UNSPECIFIED || !v1::Verdict_IsValid(finding.verdict())) {
      return where + " has no valid verdict";
    }
  }
  for (v1::Finding& finding : *findings) {
    finding.set_checker(plugin.name);
    const auto start = lines.At(finding.span().begin());
    const auto stop = lines.At(finding.span().end());
    finding.set_line(start.line);
    finding.set_column(start.column);
    finding.set_end_line(stop.line);
    finding.set_end_column(stop.column);
  }
  return {};
}

CheckResult CheckFiles(const std::vector<std::string>& files, std::vector<ActivePlugin>& plugins,
                       const RunOptions& options) {
  CheckResult result;
  v1::Report& report = result.report;
  std::vector<v1::FileReport> results(files.size());
  std::vector<std::string> sources(files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      results[i] = CheckFile(files[i], plugins, options, &sources[i]);
    }
  };
  const std::size_t threads = std::max<std::size_t>(1, std::min(options.jobs, files.size()));
  std::vector<std::thread> workers;
  for (std::size_t t = 1; t < threads; ++t) workers.emplace_back(work);
  work();
  for (auto& worker : workers) worker.join();

  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!sources[i].empty()) result.sources[results[i].path()] = std::move(sources[i]);
  }
  std::sort(results.begin(), results.end(),
            [](const v1::FileReport& a, const v1::FileReport& b) { return a.path() < b.path(); });
  v1::Summary* summary = report.mutable_summary();
  for (auto& file : results) {
    summary->set_files(summary->files() + 1);
    summary->set_errors(summary->errors() + file.errors_size());
    for (const auto& finding : file.findings()) {
      summary->set_claims(summary->claims() + 1);
      switch (finding.verdict()) {
        case v1::VERDICT_CONTRADICTED:
          summary->set_contradicted(summary->contradicted() + 1);
          break;
        case v1::VERDICT_NEEDS_VERIFICATION:
          summary->set_needs_verification(summary->needs_verification() + 1);
          break;
        case v1::VERDICT_SUPPORTED:
          summary->set_supported(summary->supported() + 1);
          break;
        default:
          break;
      }
    }
    *report.add_files() = std::move(file);
  }
  return result;
}

}  // namespace factcheck
