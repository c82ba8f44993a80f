// `--format sarif`: SARIF 2.1.0 for code scanning. One run; a rule per plugin
// rule ("checker/rule") with its summary as help; a result per finding with
// its region, its severity as level (error / warning / note), the evidence in
// the message, the checker's suggested fix, and `suppressions` for findings a
// person verified ("external") or a comment suppressed ("inSource"), as
// CodeQL reports them. SUPPORTED findings only when asked for: code scanning
// turns every result into an alert. File errors become tool notifications.
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/type_resolver_util.h>

#include <cctype>
#include <map>
#include <memory>

#include "base/deterministic_bytes.h"
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

// `object` as JSON with every object's keys in sorted order, the same bytes
// from run to run: a Struct's map comes out in no fixed order, but its
// deterministic serialization sorts the keys, and the JSON is read from it.
std::string SortedJson(const Struct& object) {
  const std::string binary = DeterministicBytes(object);
  static const std::unique_ptr<google::protobuf::util::TypeResolver> resolver(
      google::protobuf::util::NewTypeResolverForDescriptorPool(
          "type.googleapis.com", google::protobuf::DescriptorPool::generated_pool()));
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  std::string json;
  if (!google::protobuf::util::BinaryToJsonString(
           resolver.get(), "type.googleapis.com/" + Struct::descriptor()->full_name(), binary,
           &json, options)
           .ok()) {
    throw Error("cannot write the SARIF report");
  }
  return json;
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

Value Region(unsigned line, unsigned column, unsigned end_line, unsigned end_column) {
  Struct region;
  auto& r = *region.mutable_fields();
  r["startLine"] = Number(line);
  r["startColumn"] = Number(column);
  r["endLine"] = Number(end_line);
  r["endColumn"] = Number(end_column);
  return Object(std::move(region));
}

Value ArtifactLocation(const std::string& path) {
  Struct artifact;
  (*artifact.mutable_fields())["uri"] = Text(ArtifactUri(path));
  return Object(std::move(artifact));
}

Value Location(const std::string& path, const v1::Finding& finding) {
  Struct physical;
  (*physical.mutable_fields())["artifactLocation"] = ArtifactLocation(path);
  (*physical.mutable_fields())["region"] =
      Region(finding.line(), finding.column(), finding.end_line(), finding.end_column());
  Struct location;
  (*location.mutable_fields())["physicalLocation"] = Object(std::move(physical));
  return Object(std::move(location));
}

// The checker's suggestion as a SARIF fix: one replacement.
Value Fix(const std::string& path, const v1::Suggestion& suggestion) {
  Struct inserted;
  (*inserted.mutable_fields())["text"] = Text(suggestion.replacement());
  Struct replacement;
  (*replacement.mutable_fields())["deletedRegion"] = Region(
      suggestion.line(), suggestion.column(), suggestion.end_line(), suggestion.end_column());
  (*replacement.mutable_fields())["insertedContent"] = Object(std::move(inserted));
  ListValue replacements;
  *replacements.add_values() = Object(std::move(replacement));
  Struct change;
  (*change.mutable_fields())["artifactLocation"] = ArtifactLocation(path);
  (*change.mutable_fields())["replacements"] = List(std::move(replacements));
  ListValue changes;
  *changes.add_values() = Object(std::move(change));
  Struct fix;
  (*fix.mutable_fields())["description"] =
      Message(suggestion.description().empty() ? "Replace with \"" + suggestion.replacement() + "\""
                                               : suggestion.description());
  (*fix.mutable_fields())["artifactChanges"] = List(std::move(changes));
  return Object(std::move(fix));
}

// A person verified the finding (the ledger), or a comment suppressed it.
Value Suppression(const v1::Finding& finding) {
  Struct suppression;
  auto& f = *suppression.mutable_fields();
  if (finding.has_verified()) {
    f["kind"] = Text("external");
    f["justification"] = Text(VerifiedText(finding.verified()));
  } else {
    f["kind"] = Text("inSource");
    f["justification"] = Text(finding.suppressed().reason());
  }
  f["status"] = Text("accepted");
  return Object(std::move(suppression));
}

Value Result(const std::string& path, const v1::Finding& finding, FailOn fail_on,
             const std::map<std::string, int>& rule_index) {
  const std::string id = RuleId(finding);
  Struct result;
  auto& f = *result.mutable_fields();
  f["ruleId"] = Text(id);
  if (auto it = rule_index.find(id); it != rule_index.end()) f["ruleIndex"] = Number(it->second);
  f["level"] = Text(SeverityKeyword(SeverityOf(finding, fail_on)));
  f["message"] = Message(finding.message() + " (" + VerdictWords(finding.verdict()) + ": " +
                         finding.claim() + ")" + EvidenceText(finding));
  ListValue locations;
  *locations.add_values() = Location(path, finding);
  f["locations"] = List(std::move(locations));
  if (finding.has_suggestion()) {
    ListValue fixes;
    *fixes.add_values() = Fix(path, finding.suggestion());
    f["fixes"] = List(std::move(fixes));
  }
  if (finding.has_verified() || finding.has_suppressed()) {
    ListValue suppressions;
    *suppressions.add_values() = Suppression(finding);
    f["suppressions"] = List(std::move(suppressions));
  }
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
        if (finding.verdict() == v1::VERDICT_SUPPORTED && !context.show_supported) continue;
        *results.add_values() = Result(file.path(), finding, context.fail_on, rule_index);
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
    out << SortedJson(sarif);
  }
};

}  // namespace

std::unique_ptr<ReportWriter> NewSarifWriter() { return std::make_unique<SarifWriter>(); }

}  // namespace factcheck
