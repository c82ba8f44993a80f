// The in-process adapter: calls a library plugin's methods directly. Check
// runs on the caller's thread (the runner watches its deadline); Describe and
// Configure run on a small pool so that start-up has deadlines too.
#ifndef FACTCHECK_CORE_HOST_IN_PROCESS_CLIENT_H_
#define FACTCHECK_CORE_HOST_IN_PROCESS_CLIENT_H_

#include <cstddef>
#include <memory>

#include "factcheck/plugin.h"
#include "host/checker_client.h"

namespace factcheck {

// Creates the adapter with `threads` pool workers. A call past its deadline
// is abandoned, not stopped: its thread stays busy until the plugin returns.
std::unique_ptr<CheckerClient> MakeInProcessClient(std::shared_ptr<Plugin> plugin,
                                                   std::size_t threads);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_IN_PROCESS_CLIENT_H_
