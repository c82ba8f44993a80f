// Loads a plugin from a shared library with Boost.DLL.
#ifndef FACTCHECK_CORE_HOST_LIBRARY_PLUGIN_H_
#define FACTCHECK_CORE_HOST_LIBRARY_PLUGIN_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "factcheck/plugin.h"

namespace factcheck {

// Makes a new, unconfigured plugin object each time it is called; the
// objects keep the library loaded for as long as they live. Throws Error.
using PluginMaker = std::function<std::shared_ptr<Plugin>()>;

// Loads `path` and checks that it is a factcheck plugin built for this
// protocol version. Refuses, before loading it, a library that compiled the
// protocol's generated code into itself (loading it would abort the
// process). Throws Error with a clear message on any failure; a library the
// system cannot load is described with the loader's own words.
PluginMaker LoadLibraryPluginMaker(const std::string& path);

// Loads `path` as above and makes one plugin object.
std::shared_ptr<Plugin> LoadLibraryPlugin(const std::string& path);

// Which of the protocol's .proto files `path` carries the generated code of
// ("factcheck/v1/checker.proto"), if any: such a library registers the
// protocol's types a second time. Nothing when the file cannot be read.
std::optional<std::string> EmbeddedProtocolFile(const std::string& path);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_LIBRARY_PLUGIN_H_
