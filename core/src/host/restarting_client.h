// A `command:` plugin that crashes is started again for the next call, after
// a pause that doubles with each crash in a row; after `max_crashes` crashes
// in a row its breaker opens and every later call fails at once, saying that
// the plugin was skipped (LanguageTool treats failing remote rules alike).
#ifndef FACTCHECK_CORE_HOST_RESTARTING_CLIENT_H_
#define FACTCHECK_CORE_HOST_RESTARTING_CLIENT_H_

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "host/checker_client.h"
#include "host/plugin_process.h"

namespace factcheck {

struct StartedPlugin {
  std::unique_ptr<CheckerClient> client;
  std::shared_ptr<PluginProcess> process;  // Also owned by the client.
};

struct RestartPolicy {
  int max_crashes = 3;                         // In a row, before the breaker opens.
  std::chrono::milliseconds first_pause{100};  // Before the first restart; doubles.
  std::chrono::milliseconds longest_pause{2000};
};

// `start` starts the plugin's process and connects to it (throwing Error when
// it cannot); it is called once here and again after each crash. The last
// accepted Configure is sent to every new process before its first Check.
std::unique_ptr<CheckerClient> MakeRestartingClient(std::string name,
                                                    std::function<StartedPlugin()> start,
                                                    RestartPolicy policy = {});

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_RESTARTING_CLIENT_H_
