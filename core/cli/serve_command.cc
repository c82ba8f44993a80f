// `factcheck serve`: the check server — the HTTP API with the live editor,
// and the gRPC service — with plugins and reference data loaded once.
#include "commands.h"
#include "server/serve.h"

namespace factcheck {

void AddServeCommand(CLI::App& app, CommandAction* action) {
  auto options = std::make_shared<server::ServeOptions>();
  auto deadline_ms = std::make_shared<unsigned>(5000);
  CLI::App* serve = app.add_subcommand(
      "serve", "Serve checks over HTTP (with the live editor at /) and gRPC until SIGTERM");
  serve->add_option("--listen", options->listen, "HTTP address, HOST:PORT")->capture_default_str();
  serve
      ->add_option("--grpc-listen", options->grpc_listen,
                   "gRPC address, HOST:PORT or unix:PATH; 'none' for no gRPC")
      ->capture_default_str();
  serve->add_flag("--allow-remote", options->allow_remote,
                  "Allow an address other than loopback (no authentication; see docs/editors.md)");
  serve->add_option("--config", options->service.config_path, "Configuration file")
      ->check(CLI::ExistingFile);
  serve->add_option("--workers", options->service.workers, "Checks at once (default: cores)");
  serve
      ->add_option("--queue", options->service.queue_limit,
                   "Requests that may wait for a worker; more get 503")
      ->capture_default_str();
  serve->add_option("--deadline-ms", *deadline_ms, "The longest one request may take")
      ->capture_default_str();
  serve
      ->add_option("--max-request-bytes", options->http.max_body_bytes,
                   "Largest request body; larger gets 413")
      ->capture_default_str();
  serve->callback([action, options, deadline_ms] {
    *action = [options, deadline_ms] {
      options->service.deadline = std::chrono::milliseconds(*deadline_ms);
      if (options->grpc_listen == "none") options->grpc_listen.clear();
      server::Serve(*options);
      return 0;
    };
  });
}

}  // namespace factcheck
