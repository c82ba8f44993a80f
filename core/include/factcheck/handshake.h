// The handshake of a plugin the host starts itself (`command:` in the
// configuration), for plugin authors in C++; other languages follow the same
// three rules (docs/writing-plugins.md):
//
//   1. The host sets FACTCHECK_PLUGIN_PROTOCOL=<version> in the plugin's
//      environment.
//   2. The plugin listens (a unix socket in a private folder, or a loopback
//      port) and prints one line on stdout: "FACTCHECK-PLUGIN <version>
//      <grpc-target>", for example "FACTCHECK-PLUGIN 1 unix:/tmp/x/p.sock".
//   3. It serves the Checker service until SIGTERM or until its stdin closes.
#ifndef FACTCHECK_HANDSHAKE_H_
#define FACTCHECK_HANDSHAKE_H_

#include <string>
#include <string_view>

#include "factcheck/plugin.h"

namespace factcheck {

// The environment variable the host sets to the protocol version.
inline constexpr const char* kHandshakeEnv = "FACTCHECK_PLUGIN_PROTOCOL";
// The first word of the handshake line.
inline constexpr const char* kHandshakePrefix = "FACTCHECK-PLUGIN";

// The line a plugin serving at `target` prints (without the line break).
inline std::string HandshakeLine(std::string_view target) {
  return std::string(kHandshakePrefix) + " " + std::to_string(kProtocolVersion) + " " +
         std::string(target);
}

}  // namespace factcheck

#endif  // FACTCHECK_HANDSHAKE_H_
