// factcheck: the command-line host. Each subcommand lives in its own file
// (commands.h); this file sets up the app, logging and error handling.
#include <signal.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "base/utf8.h"
#include "commands.h"
#include "factcheck/error.h"
#include "factcheck/plugin.h"

namespace factcheck {
namespace {

constexpr int kExitError = 2;

void SetUpLogging(int verbosity) {
  auto logger = spdlog::stderr_color_mt("factcheck");
  logger->set_pattern("%^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(verbosity >= 2   ? spdlog::level::debug
                    : verbosity == 1 ? spdlog::level::info
                                     : spdlog::level::warn);
}

// Runs the chosen command; errors become a message on stderr and exit 2.
int RunAction(const CommandAction& action) {
  try {
    return action();
  } catch (const LocatedError& e) {
    std::cerr << "factcheck: " << ForTerminal(e.Describe()) << "\n";
  } catch (const Error& e) {
    std::cerr << "factcheck: " << ForTerminal(e.what()) << "\n";
  } catch (const std::exception& e) {
    std::cerr << "factcheck: internal error: " << ForTerminal(e.what()) << "\n";
  }
  return kExitError;
}

int Main(int argc, char** argv) {
  CLI::App app{"factcheck: checks what articles assert against reference data"};
  const std::string version = std::string("factcheck ") + FACTCHECK_VERSION + " (plugin protocol " +
                              std::to_string(kProtocolVersion) + ")";
  app.set_version_flag("--version", version);
  app.require_subcommand(1);
  int verbosity = 0;
  app.add_flag("-v,--verbose", verbosity, "More log output on stderr (-vv for debug)");
  // Subcommands (added after this) pass options they do not know, such as
  // -v, up to here: `factcheck check -v a.md` works as `factcheck -v check a.md`.
  app.fallthrough();

  CommandAction action;
  AddCheckCommand(app, &action);
  AddPluginsCommand(app, &action);
  AddConfigCommand(app, &action);
  AddServePluginCommand(app, &action);
  AddVerifyCommand(app, &action);
  AddReferenceCommand(app, &action);
  AddTrustCommand(app, &action);
  AddServeCommand(app, &action);
  AddLspCommand(app, &action);
  AddPluginTestCommand(app, &action);

  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    sub->set_version_flag("--version", version);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : kExitError;
  }
  SetUpLogging(verbosity);
  return action ? RunAction(action) : kExitError;
}

}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) {
  ::signal(SIGPIPE, SIG_IGN);
  const int code = factcheck::Main(argc, argv);
  std::cout.flush();
  std::cerr.flush();
  // Plugin calls abandoned at their deadline may still run on detached
  // threads; end without running static destructors under them.
  std::_Exit(code);
}
