// Loads a plugin from a shared library with Boost.DLL.
#ifndef FACTCHECK_CORE_HOST_LIBRARY_PLUGIN_H_
#define FACTCHECK_CORE_HOST_LIBRARY_PLUGIN_H_

#include <memory>
#include <string>

#include "factcheck/plugin.h"

namespace factcheck {

// Loads `path`, calls its exported factory and checks the protocol version it
// was built for. The returned object keeps the library loaded for as long as
// it lives. Throws Error with a clear message on any failure.
std::shared_ptr<Plugin> LoadLibraryPlugin(const std::string& path);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_LIBRARY_PLUGIN_H_
