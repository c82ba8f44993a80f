// The subcommands of the factcheck CLI, one file each. Each adds itself to
// the app; when it is the one chosen, its callback sets `action` to what main
// runs (which returns the exit code).
#ifndef FACTCHECK_CORE_CLI_COMMANDS_H_
#define FACTCHECK_CORE_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace factcheck {

using CommandAction = std::function<int()>;

void AddCheckCommand(CLI::App& app, CommandAction* action);
void AddVerifyCommand(CLI::App& app, CommandAction* action);
void AddPluginsCommand(CLI::App& app, CommandAction* action);
void AddConfigCommand(CLI::App& app, CommandAction* action);
void AddServePluginCommand(CLI::App& app, CommandAction* action);
void AddReferenceCommand(CLI::App& app, CommandAction* action);
// `reference status`, added to the `reference` command.
void AddReferenceStatusCommand(CLI::App* reference, CommandAction* action);
void AddTrustCommand(CLI::App& app, CommandAction* action);
void AddServeCommand(CLI::App& app, CommandAction* action);
void AddLspCommand(CLI::App& app, CommandAction* action);
void AddPluginTestCommand(CLI::App& app, CommandAction* action);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_CLI_COMMANDS_H_
