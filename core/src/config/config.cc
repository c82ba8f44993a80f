#include "config/config.h"

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <set>

#include "base/iso_date.h"
#include "base/yaml_struct.h"
#include "config/paths.h"
#include "factcheck/error.h"

namespace factcheck {
namespace fs = std::filesystem;
namespace {

class ConfigReader {
 public:
  explicit ConfigReader(std::string path) : path_(std::move(path)) {}

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

  long long Integer(const YAML::Node& node, const std::string& key, long long min) const {
    long long value = 0;
    if (!node.IsScalar() || !YAML::convert<long long>::decode(node, value) || value < min) {
      Fail(node, "'" + key + "' must be a whole number of at least " + std::to_string(min));
    }
    return value;
  }

  PluginConfig Plugin(const YAML::Node& node) const {
    if (!node.IsMap()) Fail(node, "each entry of 'plugins' must be a mapping");
    CheckKeys(node, {"name", "library", "endpoint", "command", "timeout_ms", "options"},
              "a plugin entry");
    PluginConfig plugin;
    plugin.line = static_cast<unsigned>(node.Mark().line) + 1;
    plugin.column = static_cast<unsigned>(node.Mark().column) + 1;
    if (!node["name"]) Fail(node, "a plugin entry needs a 'name'");
    plugin.name = String(node["name"], "name");
    int transports = 0;
    if (const auto library = node["library"]) {
      plugin.transport = PluginConfig::Transport::kLibrary;
      plugin.library = String(library, "library");
      ++transports;
    }
    if (const auto endpoint = node["endpoint"]) {
      plugin.transport = PluginConfig::Transport::kEndpoint;
      plugin.endpoint = String(endpoint, "endpoint");
      ++transports;
    }
    if (const auto command = node["command"]) {
      plugin.transport = PluginConfig::Transport::kCommand;
      if (!command.IsSequence() || command.size() == 0) {
        Fail(command, "'command' must be a list: [program, arguments...]");
      }
      for (const auto& word : command) plugin.command.push_back(String(word, "command"));
      ++transports;
    }
    if (transports != 1) {
      Fail(node,
           "plugin '" + plugin.name + "' needs exactly one of 'library', 'endpoint' or 'command'");
    }
    if (const auto timeout = node["timeout_ms"]) {
      plugin.timeout_ms = static_cast<int>(Integer(timeout, "timeout_ms", 1));
    }
    if (const auto options = node["options"]) {
      if (!options.IsMap() && !options.IsNull()) {
        Fail(options, "'options' must be a mapping");
      }
      if (options.IsMap()) {
        *plugin.options.mutable_fields() = YamlToValue(options).struct_value().fields();
      }
    }
    return plugin;
  }

  Config Read(const YAML::Node& root) const {
    Config config;
    config.path = path_;
    config.dir = fs::absolute(fs::path(path_)).parent_path().string();
    if (root.IsNull()) return config;
    if (!root.IsMap()) Fail(root, "the configuration must be a YAML mapping");
    CheckKeys(root, {"as_of", "date_order", "fail_on", "max_file_bytes", "plugins"},
              "the configuration");
    if (const auto as_of = root["as_of"]) {
      auto date = ParseIsoDate(String(as_of, "as_of"));
      if (!date || as_of.Scalar().size() != 10) {
        Fail(as_of, "'as_of' must be a date, YYYY-MM-DD");
      }
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
      config.max_file_bytes = static_cast<std::size_t>(Integer(max, "max_file_bytes", 1));
    }
    if (const auto plugins = root["plugins"]) {
      if (!plugins.IsSequence() && !plugins.IsNull()) {
        Fail(plugins, "'plugins' must be a list");
      }
      std::set<std::string> names;
      for (const auto& entry : plugins) {
        PluginConfig plugin = Plugin(entry);
        if (!names.insert(plugin.name).second) {
          Fail(entry["name"], "plugin name '" + plugin.name + "' is used twice");
        }
        config.plugins.push_back(std::move(plugin));
      }
    }
    return config;
  }

 private:
  std::string path_;
};

}  // namespace

Config LoadConfig(const std::string& path) {
  const std::optional<YAML::Node> root = LoadYamlFile(path);
  if (!root) throw Error(path + ": cannot open the configuration file");
  return ConfigReader(path).Read(*root);
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
  out << YAML::Key << "plugins" << YAML::Value << YAML::BeginSeq;
  for (const PluginConfig& plugin : config.plugins) {
    out << YAML::BeginMap << YAML::Key << "name" << YAML::Value << plugin.name;
    switch (plugin.transport) {
      case PluginConfig::Transport::kLibrary:
        out << YAML::Key << "library" << YAML::Value << plugin.library;
        break;
      case PluginConfig::Transport::kEndpoint:
        out << YAML::Key << "endpoint" << YAML::Value << plugin.endpoint;
        break;
      case PluginConfig::Transport::kCommand:
        out << YAML::Key << "command" << YAML::Value << YAML::Flow << plugin.command;
        break;
    }
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
