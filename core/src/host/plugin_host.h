// Turns the configuration's plugin entries into ready CheckerClients. This is
// the only place that knows about transports.
#ifndef FACTCHECK_CORE_HOST_PLUGIN_HOST_H_
#define FACTCHECK_CORE_HOST_PLUGIN_HOST_H_

#include <chrono>
#include <cstddef>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "config/config.h"
#include "host/checker_client.h"

namespace factcheck {

struct ActivePlugin {
  std::string name;     // The configured name.
  Transport transport;  // As reached: a library's path is the file loaded.
  v1::DescribeResponse description;
  v1::ConfigureResponse configure_response;  // Its word lists.
  std::set<std::string> rule_ids;
  std::chrono::milliseconds timeout;
  std::unique_ptr<CheckerClient> client;
};

// The steps that make a plugin ready, in order; PluginHost runs them all, the
// conformance kit (`factcheck plugin test`) one at a time. Each throws Error
// whose message starts with "file:line:column: plugin 'NAME': ", the place of
// the entry (or of its options) in the configuration.

// Reaches the plugin of `entry` through its transport (loads the library,
// connects to the endpoint, or starts the command and reads its handshake).
ActivePlugin ReachPlugin(const PluginConfig& entry, const Config& config, std::size_t concurrency);

// Describe, checked (protocol version, rule ids), and the rule ids kept.
void DescribePlugin(ActivePlugin& plugin, const PluginConfig& entry, const Config& config);

// The entry's options against the option specs the plugin declared.
void CheckPluginOptions(const ActivePlugin& plugin, const PluginConfig& entry,
                        const Config& config);

// The ConfigureRequest the host sends for `entry` (its options with the
// shared reference files when the plugin takes a `reference` option, the
// folder its paths start from, and the configuration's id).
v1::ConfigureRequest ConfigureRequestFor(const ActivePlugin& plugin, const PluginConfig& entry,
                                         const Config& config);

// Configure with the entry's options.
void ConfigurePlugin(ActivePlugin& plugin, const PluginConfig& entry, const Config& config);

class PluginHost {
 public:
  // Reaches every plugin of `config`, checks its description and its options
  // and, when `configure` is set, hands it its options. `concurrency` is how
  // many calls may run at once. Throws Error naming the plugin and its place
  // in the configuration when any step fails.
  PluginHost(const Config& config, std::size_t concurrency, bool configure = true);

  std::vector<ActivePlugin>& plugins() { return plugins_; }

 private:
  std::vector<ActivePlugin> plugins_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_PLUGIN_HOST_H_
