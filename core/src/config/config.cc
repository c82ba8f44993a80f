#include "config/config.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <set>

#include "base/iso_date.h"
#include "base/overloaded.h"
#include "base/yaml_struct.h"
#include "config/paths.h"
#include "factcheck/error.h"

namespace factcheck {
namespace fs = std::filesystem;
namespace {

// An hour: a deadline longer than that is a mistake, and gRPC deadlines and
// the watchdog's clock stay far from overflow.
constexpr long long kMaxTimeoutMs = 3'600'000;
// 1 GiB: spans are 32-bit byte offsets, and a document is held in memory
// several times over.
constexpr long long kMaxFileBytes = 1LL << 30;

class ConfigReader {
 public:
  explicit ConfigReader(std::string path)
      : path_(std::move(path)), dir_(fs::absolute(fs::path(path_)).parent_path().string()) {}

  [[noreturn]] void Fail(const YAML::Node& node, const std::string& message) const {
    const YAML::Mark mark = node.Mark();
    throw LocatedError(path_, static_cast<unsigned>(mark.line) + 1,
                       static_cast<unsigned>(mark.column) + 1, message);
  }

  // Rejects keys not in `allowed`, naming the first unknown one.
  void CheckKeys(const YAML::Node& map, const std::set<std::string>& allowed,
                 const std::string& what) const {
    for (const auto& entry : map) {
      const std::string key = entry.first.Scalar();
      if (allowed.count(key)) continue;
      std::string list;
      for (const auto& name : allowed) list += (list.empty() ? "" : ", ") + name;
      Fail(entry.first,
           "unknown key '" + key + "' in " + what + " (expected one of: " + list + ")");
    }
  }

  std::string String(const YAML::Node& node, const std::string& key) const {
    if (!node.IsScalar() || node.Scalar().empty()) {
      Fail(node, "'" + key + "' must be a non-empty string");
    }
    return node.Scalar();
  }

  bool Boolean(const YAML::Node& node, const std::string& key) const {
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
      Fail(node, "'" + key + "' must be true or false");
    }
    return value;
  }

  // A whole number in [min, max].
  long long Integer(const YAML::Node& node, const std::string& key, long long min,
                    long long max) const {
    long long value = 0;
    if (!node.IsScalar() || !YAML::convert<long long>::decode(node, value) || value < min ||
        value > max) {
      Fail(node, "'" + key + "' must be a whole number from " + std::to_string(min) + " to " +
                     std::to_string(max));
    }
    return value;
  }

  static FilePosition PositionOf(const YAML::Node& node) {
    return {static_cast<unsigned>(node.Mark().line) + 1,
            static_cast<unsigned>(node.Mark().column) + 1};
  }

  // A relative path written in the configuration, made absolute against its
  // folder.
  std::string FromConfigDir(const std::string& path) const {
    const fs::path p(path);
    return p.is_absolute() ? path : (fs::path(dir_) / p).lexically_normal().string();
  }

  // `library:`: a value with a '/' is a path, relative to this file's folder.
  std::string Library(const YAML::Node& node) const {
    std::string value = String(node, "library");
    if (value.find('/') != std::string::npos) value = FromConfigDir(value);
    return value;
  }

  CommandTransport Command(const YAML::Node& node) const {
    if (!node.IsSequence() || node.size() == 0) {
      Fail(node, "'command' must be a list: [program, arguments...]");
    }
    CommandTransport spawn;
    for (const auto& word : node) spawn.argv.push_back(String(word, "command"));
    // A program named with a path starts from this file's folder; a bare
    // name is looked up in PATH.
    if (spawn.argv[0].find('/') != std::string::npos) spawn.argv[0] = FromConfigDir(spawn.argv[0]);
    spawn.working_dir = dir_;
    return spawn;
  }

  // Option names, at any depth, are words: a list, a mapping or a tag alone
  // ("!:") as a key is an error at its place.
  void RequireScalarKeys(const YAML::Node& node) const {
    if (node.IsSequence()) {
      for (const auto& item : node) RequireScalarKeys(item);
    } else if (node.IsMap()) {
      for (const auto& entry : node) {
        if (!entry.first.IsScalar()) Fail(entry.first, "an option's name must be a word");
        RequireScalarKeys(entry.second);
      }
    }
  }

  void Options(const YAML::Node& node, PluginConfig* plugin) const {
    if (node.Mark().line >= 0) plugin->options_position = PositionOf(node);
    if (!node.IsMap() && !node.IsNull()) Fail(node, "'options' must be a mapping");
    if (!node.IsMap()) return;
    RequireScalarKeys(node);
    *plugin->options.mutable_fields() = YamlToValue(node).struct_value().fields();
    for (const auto& entry : node) {
      plugin->option_positions[entry.first.Scalar()] = PositionOf(entry.first);
    }
  }

  PluginConfig Plugin(const YAML::Node& node) const {
    if (!node.IsMap()) Fail(node, "each entry of 'plugins' must be a mapping");
    CheckKeys(node, {"name", "library", "isolate", "endpoint", "command", "timeout_ms", "options"},
              "a plugin entry");
    PluginConfig plugin;
    plugin.line = static_cast<unsigned>(node.Mark().line) + 1;
    plugin.column = static_cast<unsigned>(node.Mark().column) + 1;
    if (!node["name"]) Fail(node, "a plugin entry needs a 'name'");
    plugin.name = String(node["name"], "name");
    int transports = 0;
    plugin.options_position = {plugin.line, plugin.column};
    if (const auto library = node["library"]) {
      const auto isolate = node["isolate"];
      plugin.transport = LibraryTransport{Library(library), isolate && Boolean(isolate, "isolate")};
      ++transports;
    } else if (const auto isolate = node["isolate"]) {
      Fail(isolate,
           "'isolate' is for a 'library' plugin: 'command' and 'endpoint' plugins run "
           "in a process of their own already");
    }
    if (const auto endpoint = node["endpoint"]) {
      plugin.transport = EndpointTransport{String(endpoint, "endpoint")};
      ++transports;
    }
    if (const auto command = node["command"]) {
      plugin.transport = Command(command);
      ++transports;
    }
    for (const char* key : {"library", "endpoint", "command"}) {
      if (const auto transport = node[key]) {
        plugin.transport_line = static_cast<unsigned>(transport.Mark().line) + 1;
        plugin.transport_column = static_cast<unsigned>(transport.Mark().column) + 1;
      }
    }
    if (transports != 1) {
      Fail(node,
           "plugin '" + plugin.name + "' needs exactly one of 'library', 'endpoint' or 'command'");
    }
    if (const auto timeout = node["timeout_ms"]) {
      plugin.timeout_ms = static_cast<int>(Integer(timeout, "timeout_ms", 1, kMaxTimeoutMs));
    }
    if (const auto options = node["options"]) Options(options, &plugin);
    return plugin;
  }

  Config Read(const YAML::Node& root) const {
    Config config;
    config.path = path_;
    config.dir = dir_;
    if (root.IsNull()) return config;
    if (!root.IsMap()) Fail(root, "the configuration must be a YAML mapping");
    CheckKeys(root,
              {"as_of", "date_order", "fail_on", "max_file_bytes", "plugins", "reference", "rules"},
              "the configuration");
    if (const auto as_of = root["as_of"]) {
      const auto date = ParseExactIsoDate(String(as_of, "as_of"));
      if (!date) Fail(as_of, "'as_of' must be a date, YYYY-MM-DD");
      config.as_of = date;
    }
    if (const auto order = root["date_order"]) {
      config.date_order = String(order, "date_order");
      if (config.date_order != "mdy" && config.date_order != "dmy" && config.date_order != "ymd") {
        Fail(order, "'date_order' must be mdy, dmy or ymd");
      }
    }
    if (const auto fail_on = root["fail_on"]) {
      auto parsed = ParseFailOn(String(fail_on, "fail_on"));
      if (!parsed) {
        Fail(fail_on, std::string("'fail_on' must be ") + kFailOnChoices);
      }
      config.fail_on = *parsed;
    }
    if (const auto max = root["max_file_bytes"]) {
      config.max_file_bytes =
          static_cast<std::size_t>(Integer(max, "max_file_bytes", 1, kMaxFileBytes));
    }
    if (const auto plugins = root["plugins"]) {
      if (!plugins.IsSequence() && !plugins.IsNull()) {
        Fail(plugins, "'plugins' must be a list");
      }
      std::set<std::string> names;
      for (const auto& entry : plugins) {
        PluginConfig plugin = Plugin(entry);
        plugin.options_dir = config.dir;
        if (!names.insert(plugin.name).second) {
          Fail(entry["name"], "plugin name '" + plugin.name + "' is used twice");
        }
        config.plugins.push_back(std::move(plugin));
      }
    }
    if (const auto reference = root["reference"]) {
      config.reference.dir = config.dir;
      config.reference.line = static_cast<unsigned>(reference.Mark().line) + 1;
      config.reference.column = static_cast<unsigned>(reference.Mark().column) + 1;
      config.reference.paths = Strings(reference, "reference");
    }
    if (const auto rules = root["rules"]) config.rules = Rules(rules);
    return config;
  }

 private:
  // A string or a list of non-empty strings.
  std::vector<std::string> Strings(const YAML::Node& node, const std::string& key) const {
    if (node.IsScalar()) return {String(node, key)};
    if (!node.IsSequence()) Fail(node, "'" + key + "' must be a path or a list of paths");
    std::vector<std::string> out;
    for (const auto& item : node) out.push_back(String(item, key));
    return out;
  }

  // `rules:`: a mapping of rule patterns to off, note, warning or error.
  std::vector<RuleSetting> Rules(const YAML::Node& node) const {
    if (!node.IsMap()) {
      Fail(node, "'rules' must be a mapping of rule patterns to off, note, warning or error");
    }
    std::vector<RuleSetting> rules;
    for (const auto& entry : node) {
      RuleSetting rule;
      rule.pattern = String(entry.first, "rules");
      rule.line = static_cast<unsigned>(entry.first.Mark().line) + 1;
      rule.column = static_cast<unsigned>(entry.first.Mark().column) + 1;
      const std::string value = entry.second.IsScalar() ? entry.second.Scalar() : "";
      if (value == "off") {
        rule.off = true;
      } else if (value == "note") {
        rule.severity = v1::SEVERITY_NOTE;
      } else if (value == "warning") {
        rule.severity = v1::SEVERITY_WARNING;
      } else if (value == "error") {
        rule.severity = v1::SEVERITY_ERROR;
      } else {
        Fail(entry.second, "rule '" + rule.pattern + "' must be off, note, warning or error");
      }
      rules.push_back(std::move(rule));
    }
    return rules;
  }

  std::string path_;
  std::string dir_;  // The file's folder, absolute.
};

// Runs the bundled plugins when `config` names none.
void ExtendWithBundledPlugins(Config* config, const YAML::Node& root) {
  if (root.IsMap() && root["plugins"]) return;
  const std::string bundled = DefaultConfigPath();
  std::error_code ec;
  if (!fs::is_regular_file(bundled, ec) || fs::equivalent(config->path, bundled, ec)) return;
  const std::optional<YAML::Node> defaults = LoadYamlFile(bundled);
  if (!defaults) return;
  Config base = ConfigReader(bundled).Read(*defaults);
  config->plugins = std::move(base.plugins);
  if (config->reference.paths.empty()) config->reference = std::move(base.reference);
  config->plugins_from = bundled;
}

}  // namespace

Config LoadConfig(const std::string& path) {
  const std::optional<YAML::Node> root = LoadYamlFile(path);
  if (!root) throw Error(path + ": cannot open the configuration file");
  Config config = ConfigReader(path).Read(*root);
  ExtendWithBundledPlugins(&config, *root);
  return config;
}

std::string FindConfig(const std::string& explicit_path, const std::string& start) {
  if (!explicit_path.empty()) return explicit_path;
  if (!start.empty() && start != "-") {
    std::error_code ec;
    fs::path dir = fs::absolute(fs::path(start), ec);
    if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
    for (; !dir.empty(); dir = dir.parent_path()) {
      fs::path candidate = dir / ".factcheck.yaml";
      if (fs::is_regular_file(candidate, ec)) return candidate.string();
      if (dir == dir.root_path()) break;
    }
  }
  return DefaultConfigPath();
}

std::string Where(const Config& config, const FilePosition& position) {
  return config.path + ":" + std::to_string(position.line) + ":" + std::to_string(position.column) +
         ": ";
}

namespace {

// Every string in `value` that names an existing file, relative to `base`.
void AddOptionFiles(const google::protobuf::Value& value, const fs::path& base,
                    std::vector<std::string>* files) {
  switch (value.kind_case()) {
    case google::protobuf::Value::kStringValue: {
      fs::path path = value.string_value();
      if (path.is_relative()) path = base / path;
      std::error_code ec;
      if (fs::is_regular_file(path, ec)) files->push_back(path.lexically_normal().string());
      break;
    }
    case google::protobuf::Value::kListValue:
      for (const auto& item : value.list_value().values()) AddOptionFiles(item, base, files);
      break;
    case google::protobuf::Value::kStructValue:
      for (const auto& [key, item] : value.struct_value().fields()) {
        AddOptionFiles(item, base, files);
      }
      break;
    default:
      break;
  }
}

}  // namespace

std::vector<std::string> FilesNamedBy(const Config& config) {
  std::vector<std::string> files{config.path};
  for (const auto& path : config.reference.paths) {
    google::protobuf::Value value;
    value.set_string_value(path);
    AddOptionFiles(value, config.reference.dir, &files);
  }
  for (const PluginConfig& plugin : config.plugins) {
    google::protobuf::Value options;
    *options.mutable_struct_value() = plugin.options;
    AddOptionFiles(options, plugin.options_dir.empty() ? config.dir : plugin.options_dir, &files);
  }
  return files;
}

std::string DescribeTransport(const Transport& transport) {
  return std::visit(Overloaded{
                        [](const LibraryTransport& t) {
                          return "library " + t.library + (t.isolate ? " (isolated)" : "");
                        },
                        [](const EndpointTransport& t) { return "endpoint " + t.target; },
                        [](const CommandTransport& t) {
                          std::string shown = "command";
                          for (const auto& word : t.argv) shown += " " + word;
                          return shown;
                        },
                    },
                    transport);
}

std::chrono::year_month_day ParseDateSetting(std::string_view text, const std::string& what) {
  const auto date = ParseExactIsoDate(text);
  if (!date) throw Error(what + " must be a date, YYYY-MM-DD (got '" + std::string(text) + "')");
  return *date;
}

std::string DumpConfig(const Config& config) {
  YAML::Emitter out;
  out << YAML::Comment("effective configuration, read from " + config.path);
  out << YAML::BeginMap;
  if (config.as_of) out << YAML::Key << "as_of" << YAML::Value << FormatIsoDate(*config.as_of);
  if (!config.date_order.empty()) {
    out << YAML::Key << "date_order" << YAML::Value << config.date_order;
  }
  out << YAML::Key << "fail_on" << YAML::Value << FailOnKeyword(config.fail_on);
  out << YAML::Key << "max_file_bytes" << YAML::Value << config.max_file_bytes;
  if (!config.reference.paths.empty()) {
    std::vector<std::string> absolute;
    for (const auto& p : config.reference.paths) {
      absolute.push_back(fs::path(p).is_absolute() ? p
                                                   : (fs::path(config.reference.dir) / p).string());
    }
    out << YAML::Key << "reference" << YAML::Value << absolute;
  }
  if (!config.rules.empty()) {
    out << YAML::Key << "rules" << YAML::Value << YAML::BeginMap;
    for (const RuleSetting& rule : config.rules) {
      out << YAML::Key << rule.pattern << YAML::Value
          << (rule.off ? "off" : SeverityKeyword(rule.severity));
    }
    out << YAML::EndMap;
  }
  if (!config.plugins_from.empty()) {
    out << YAML::Comment("no plugins in " + config.path + ": the bundled ones, from " +
                         config.plugins_from);
  }
  out << YAML::Key << "plugins" << YAML::Value << YAML::BeginSeq;
  for (const PluginConfig& plugin : config.plugins) {
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << plugin.name;
    std::visit(Overloaded{
                   [&](const LibraryTransport& t) {
                     out << YAML::Key << "library" << YAML::Value << t.library;
                     if (t.isolate) out << YAML::Key << "isolate" << YAML::Value << true;
                   },
                   [&](const EndpointTransport& t) {
                     out << YAML::Key << "endpoint" << YAML::Value << t.target;
                   },
                   [&](const CommandTransport& t) {
                     out << YAML::Key << "command" << YAML::Value << YAML::Flow << t.argv;
                   },
               },
               plugin.transport);
    out << YAML::Key << "timeout_ms" << YAML::Value << plugin.timeout_ms;
    google::protobuf::Value options;
    *options.mutable_struct_value() = plugin.options;
    out << YAML::Key << "options" << YAML::Value << ValueToYaml(options);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace factcheck
