// Where the host finds its plugins and bundled data: relative to its own
// executable, in the same layout in the build tree and after installation.
#ifndef FACTCHECK_CORE_CONFIG_PATHS_H_
#define FACTCHECK_CORE_CONFIG_PATHS_H_

#include <string>
#include <vector>

namespace factcheck {

// The folder holding the running executable.
std::string ExecutableDir();

// <exe>/../lib/factcheck/plugins
std::string BundledPluginDir();

// <exe>/../share/factcheck/factcheck.yaml
std::string DefaultConfigPath();

// Resolves a `library:` value. A value with a '/' or ending in ".so" is a
// path; a bare NAME is looked for as NAME.so in the bundled plugin folder,
// then in each folder of $FACTCHECK_PLUGIN_PATH (colon-separated). Throws
// Error listing the places it looked.
std::string ResolvePluginLibrary(const std::string& value);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_CONFIG_PATHS_H_
