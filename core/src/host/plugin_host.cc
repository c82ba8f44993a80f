#include "host/plugin_host.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>

#include "base/overloaded.h"
#include "config/paths.h"
#include "config/trust.h"
#include "factcheck/error.h"
#include "host/call_policy.h"
#include "host/grpc_client.h"
#include "host/in_process_client.h"
#include "host/library_plugin.h"
#include "host/option_specs.h"
#include "host/plugin_process.h"
#include "host/restarting_client.h"

namespace factcheck {
namespace {

// "factcheck.yaml:4:5: plugin 'x': " for the entry, or for a place in it.
std::string PluginWhere(const Config& config, const PluginConfig& entry) {
  return Where(config, {entry.line, entry.column}) + "plugin '" + entry.name + "': ";
}
std::string PluginWhere(const Config& config, const PluginConfig& entry, FilePosition at) {
  return Where(config, at) + "plugin '" + entry.name + "': ";
}

// A `command:` plugin, started again after a crash (restarting_client.h).
std::unique_ptr<CheckerClient> StartRestartable(const std::string& name,
                                                const CommandTransport& command,
                                                std::chrono::milliseconds timeout) {
  return MakeRestartingClient(name, [name, command, timeout] {
    std::shared_ptr<PluginProcess> process =
        PluginProcess::Start(name, command.argv, command.working_dir, timeout);
    const std::string target = process->target();
    return StartedPlugin{MakeGrpcClient(target, timeout, process), process};
  });
}

// A library run in a child process by `factcheck serve-plugin`: the factcheck
// executable of this installation, in the folder of the running one (as the
// bundled plugins and data are found from it).
std::unique_ptr<CheckerClient> StartIsolated(const std::string& name, const std::string& library,
                                             std::chrono::milliseconds timeout) {
  const std::string self = (std::filesystem::path(ExecutableDir()) / "factcheck").string();
  return StartRestartable(name, CommandTransport{{self, "serve-plugin", "--library", library}, ""},
                          timeout);
}

// Reaches the plugin of `entry` through its transport; `reached` is set to
// the transport as used (a library's resolved path).
std::unique_ptr<CheckerClient> Connect(const PluginConfig& entry, std::size_t concurrency,
                                       Transport* reached) {
  const std::chrono::milliseconds timeout(entry.timeout_ms);
  *reached = entry.transport;
  return std::visit(Overloaded{
                        [&](const LibraryTransport& library) {
                          const std::string path = ResolvePluginLibrary(library.library);
                          *reached = LibraryTransport{path, library.isolate};
                          if (library.isolate) return StartIsolated(entry.name, path, timeout);
                          return MakeInProcessClient(LoadLibraryPlugin(path), concurrency);
                        },
                        [&](const EndpointTransport& endpoint) {
                          return MakeGrpcClient(endpoint.target, timeout, nullptr);
                        },
                        [&](const CommandTransport& command) {
                          return StartRestartable(entry.name, command, timeout);
                        },
                    },
                    entry.transport);
}

}  // namespace

ActivePlugin ReachPlugin(const PluginConfig& entry, const Config& config, std::size_t concurrency) {
  ActivePlugin plugin;
  plugin.name = entry.name;
  plugin.timeout = std::chrono::milliseconds(entry.timeout_ms);
  try {
    plugin.client = Connect(entry, concurrency, &plugin.transport);
  } catch (const Error& e) {
    throw Error(PluginWhere(config, entry) + e.what());
  }
  return plugin;
}

void DescribePlugin(ActivePlugin& plugin, const PluginConfig& entry, const Config& config) {
  const grpc::Status status = plugin.client->Describe(&plugin.description, plugin.timeout);
  if (!status.ok()) {
    throw Error(PluginWhere(config, entry) + "Describe failed: " + DescribeStatus(status));
  }
  if (auto problem = DescriptionProblem(plugin.description)) {
    throw Error(PluginWhere(config, entry) + *problem);
  }
  plugin.rule_ids.clear();
  for (const auto& rule : plugin.description.rules()) plugin.rule_ids.insert(rule.id());
  if (std::holds_alternative<EndpointTransport>(plugin.transport) &&
      !plugin.description.configuration_ids()) {
    spdlog::info(
        "plugin '{}': the server keeps one configuration for all its clients "
        "(it does not declare configuration_ids); runs with other options will mix with this one",
        plugin.name);
  }
}

void CheckPluginOptions(const ActivePlugin& plugin, const PluginConfig& entry,
                        const Config& config) {
  if (auto problem = CheckOptions(entry, config, plugin.description)) {
    throw Error(PluginWhere(config, entry, problem->position) + problem->message);
  }
}

namespace {

// The shared `reference:` files, for a plugin that takes a `reference` option
// and names none itself: as absolute paths, since they may start from another
// folder than the plugin's options.
void AddSharedReference(const ActivePlugin& plugin, const Config& config,
                        google::protobuf::Struct* options) {
  if (config.reference.paths.empty() || options->fields().count("reference")) return;
  const auto& specs = plugin.description.options();
  if (std::none_of(specs.begin(), specs.end(),
                   [](const v1::OptionSpec& spec) { return spec.name() == "reference"; })) {
    return;
  }
  auto* list = (*options->mutable_fields())["reference"].mutable_list_value();
  for (const std::string& path : config.reference.paths) {
    const std::filesystem::path p(path);
    list->add_values()->set_string_value(
        p.is_absolute() ? path : (std::filesystem::path(config.reference.dir) / p).string());
  }
}

// An untrusted configuration (config/trust.h) may name files only inside its
// own folder: every value of an option the plugin declares as paths is held
// to that before the plugin sees it.
void CheckPathOptions(const ActivePlugin& plugin, const PluginConfig& entry, const Config& config,
                      const google::protobuf::Struct& options) {
  if (config.trusted) return;
  const std::string dir = entry.options_dir.empty() ? config.dir : entry.options_dir;
  for (const v1::OptionSpec& spec : plugin.description.options()) {
    if (spec.type() != "list of paths" && spec.type() != "path") continue;
    auto it = options.fields().find(spec.name());
    if (it == options.fields().end()) continue;
    std::vector<std::string> paths;
    if (it->second.has_string_value()) paths.push_back(it->second.string_value());
    for (const auto& item : it->second.list_value().values()) paths.push_back(item.string_value());
    for (const std::string& path : paths) {
      if (InsideFolder(path, dir)) continue;
      throw LocatedError(config.path, entry.line, entry.column,
                         "plugin '" + entry.name + "': option '" + spec.name() + "' names " + path +
                             ", outside the configuration's folder, which a configuration found "
                             "next to the articles may not do; " +
                             HowToTrust(config));
    }
  }
}

}  // namespace

v1::ConfigureRequest ConfigureRequestFor(const ActivePlugin& plugin, const PluginConfig& entry,
                                         const Config& config) {
  v1::ConfigureRequest request;
  *request.mutable_options() = entry.options;
  AddSharedReference(plugin, config, request.mutable_options());
  CheckPathOptions(plugin, entry, config, request.options());
  request.set_config_dir(entry.options_dir.empty() ? config.dir : entry.options_dir);
  request.set_configuration_id(ConfigurationId(request));
  return request;
}

void ConfigurePlugin(ActivePlugin& plugin, const PluginConfig& entry, const Config& config) {
  const grpc::Status status = plugin.client->Configure(ConfigureRequestFor(plugin, entry, config),
                                                       &plugin.configure_response, plugin.timeout);
  if (status.ok()) return;
  // The plugin's INVALID_ARGUMENT message is shown as written: by convention
  // it names the reference file's line and column itself.
  throw Error(PluginWhere(config, entry, entry.options_position) +
              (status.error_code() == grpc::StatusCode::INVALID_ARGUMENT
                   ? status.error_message()
                   : "Configure failed: " + DescribeStatus(status)));
}

PluginHost::PluginHost(const Config& config, std::size_t concurrency, bool configure) {
  for (const PluginConfig& entry : config.plugins) {
    ActivePlugin plugin = ReachPlugin(entry, config, concurrency);
    DescribePlugin(plugin, entry, config);
    CheckPluginOptions(plugin, entry, config);
    if (configure) ConfigurePlugin(plugin, entry, config);
    spdlog::debug("plugin '{}' ready: {} {} via {}", plugin.name, plugin.description.name(),
                  plugin.description.version(), DescribeTransport(plugin.transport));
    plugins_.push_back(std::move(plugin));
  }
}

}  // namespace factcheck
