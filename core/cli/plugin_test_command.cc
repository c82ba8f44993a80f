// `factcheck plugin test`: the conformance kit for plugin authors
// (plugin_test/conformance.h). Exit 0 when every check passed, 1 when one
// failed, 2 when the configuration cannot be read.
#include <iostream>

#include "commands.h"
#include "plugin_test/conformance.h"
#include "run/session.h"

namespace factcheck {

void AddPluginTestCommand(CLI::App& app, CommandAction* action) {
  struct Args {
    std::string config;
    std::string plugin;
    unsigned concurrency = 8;
    std::vector<std::string> fixtures;
  };
  auto args = std::make_shared<Args>();
  CLI::App* plugin = app.add_subcommand("plugin", "Tools for plugin authors");
  plugin->require_subcommand(1);
  CLI::App* test = plugin->add_subcommand(
      "test",
      "Check that a plugin keeps the protocol's rules, then run its fixtures (inline "
      "expectations); one PASS/FAIL line per check");
  test->add_option("--config", args->config, "Configuration naming the plugin")
      ->required()
      ->check(CLI::ExistingFile);
  test->add_option("--plugin", args->plugin, "Test only this configured plugin");
  test->add_option("--concurrency", args->concurrency, "Checks at once (default 8)")
      ->check(CLI::Range(1u, 64u));
  test->add_option("fixtures", args->fixtures,
                   "Folders or files of fixture articles with <!-- expect: ... --> comments");
  test->callback([action, args] {
    *action = [args] {
      const Config config = LoadConfigFor(args->config, ".");
      const PluginTestResult result = RunPluginTest(config,
                                                    {.fixture_paths = args->fixtures,
                                                     .plugin = args->plugin,
                                                     .concurrency = args->concurrency},
                                                    std::cout);
      return result.failed == 0 ? 0 : 1;
    };
  });
}

}  // namespace factcheck
