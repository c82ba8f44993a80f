// `factcheck reference check|import`: validating and importing office-holder
// reference data.
#ifndef FACTCHECK_CORE_CLI_REFERENCE_COMMAND_H_
#define FACTCHECK_CORE_CLI_REFERENCE_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace factcheck {

// Adds the `reference` subcommand to `app`. `run` is set to the action to
// take when it was chosen.
void AddReferenceCommand(CLI::App& app, std::function<int()>* run);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_CLI_REFERENCE_COMMAND_H_
