#include "host/plugin_host.h"

#include <spdlog/spdlog.h>

#include "config/paths.h"
#include "factcheck/error.h"
#include "factcheck/plugin.h"
#include "host/grpc_client.h"
#include "host/in_process_client.h"
#include "host/library_plugin.h"
#include "host/plugin_process.h"

namespace factcheck {
namespace {

std::unique_ptr<CheckerClient> Connect(const PluginConfig& plugin, std::size_t concurrency,
                                       std::string* transport) {
  const std::chrono::milliseconds timeout(plugin.timeout_ms);
  switch (plugin.transport) {
    case PluginConfig::Transport::kLibrary: {
      const std::string path = ResolvePluginLibrary(plugin.library);
      *transport = "library " + path;
      return MakeInProcessClient(LoadLibraryPlugin(path), concurrency);
    }
    case PluginConfig::Transport::kEndpoint:
      *transport = "endpoint " + plugin.endpoint;
      return MakeGrpcClient(plugin.endpoint, timeout, nullptr);
    case PluginConfig::Transport::kCommand: {
      std::string shown;
      for (const auto& word : plugin.command) shown += (shown.empty() ? "" : " ") + word;
      *transport = "command " + shown;
      auto process = PluginProcess::Start(plugin.name, plugin.command, timeout);
      const std::string target = process->target();
      return MakeGrpcClient(target, timeout, std::move(process));
    }
  }
  throw Error("unknown transport");
}

}  // namespace

std::string DescribeStatus(const grpc::Status& status) {
  static const char* const kNames[] = {"OK",
                                       "CANCELLED",
                                       "UNKNOWN",
                                       "INVALID_ARGUMENT",
                                       "DEADLINE_EXCEEDED",
                                       "NOT_FOUND",
                                       "ALREADY_EXISTS",
                                       "PERMISSION_DENIED",
                                       "RESOURCE_EXHAUSTED",
                                       "FAILED_PRECONDITION",
                                       "ABORTED",
                                       "OUT_OF_RANGE",
                                       "UNIMPLEMENTED",
                                       "INTERNAL",
                                       "UNAVAILABLE",
                                       "DATA_LOSS",
                                       "UNAUTHENTICATED"};
  const auto code = static_cast<std::size_t>(status.error_code());
  std::string name = code < std::size(kNames) ? kNames[code] : "UNKNOWN";
  return name + ": " + status.error_message();
}

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
    grpc::Status status = plugin.client->Describe(&plugin.description, plugin.timeout);
    if (!status.ok()) throw Error(where + "Describe failed: " + DescribeStatus(status));
    if (plugin.description.protocol_version() != kProtocolVersion) {
      throw Error(where + "the plugin speaks protocol version " +
                  std::to_string(plugin.description.protocol_version()) +
                  ", this host speaks version " + std::to_string(kProtocolVersion));
    }
    for (const auto& rule : plugin.description.rules()) plugin.rule_ids.insert(rule.id());
    if (configure) {
      v1::ConfigureRequest request;
      *request.mutable_options() = entry.options;
      request.set_config_dir(config.dir);
      status = plugin.client->Configure(request, plugin.timeout);
      if (!status.ok()) {
        // A plugin's INVALID_ARGUMENT message already names file:line:column.
        throw Error("plugin '" + entry.name + "': " +
                    (status.error_code() == grpc::StatusCode::INVALID_ARGUMENT
                         ? status.error_message()
                         : "Configure failed: " + DescribeStatus(status)));
      }
    }
    spdlog::debug("plugin '{}' ready: {} {} via {}", plugin.name, plugin.description.name(),
                  plugin.description.version(), plugin.transport);
    plugins_.push_back(std::move(plugin));
  }
}

}  // namespace factcheck
