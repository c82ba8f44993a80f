// Serves a library plugin over gRPC: the body of `factcheck serve-plugin`.
#ifndef FACTCHECK_CORE_HOST_PLUGIN_SERVICE_H_
#define FACTCHECK_CORE_HOST_PLUGIN_SERVICE_H_

#include <memory>
#include <string>

#include "factcheck/plugin.h"
#include "host/library_plugin.h"

namespace factcheck {

// Serves the plugins `make` makes at `listen` ("unix:/path" or "host:port");
// with an empty `listen`, performs the handshake: listens on a unix socket in
// a private temporary folder and prints "FACTCHECK-PLUGIN 1 unix:<path>" on
// stdout. Each configuration (ConfigureRequest.configuration_id) gets a
// plugin object of its own, so hosts with different options can share the
// server. Returns when SIGTERM or SIGINT arrives or, in handshake mode, when
// stdin closes. Throws Error when it cannot listen.
void ServePlugin(PluginMaker make, const std::string& listen);

// In handshake mode the socket is kSocketName in a folder made from
// kSocketFolderPattern in the temporary folder; the host removes such a
// folder when the process died without removing it (a crash).
inline constexpr char kSocketFolderPattern[] = "factcheck-XXXXXX";
inline constexpr char kSocketName[] = "plugin.sock";

// Removes the folder of `target` ("unix:/tmp/factcheck-ab12cd/plugin.sock")
// when it is a serve-plugin socket folder holding nothing but its socket.
void RemoveLeftSocketFolder(const std::string& target);

// Loads the library plugin `library` (a bundled name or a path, as
// `library:` in the configuration takes it) and serves it as ServePlugin does.
void ServeLibraryPlugin(const std::string& library, const std::string& listen);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_PLUGIN_SERVICE_H_
