#include "report/ci_formats.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <cctype>
#include <map>

#include "factcheck/error.h"
#include "report/html_report.h"
#include "report/report.h"

namespace factcheck {
namespace {

using google::protobuf::ListValue;
using google::protobuf::Struct;
using google::protobuf::Value;

Value Text(const std::string& text) {
  Value v;
  v.set_string_value(text);
  return v;
}

Value Number(double number) {
  Value v;
  v.set_number_value(number);
  return v;
}

Value Object(Struct fields) {
  Value v;
  *v.mutable_struct_value() = std::move(fields);
  return v;
}

Value Message(const std::string& text) {
  Struct message;
  (*message.mutable_fields())["text"] = Text(text);
  return Object(std::move(message));
}

const char* SarifLevel(v1::Verdict verdict) {
  switch (verdict) {
    case v1::VERDICT_CONTRADICTED:
      return "error";
    case v1::VERDICT_NEEDS_VERIFICATION:
      return "warning";
    default:
      return "note";
  }
}

// GitHub's escaping of workflow command data and properties.
std::string GithubEscape(const std::string& text, bool property) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

// XML text: HTML's escaping, with the control characters XML forbids
// replaced.
std::string XmlEscape(const std::string& text) {
  std::string clean = text;
  for (char& c : clean) {
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') c = '?';
  }
  return HtmlEscape(clean);
}

// A SARIF artifact URI: relative paths stay relative, absolute ones become
// file:// URIs; anything but unreserved characters and '/' is %-encoded.
std::string ArtifactUri(const std::string& path) {
  std::string out = path.starts_with("/") ? "file://" : "";
  static const char* kHex = "0123456789ABCDEF";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

std::string Evidence(const v1::Finding& finding) {
  std::string out;
  for (const auto& evidence : finding.evidence()) {
    out += "\n" + evidence.source() + ": " + evidence.detail();
  }
  return out;
}

}  // namespace

void WriteSarifReport(const v1::Report& report, const std::vector<PluginInfo>& plugins,
                      const std::string& version, std::ostream& out) {
  ListValue rules;
  std::map<std::string, int> rule_index;
  for (const PluginInfo& plugin : plugins) {
    for (const auto& rule : plugin.description.rules()) {
      const std::string id = plugin.name + "/" + rule.id();
      rule_index[id] = rules.values_size();
      Struct entry;
      auto& f = *entry.mutable_fields();
      f["id"] = Text(id);
      f["name"] = Text(rule.id());
      f["shortDescription"] = Message(rule.summary());
      f["fullDescription"] = Message(rule.summary());
      f["help"] = Message(rule.summary() + " (plugin " + plugin.description.name() + " " +
                          plugin.description.version() + ")");
      *rules.add_values() = Object(std::move(entry));
    }
  }
  ListValue results;
  ListValue notifications;
  for (const v1::FileReport& file : report.files()) {
    for (const v1::Finding& finding : file.findings()) {
      const std::string id = finding.checker() + "/" + finding.rule();
      Struct result;
      auto& f = *result.mutable_fields();
      f["ruleId"] = Text(id);
      if (auto it = rule_index.find(id); it != rule_index.end())
        f["ruleIndex"] = Number(it->second);
      f["level"] = Text(SarifLevel(finding.verdict()));
      f["message"] = Message(finding.message() + " (" + VerdictWords(finding.verdict()) + ": " +
                             finding.claim() + ")" + Evidence(finding));
      Struct region;
      auto& r = *region.mutable_fields();
      r["startLine"] = Number(finding.line());
      r["startColumn"] = Number(finding.column());
      r["endLine"] = Number(finding.end_line());
      r["endColumn"] = Number(finding.end_column());
      Struct artifact;
      (*artifact.mutable_fields())["uri"] = Text(ArtifactUri(file.path()));
      Struct physical;
      (*physical.mutable_fields())["artifactLocation"] = Object(std::move(artifact));
      (*physical.mutable_fields())["region"] = Object(std::move(region));
      Struct location;
      (*location.mutable_fields())["physicalLocation"] = Object(std::move(physical));
      ListValue locations;
      *locations.add_values() = Object(std::move(location));
      f["locations"].mutable_list_value()->Swap(&locations);
      *results.add_values() = Object(std::move(result));
    }
    for (const v1::FileError& error : file.errors()) {
      Struct notification;
      auto& f = *notification.mutable_fields();
      f["level"] = Text("error");
      f["message"] = Message(file.path() + ": " + error.message());
      *notifications.add_values() = Object(std::move(notification));
    }
  }
  Struct driver;
  (*driver.mutable_fields())["name"] = Text("factcheck");
  (*driver.mutable_fields())["version"] = Text(version);
  (*driver.mutable_fields())["rules"].mutable_list_value()->Swap(&rules);
  Struct tool;
  (*tool.mutable_fields())["driver"] = Object(std::move(driver));
  Struct invocation;
  (*invocation.mutable_fields())["executionSuccessful"].set_bool_value(
      notifications.values_size() == 0);
  (*invocation.mutable_fields())["toolExecutionNotifications"].mutable_list_value()->Swap(
      &notifications);
  ListValue invocations;
  *invocations.add_values() = Object(std::move(invocation));
  Struct run;
  (*run.mutable_fields())["tool"] = Object(std::move(tool));
  (*run.mutable_fields())["results"].mutable_list_value()->Swap(&results);
  (*run.mutable_fields())["invocations"].mutable_list_value()->Swap(&invocations);
  ListValue runs;
  *runs.add_values() = Object(std::move(run));
  Struct sarif;
  (*sarif.mutable_fields())["$schema"] = Text("https://json.schemastore.org/sarif-2.1.0.json");
  (*sarif.mutable_fields())["version"] = Text("2.1.0");
  (*sarif.mutable_fields())["runs"].mutable_list_value()->Swap(&runs);
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  std::string json;
  if (!google::protobuf::util::MessageToJsonString(sarif, &json, options).ok()) {
    throw Error("cannot write the SARIF report");
  }
  out << json;
}

void WriteGithubReport(const v1::Report& report, bool show_supported, std::ostream& out) {
  for (const v1::FileReport& file : report.files()) {
    for (const v1::FileError& error : file.errors()) {
      out << "::error file=" << GithubEscape(file.path(), true);
      if (error.line() > 0) out << ",line=" << error.line() << ",col=" << error.column();
      out << ",title=" << GithubEscape("factcheck error", true)
          << "::" << GithubEscape(error.message(), false) << "\n";
    }
    for (const v1::Finding& finding : file.findings()) {
      const char* command = finding.verdict() == v1::VERDICT_CONTRADICTED         ? "error"
                            : finding.verdict() == v1::VERDICT_NEEDS_VERIFICATION ? "warning"
                                                                                  : "notice";
      if (finding.verdict() == v1::VERDICT_SUPPORTED && !show_supported) continue;
      out << "::" << command << " file=" << GithubEscape(file.path(), true)
          << ",line=" << finding.line() << ",col=" << finding.column()
          << ",endLine=" << finding.end_line() << ",endColumn=" << finding.end_column()
          << ",title=" << GithubEscape(finding.checker() + "/" + finding.rule(), true)
          << "::" << GithubEscape(finding.message() + Evidence(finding), false) << "\n";
    }
  }
}

void WriteJunitReport(const v1::Report& report, FailOn fail_on, std::ostream& out) {
  int failures = 0, errors = 0;
  std::string cases;
  for (const v1::FileReport& file : report.files()) {
    cases += "    <testcase classname=\"factcheck\" name=\"" + XmlEscape(file.path()) + "\">\n";
    for (const v1::Finding& finding : file.findings()) {
      if (static_cast<int>(finding.verdict()) < fail_on.threshold) continue;
      ++failures;
      cases += "      <failure type=\"" + XmlEscape(finding.checker() + "/" + finding.rule()) +
               "\" message=\"" + XmlEscape(finding.message()) + "\">" +
               XmlEscape(file.path() + ":" + std::to_string(finding.line()) + ":" +
                         std::to_string(finding.column()) + ": " + VerdictWords(finding.verdict()) +
                         ": " + finding.claim() + Evidence(finding)) +
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

}  // namespace factcheck
