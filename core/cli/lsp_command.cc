// `factcheck lsp`: the language server, on standard input and output.
#include <iostream>

#include "commands.h"
#include "lsp/lsp_server.h"

namespace factcheck {

void AddLspCommand(CLI::App& app, CommandAction* action) {
  auto options = std::make_shared<lsp::LspOptions>();
  CLI::App* lsp = app.add_subcommand(
      "lsp", "Language server for Markdown and plain text on stdio (see docs/editors.md)");
  lsp->add_option("--config", options->config_path,
                  "Configuration file (default: found from each document upward)")
      ->check(CLI::ExistingFile);
  lsp->add_flag("--stdio", options->stdio,
                "Talk on standard input and output (the only way; for clients that pass it)");
  lsp->callback([action, options] {
    *action = [options] {
      std::ios::sync_with_stdio(false);
      lsp::LspServer server(std::cin, std::cout, *options);
      return server.Run();
    };
  });
}

}  // namespace factcheck
