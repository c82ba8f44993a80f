#include "host/library_plugin.h"

#include <boost/dll/import.hpp>
#include <boost/dll/shared_library.hpp>

#include "factcheck/error.h"
#include "host/call_policy.h"

namespace factcheck {

std::shared_ptr<Plugin> LoadLibraryPlugin(const std::string& path) {
  auto library = std::make_shared<boost::dll::shared_library>();
  boost::system::error_code ec;
  library->load(boost::dll::fs::path(path), boost::dll::load_mode::rtld_now, ec);
  if (ec) {
    throw Error("cannot load plugin library " + path + ": " + ec.message());
  }
  if (!library->has(kPluginFactorySymbol)) {
    throw Error(path + " is not a factcheck plugin: it exports no '" +
                std::string(kPluginFactorySymbol) +
                "' (register the plugin with FACTCHECK_PLUGIN)");
  }
  PluginFactory* factory = nullptr;
  try {
    // The alias is a variable holding the factory's address.
    factory = library->get_alias<PluginFactory>(kPluginFactorySymbol);
  } catch (const std::exception& e) {
    throw Error("cannot read the plugin factory of " + path + ": " + e.what());
  }
  const PluginFactoryResult created = factory();
  if (auto mismatch = ProtocolMismatch(created.protocol_version)) {
    // The object's layout may differ; it is left alone rather than deleted.
    throw Error(path + ": " + *mismatch + "; rebuild the plugin against this version of factcheck");
  }
  if (created.plugin == nullptr) {
    throw Error(path + ": the plugin could not be created: " +
                (created.error ? created.error : "unknown error"));
  }
  // The deleter holds the library, so it is unloaded only after the object
  // (whose code lives in it) is destroyed.
  return std::shared_ptr<Plugin>(created.plugin, [library](Plugin* plugin) { delete plugin; });
}

}  // namespace factcheck
