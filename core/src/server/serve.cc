#include "server/serve.h"

#include <spdlog/spdlog.h>

#include <atomic>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <csignal>
#include <iostream>
#include <optional>
#include <thread>

#include "factcheck/error.h"
#include "server/grpc_service.h"
#include "server/http_api.h"

namespace factcheck::server {
namespace {

namespace asio = boost::asio;

// Reloads off the I/O thread, one at a time, so that requests keep flowing.
class Reloader {
 public:
  explicit Reloader(CheckService& service) : service_(service) {}
  ~Reloader() {
    if (thread_.joinable()) thread_.join();
  }

  void Start() {
    if (running_.exchange(true)) {
      spdlog::warn("SIGHUP: a reload is already running");
      return;
    }
    if (thread_.joinable()) thread_.join();
    thread_ = std::thread([this] {
      try {
        service_.Reload();
        spdlog::warn("reloaded the configuration, plugins, reference data and ledger");
      } catch (const LocatedError& e) {
        spdlog::error("reload failed, still serving the previous configuration: {}", e.Describe());
      } catch (const std::exception& e) {
        spdlog::error("reload failed, still serving the previous configuration: {}", e.what());
      }
      running_ = false;
    });
  }

 private:
  CheckService& service_;
  std::atomic<bool> running_{false};
  std::thread thread_;
};

void CheckExposure(const asio::ip::tcp::endpoint& endpoint, bool allow_remote) {
  if (endpoint.address().is_loopback() || allow_remote) return;
  throw Error("refusing to listen on " + FormatEndpoint(endpoint) +
              " without --allow-remote: anyone who can reach it could send text to check and "
              "record verifications in the ledger, with no authentication and no TLS "
              "(see docs/editors.md)");
}

}  // namespace

void Serve(const ServeOptions& options) {
  const asio::ip::tcp::endpoint endpoint = ParseListenAddress(options.listen);
  CheckExposure(endpoint, options.allow_remote);
  if (!options.grpc_listen.empty() && !options.grpc_listen.starts_with("unix:")) {
    CheckExposure(ParseListenAddress(options.grpc_listen), options.allow_remote);
  }

  CheckService service(options.service);
  asio::io_context io(1);
  // The API checks Host against the port bound, known once listening.
  HttpHandler api;
  HttpServer http(
      io, endpoint,
      [&api](HttpRequest request, Respond respond) { api(std::move(request), std::move(respond)); },
      options.http);
  api = MakeHttpApi(service,
                    {.loopback = endpoint.address().is_loopback(), .port = http.endpoint().port()});
  std::optional<GrpcServer> grpc;
  if (!options.grpc_listen.empty()) {
    grpc.emplace(service, options.grpc_listen, options.http.max_body_bytes);
  }
  std::cout << "listening http http://" << FormatEndpoint(http.endpoint()) << "/\n";
  if (grpc) std::cout << "listening grpc " << grpc->address() << "\n";
  std::cout.flush();
  spdlog::info("configuration {}", service.health().config);

  Reloader reloader(service);
  asio::signal_set signals(io, SIGTERM, SIGINT, SIGHUP);
  asio::steady_timer drain_limit(io);
  std::function<void(const boost::system::error_code&, int)> on_signal =
      [&](const boost::system::error_code& ec, int signal) {
        if (ec) return;
        if (signal == SIGHUP) {
          reloader.Start();
          return signals.async_wait(on_signal);
        }
        spdlog::warn("stopping: finishing the requests in progress");
        http.Shutdown([&io] { io.stop(); });
        drain_limit.expires_after(options.drain_timeout);
        drain_limit.async_wait([&io](const boost::system::error_code& ec) {
          if (!ec) io.stop();
        });
      };
  signals.async_wait(on_signal);
  io.run();
  if (grpc) grpc->Shutdown(options.drain_timeout);
}

}  // namespace factcheck::server
