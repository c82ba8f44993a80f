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
  std::set<std::string> rule_ids;
  std::chrono::milliseconds timeout;
  std::unique_ptr<CheckerClient> client;
};

class PluginHost {
 public:
  // Reaches every plugin of `config`, checks its protocol version and, when
  // `configure` is set, hands it its options. `concurrency` is how many calls
  // may run at once. Throws Error naming the plugin when any step fails.
  PluginHost(const Config& config, std::size_t concurrency, bool configure = true);

  std::vector<ActivePlugin>& plugins() { return plugins_; }

 private:
  std::vector<ActivePlugin> plugins_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_PLUGIN_HOST_H_
