// The check server's HTTP API and the live editor's files:
//
//   GET  /                the live editor (and its /editor.js, /editor.css)
//   GET  /v1/health       {"status": "ok", plugins, configuration, queue}
//   POST /v1/check        a CheckTextRequest as JSON -> the Report, exactly as
//                         `factcheck check --format json` writes it
//   POST /v1/verify       a VerifyFindingRequest as JSON -> VerifyFindingResponse
//
// Errors are JSON {"error": {"code", "status", "message"}} with 400 (bad
// JSON, fields or as_of), 403 (a Host or Origin not this server's), 404,
// 405, 409 (no such finding to verify), 413 (body too large), 415 (not
// application/json), 503 (queue full), 504 (deadline passed).
#ifndef FACTCHECK_CORE_SERVER_HTTP_API_H_
#define FACTCHECK_CORE_SERVER_HTTP_API_H_

#include <string_view>

#include "server/check_service.h"
#include "server/http_server.h"

namespace factcheck::server {

// The editor page's Content-Security-Policy: its own files only, no inline
// script or style, requests to this server only.
inline constexpr std::string_view kEditorContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

struct ApiOptions {
  // Listening on a loopback address: requests must name it in Host (a page
  // elsewhere cannot reach the server by a DNS name that points here).
  bool loopback = true;
  unsigned short port = 0;
};

// `service` must outlive the handler.
HttpHandler MakeHttpApi(CheckService& service, ApiOptions options);

}  // namespace factcheck::server

#endif  // FACTCHECK_CORE_SERVER_HTTP_API_H_
