// `factcheck serve`: the check server's life — load once, listen, answer,
// reload on SIGHUP, and on SIGTERM or SIGINT stop taking connections and
// finish the requests in progress before exiting.
#ifndef FACTCHECK_CORE_SERVER_SERVE_H_
#define FACTCHECK_CORE_SERVER_SERVE_H_

#include <chrono>
#include <string>

#include "server/check_service.h"
#include "server/http_server.h"

namespace factcheck::server {

struct ServeOptions {
  ServiceOptions service;
  std::string listen = "127.0.0.1:8410";       // HTTP: the API and the live editor.
  std::string grpc_listen = "127.0.0.1:8411";  // gRPC; empty: none.
  // Listening on an address other than loopback must be asked for: the
  // server has no authentication and writes the ledger on request.
  bool allow_remote = false;
  HttpOptions http;
  std::chrono::seconds drain_timeout{10};  // The longest a shutdown waits.
};

// Serves until SIGTERM or SIGINT. Prints "listening http http://HOST:PORT/"
// (and "listening grpc HOST:PORT") on stdout once ready. Throws Error when it
// cannot load or listen.
void Serve(const ServeOptions& options);

}  // namespace factcheck::server

#endif  // FACTCHECK_CORE_SERVER_SERVE_H_
