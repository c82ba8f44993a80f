// `factcheck serve-plugin`: serves a shared-library plugin over gRPC, by hand
// (--listen) or for a host that started it (the handshake).
#include <cstdlib>

#include "commands.h"
#include "factcheck/error.h"
#include "factcheck/handshake.h"
#include "host/plugin_service.h"

namespace factcheck {

void AddServePluginCommand(CLI::App& app, CommandAction* action) {
  struct Args {
    std::string library;
    std::string listen;
  };
  auto args = std::make_shared<Args>();
  CLI::App* serve = app.add_subcommand("serve-plugin",
                                       "Serve a shared-library plugin over gRPC (out of process)");
  serve->add_option("--library", args->library, "Plugin name or path")->required();
  serve->add_option("--listen", args->listen, "unix:/path or host:port");
  serve->callback([action, args] {
    *action = [args] {
      if (args->listen.empty() && std::getenv(kHandshakeEnv) == nullptr) {
        throw Error(
            "serve-plugin needs --listen ADDR, or FACTCHECK_PLUGIN_PROTOCOL set by "
            "a host that started it");
      }
      ServeLibraryPlugin(args->library, args->listen);
      return 0;
    };
  });
}

}  // namespace factcheck
