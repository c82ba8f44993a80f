// `factcheck trust PATH...`: records that the user trusts these
// configuration files as they are now (config/trust.h), so that a
// `.factcheck.yaml` found next to articles may run programs, load libraries
// and read files outside its folder. `--revoke` takes the trust back.
#include <iostream>

#include "commands.h"
#include "config/trust.h"

namespace factcheck {

void AddTrustCommand(CLI::App& app, CommandAction* action) {
  struct Args {
    std::vector<std::string> paths;
    bool revoke = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* trust = app.add_subcommand(
      "trust", "Trust a configuration file as it is now (it may then run programs and plugins)");
  trust->add_option("paths", args->paths, "Configuration files")
      ->required()
      ->check(CLI::ExistingFile);
  trust->add_flag("--revoke", args->revoke, "Stop trusting them");
  trust->callback([action, args] {
    *action = [args] {
      for (const std::string& path : args->paths) {
        const std::string entry = SetTrusted(path, !args->revoke);
        std::cout << (args->revoke ? "no longer trusted: " + path : "trusted: " + entry) << "\n";
      }
      std::cout << "trust store: " << TrustStorePath() << "\n";
      return 0;
    };
  });
}

}  // namespace factcheck
