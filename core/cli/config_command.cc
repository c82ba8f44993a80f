// `factcheck config --dump`: prints the effective configuration.
#include <iostream>

#include "commands.h"
#include "run/session.h"

namespace factcheck {

void AddConfigCommand(CLI::App& app, CommandAction* action) {
  struct Args {
    std::string config;
    std::string start = ".";
    bool dump = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* config = app.add_subcommand("config", "Show the effective configuration");
  config->add_option("--config", args->config, "Configuration file")->check(CLI::ExistingFile);
  config->add_flag("--dump", args->dump, "Print the effective configuration as YAML")->required();
  config->add_option("path", args->start, "Find .factcheck.yaml from this path upward");
  config->callback([action, args] {
    *action = [args] {
      std::cout << DumpConfig(LoadConfigFor(args->config, args->start));
      return 0;
    };
  });
}

}  // namespace factcheck
