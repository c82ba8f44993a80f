// `--format sarif`: SARIF 2.1.0 for code scanning. One run; a rule per plugin
// rule ("checker/rule") with its summary as help; a result per finding with
// its region, level error / warning / note for contradicted / needs
// verification / supported, and the evidence in the message; file errors
// become tool notifications.
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <cctype>
#include <map>

#include "factcheck/error.h"
#include "report/escape.h"
#include "report/report_writer.h"

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

Value List(ListValue items) {
  Value v;
  v.mutable_list_value()->Swap(&items);
  return v;
}

Value Message(const std::string& text) {
  Struct message;
  (*message.mutable_fields())["text"] = Text(text);
  return Object(std::move(message));
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

// The driver's rules, and each rule id's index among them.
ListValue Rules(const std::vector<PluginInfo>& plugins, std::map<std::string, int>* index) {
  ListValue rules;
  for (const PluginInfo& plugin : plugins) {
    for (const auto& rule : plugin.description.rules()) {
      const std::string id = RuleId(plugin.name, rule.id());
      (*index)[id] = rules.values_size();
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
  return rules;
}

Value Location(const std::string& path, const v1::Finding& finding) {
  Struct region;
  auto& r = *region.mutable_fields();
  r["startLine"] = Number(finding.line());
  r["startColumn"] = Number(finding.column());
  r["endLine"] = Number(finding.end_line());
  r["endColumn"] = Number(finding.end_column());
  Struct artifact;
  (*artifact.mutable_fields())["uri"] = Text(ArtifactUri(path));
  Struct physical;
  (*physical.mutable_fields())["artifactLocation"] = Object(std::move(artifact));
  (*physical.mutable_fields())["region"] = Object(std::move(region));
  Struct location;
  (*location.mutable_fields())["physicalLocation"] = Object(std::move(physical));
  return Object(std::move(location));
}

Value Result(const std::string& path, const v1::Finding& finding,
             const std::map<std::string, int>& rule_index) {
  const std::string id = RuleId(finding);
  Struct result;
  auto& f = *result.mutable_fields();
  f["ruleId"] = Text(id);
  if (auto it = rule_index.find(id); it != rule_index.end()) f["ruleIndex"] = Number(it->second);
  f["level"] = Text(NamesOf(finding.verdict()).sarif_level);
  f["message"] = Message(finding.message() + " (" + VerdictWords(finding.verdict()) + ": " +
                         finding.claim() + ")" + EvidenceText(finding));
  ListValue locations;
  *locations.add_values() = Location(path, finding);
  f["locations"] = List(std::move(locations));
  return Object(std::move(result));
}

Value Notification(const std::string& path, const v1::FileError& error) {
  Struct notification;
  auto& f = *notification.mutable_fields();
  f["level"] = Text("error");
  f["message"] = Message(path + ": " + error.message());
  return Object(std::move(notification));
}

Value Run(ListValue rules, ListValue results, ListValue notifications, const std::string& version) {
  Struct driver;
  (*driver.mutable_fields())["name"] = Text("factcheck");
  (*driver.mutable_fields())["version"] = Text(version);
  (*driver.mutable_fields())["rules"] = List(std::move(rules));
  Struct tool;
  (*tool.mutable_fields())["driver"] = Object(std::move(driver));
  Struct invocation;
  (*invocation.mutable_fields())["executionSuccessful"].set_bool_value(
      notifications.values_size() == 0);
  (*invocation.mutable_fields())["toolExecutionNotifications"] = List(std::move(notifications));
  ListValue invocations;
  *invocations.add_values() = Object(std::move(invocation));
  Struct run;
  (*run.mutable_fields())["tool"] = Object(std::move(tool));
  (*run.mutable_fields())["results"] = List(std::move(results));
  (*run.mutable_fields())["invocations"] = List(std::move(invocations));
  return Object(std::move(run));
}

class SarifWriter final : public ReportWriter {
 public:
  void Write(const v1::Report& report, const ReportContext& context,
             std::ostream& out) const override {
    std::map<std::string, int> rule_index;
    ListValue rules = Rules(context.plugins, &rule_index);
    ListValue results, notifications;
    for (const v1::FileReport& file : report.files()) {
      for (const v1::Finding& finding : file.findings()) {
        *results.add_values() = Result(file.path(), finding, rule_index);
      }
      for (const v1::FileError& error : file.errors()) {
        *notifications.add_values() = Notification(file.path(), error);
      }
    }
    ListValue runs;
    *runs.add_values() =
        Run(std::move(rules), std::move(results), std::move(notifications), context.tool_version);
    Struct sarif;
    (*sarif.mutable_fields())["$schema"] = Text("https://json.schemastore.org/sarif-2.1.0.json");
    (*sarif.mutable_fields())["version"] = Text("2.1.0");
    (*sarif.mutable_fields())["runs"] = List(std::move(runs));
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    std::string json;
    if (!google::protobuf::util::MessageToJsonString(sarif, &json, options).ok()) {
      throw Error("cannot write the SARIF report");
    }
    out << json;
  }
};

}  // namespace

std::unique_ptr<ReportWriter> NewSarifWriter() { return std::make_unique<SarifWriter>(); }

}  // namespace factcheck
