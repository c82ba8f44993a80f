// The in-process adapter: calls a library plugin's methods directly, on a
// small pool of worker threads, so that every call still has a deadline.
#ifndef FACTCHECK_CORE_IN_PROCESS_CLIENT_H_
#define FACTCHECK_CORE_IN_PROCESS_CLIENT_H_

#include <cstddef>
#include <memory>

#include "checker_client.h"
#include "factcheck/plugin.h"

namespace factcheck {

// Creates the adapter with `threads` workers (the number of calls that may
// run at once). A call past its deadline is abandoned, not stopped: its
// worker stays busy until the plugin returns.
std::unique_ptr<CheckerClient> MakeInProcessClient(std::shared_ptr<Plugin> plugin,
                                                   std::size_t threads);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_IN_PROCESS_CLIENT_H_
