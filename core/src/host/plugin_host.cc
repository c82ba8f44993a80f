#include "host/plugin_host.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>

#include "base/overloaded.h"
#include "config/paths.h"
#include "factcheck/error.h"
#include "host/call_policy.h"
#include "host/grpc_client.h"
#include "host/in_process_client.h"
#include "host/library_plugin.h"
#include "host/plugin_process.h"

namespace factcheck {
namespace {

// Reaches the plugin of `entry` through its transport; `reached` is set to
// the transport as used (a library's resolved path).
std::unique_ptr<CheckerClient> Connect(const PluginConfig& entry, std::size_t concurrency,
                                       Transport* reached) {
  const std::chrono::milliseconds timeout(entry.timeout_ms);
  *reached = entry.transport;
  return std::visit(Overloaded{
                        [&](const LibraryTransport& library) {
                          const std::string path = ResolvePluginLibrary(library.library);
                          *reached = LibraryTransport{path};
                          return MakeInProcessClient(LoadLibraryPlugin(path), concurrency);
                        },
                        [&](const EndpointTransport& endpoint) {
                          return MakeGrpcClient(endpoint.target, timeout, nullptr);
                        },
                        [&](const CommandTransport& command) {
                          auto process = PluginProcess::Start(entry.name, command.argv, timeout);
                          const std::string target = process->target();
                          return MakeGrpcClient(target, timeout, std::move(process));
                        },
                    },
                    entry.transport);
}

// Describe, with the protocol-version check, and the declared rule ids.
void Describe(ActivePlugin& plugin, const std::string& where) {
  grpc::Status status = plugin.client->Describe(&plugin.description, plugin.timeout);
  if (!status.ok()) throw Error(where + "Describe failed: " + DescribeStatus(status));
  if (auto mismatch = ProtocolMismatch(plugin.description.protocol_version())) {
    throw Error(where + *mismatch);
  }
  for (const auto& rule : plugin.description.rules()) plugin.rule_ids.insert(rule.id());
}

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

void Configure(ActivePlugin& plugin, const PluginConfig& entry, const Config& config) {
  v1::ConfigureRequest request;
  *request.mutable_options() = entry.options;
  AddSharedReference(plugin, config, request.mutable_options());
  request.set_config_dir(entry.options_dir.empty() ? config.dir : entry.options_dir);
  const grpc::Status status = plugin.client->Configure(request, plugin.timeout);
  if (status.ok()) return;
  // A plugin's INVALID_ARGUMENT message already names file:line:column.
  throw Error("plugin '" + entry.name + "': " +
              (status.error_code() == grpc::StatusCode::INVALID_ARGUMENT
                   ? status.error_message()
                   : "Configure failed: " + DescribeStatus(status)));
}

}  // namespace

PluginHost::PluginHost(const Config& config, std::size_t concurrency, bool configure) {
  for (const PluginConfig& entry : config.plugins) {
    const std::string where = config.path + ":" + std::to_string(entry.line) + ":" +
                              std::to_string(entry.column) + ": plugin '" + entry.name + "': ";
    ActivePlugin plugin;
    plugin.name = entry.name;
    plugin.timeout = std::chrono::milliseconds(entry.timeout_ms);
    try {
      plugin.client = Connect(entry, concurrency, &plugin.transport);
    } catch (const Error& e) {
      throw Error(where + e.what());
    }
    Describe(plugin, where);
    if (configure) Configure(plugin, entry, config);
    spdlog::debug("plugin '{}' ready: {} {} via {}", plugin.name, plugin.description.name(),
                  plugin.description.version(), DescribeTransport(plugin.transport));
    plugins_.push_back(std::move(plugin));
  }
}

}  // namespace factcheck
