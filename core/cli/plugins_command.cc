// `factcheck plugins`: lists each configured plugin with its version,
// transport, rules and options, after checking and configuring it as a run
// would (exit 2 when its options are wrong).
#include <iostream>

#include "commands.h"
#include "host/plugin_host.h"
#include "run/session.h"

namespace factcheck {
namespace {

int RunPlugins(const std::string& config_path) {
  const Config config = LoadConfigFor(config_path, ".");
  // Configured as a run would be, so that bad options fail here too.
  PluginHost host(config, 1);
  for (const ActivePlugin& plugin : host.plugins()) {
    const auto& d = plugin.description;
    std::cout << plugin.name << "  " << d.name() << " " << d.version() << "  (protocol "
              << d.protocol_version() << ", " << DescribeTransport(plugin.transport) << ")\n";
    for (const auto& rule : d.rules()) {
      std::cout << "  rule   " << rule.id() << ": " << rule.summary() << "\n";
    }
    for (const auto& option : d.options()) {
      std::cout << "  option " << option.name() << " (" << option.type()
                << (option.required() ? ", required" : "") << "): " << option.summary() << "\n";
    }
  }
  if (host.plugins().empty()) std::cout << "no plugins configured in " << config.path << "\n";
  return 0;
}

}  // namespace

void AddPluginsCommand(CLI::App& app, CommandAction* action) {
  auto config = std::make_shared<std::string>();
  CLI::App* plugins = app.add_subcommand("plugins", "List the configured plugins and their rules");
  plugins->add_option("--config", *config, "Configuration file")->check(CLI::ExistingFile);
  plugins->callback([action, config] { *action = [config] { return RunPlugins(*config); }; });
}

}  // namespace factcheck
