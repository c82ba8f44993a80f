// `factcheck plugins`: lists each configured plugin with its version,
// transport, rules and options, after checking and configuring it as a run
// would (exit 2 when its options are wrong).
#include <iostream>

#include "commands.h"
#include "host/plugin_host.h"
#include "run/session.h"

namespace factcheck {
namespace {

// What the host computes for the plugin: "sentences, time expressions".
std::string AnnotationsRead(const v1::DescribeResponse& description) {
  if (description.annotations().empty()) return "sentences, time expressions (not declared)";
  std::string out;
  for (const int annotation : description.annotations()) {
    const char* name = annotation == v1::ANNOTATION_SENTENCES          ? "sentences"
                       : annotation == v1::ANNOTATION_TIME_EXPRESSIONS ? "time expressions"
                       : annotation == v1::ANNOTATION_TOKENS           ? "tokens"
                                                                       : "an unknown annotation";
    out += (out.empty() ? "" : ", ") + std::string(name);
  }
  return out;
}

int RunPlugins(const std::string& config_path, bool trust_config) {
  const Config config = LoadConfigFor(config_path, ".", trust_config);
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
    std::cout << "  reads  " << AnnotationsRead(d) << "\n";
  }
  if (host.plugins().empty()) std::cout << "no plugins configured in " << config.path << "\n";
  return 0;
}

}  // namespace

void AddPluginsCommand(CLI::App& app, CommandAction* action) {
  struct Args {
    std::string config;
    bool trust_config = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* plugins = app.add_subcommand("plugins", "List the configured plugins and their rules");
  plugins->add_option("--config", args->config, "Configuration file")->check(CLI::ExistingFile);
  plugins->add_flag("--trust-config", args->trust_config,
                    "Let a .factcheck.yaml found here run programs and plugins");
  plugins->callback([action, args] {
    *action = [args] { return RunPlugins(args->config, args->trust_config); };
  });
}

}  // namespace factcheck
