#include "server/http_api.h"

#include <google/protobuf/util/json_util.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "report/html_style.h"
#include "report/report_writer.h"
#include "server/web_assets.h"

namespace factcheck::server {
namespace {

namespace http = boost::beast::http;

HttpResponse JsonResponse(http::status status, std::string body, unsigned version) {
  HttpResponse response{status, version};
  response.set(http::field::content_type, "application/json");
  response.set(http::field::cache_control, "no-store");
  response.set("X-Content-Type-Options", "nosniff");
  response.body() = std::move(body);
  return response;
}

// The report exactly as `--format json` writes it.
std::string ReportJson(const v1::Report& report) {
  std::ostringstream out;
  FindReportFormat("json")->make()->Write(report, ReportContext{}, out);
  return out.str();
}

http::status StatusOf(Outcome outcome) {
  switch (outcome) {
    case Outcome::kOk:
      return http::status::ok;
    case Outcome::kInvalidArgument:
      return http::status::bad_request;
    case Outcome::kNotFound:
      return http::status::conflict;
    case Outcome::kDeadlineExceeded:
      return http::status::gateway_timeout;
    case Outcome::kOverloaded:
      return http::status::service_unavailable;
    case Outcome::kInternal:
      break;
  }
  return http::status::internal_server_error;
}

HttpResponse Failure(const Answer& answer, unsigned version) {
  HttpResponse response = ErrorResponse(StatusOf(answer.outcome), answer.message, version);
  if (answer.outcome == Outcome::kOverloaded) response.set(http::field::retry_after, "1");
  return response;
}

// The names this server answers to, when it listens on loopback.
bool HostAllowed(std::string_view host, const ApiOptions& options) {
  if (!options.loopback) return true;
  const std::string port = ":" + std::to_string(options.port);
  for (std::string_view name : {"127.0.0.1", "localhost", "[::1]"}) {
    if (host == std::string(name) + port || (options.port == 80 && host == name)) return true;
  }
  return false;
}

// Reads a JSON body into `message`; returns an error message or nothing.
std::optional<std::string> ParseBody(const HttpRequest& request,
                                     google::protobuf::Message* message) {
  const std::string_view type = request[http::field::content_type];
  if (type.substr(0, type.find(';')) != "application/json") return "";
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  auto status = google::protobuf::util::JsonStringToMessage(request.body(), message, options);
  if (!status.ok()) {
    return "the body is not a valid " + message->GetDescriptor()->name() + ": " +
           std::string(status.message());
  }
  return std::nullopt;
}

HttpResponse Health(const CheckService& service, unsigned version) {
  const server::Health health = service.health();
  nlohmann::json plugins = nlohmann::json::array();
  for (const auto& [name, plugin_version] : health.plugins) {
    plugins.push_back({{"name", name}, {"version", plugin_version}});
  }
  nlohmann::json body = {{"status", "ok"},
                         {"config", health.config},
                         {"ledger", health.ledger},
                         {"plugins", plugins},
                         {"workers", health.workers},
                         {"queued", health.queued},
                         {"reloads", health.reloads},
                         {"abandoned_workers", health.abandoned}};
  return JsonResponse(http::status::ok, body.dump(2) + "\n", version);
}

HttpResponse Asset(const WebAsset& asset, unsigned version) {
  HttpResponse response{http::status::ok, version};
  response.set(http::field::content_type, asset.content_type);
  response.set(http::field::cache_control, "no-cache");
  response.set("X-Content-Type-Options", "nosniff");
  response.set("Referrer-Policy", "no-referrer");
  if (asset.path == "/") {
    response.set("Content-Security-Policy", kEditorContentSecurityPolicy);
    response.set("X-Frame-Options", "DENY");
  }
  response.body() = std::string(asset.body);
  return response;
}

// POST /v1/check and /v1/verify: parse, queue, answer when the worker does.
template <typename Request>
void Post(CheckService& service, const HttpRequest& http_request, Respond respond,
          void (CheckService::*call)(Request, Clock::time_point, Reply), bool verify) {
  const unsigned version = http_request.version();
  Request request;
  if (auto problem = ParseBody(http_request, &request)) {
    if (problem->empty()) {
      return respond(ErrorResponse(http::status::unsupported_media_type,
                                   "send the request as Content-Type: application/json", version));
    }
    return respond(ErrorResponse(http::status::bad_request, *problem, version));
  }
  (service.*call)(
      std::move(request), Clock::time_point::max(),
      [respond = std::move(respond), version, verify](Answer answer) {
        if (answer.outcome != Outcome::kOk) return respond(Failure(answer, version));
        if (!verify) {
          return respond(JsonResponse(http::status::ok, ReportJson(answer.report), version));
        }
        v1::VerifyFindingResponse response;
        *response.mutable_report() = std::move(answer.report);
        response.set_ledger(answer.ledger);
        respond(JsonResponse(http::status::ok, MessageJson(response), version));
      });
}

void Handle(CheckService& service, const ApiOptions& options, HttpRequest request,
            Respond respond) {
  const unsigned version = request.version();
  if (!HostAllowed(request[http::field::host], options)) {
    return respond(ErrorResponse(
        http::status::forbidden,
        "this server answers only to 127.0.0.1, localhost or [::1] with its port in Host",
        version));
  }
  std::string_view target = request.target();
  target = target.substr(0, target.find('?'));
  const bool post = request.method() == http::verb::post;
  const bool get = request.method() == http::verb::get;
  auto wrong_method = [&](const char* allow) {
    HttpResponse response = ErrorResponse(http::status::method_not_allowed,
                                          "use " + std::string(allow) + " for this path", version);
    response.set(http::field::allow, allow);
    respond(std::move(response));
  };
  if (target == "/v1/check" || target == "/v1/verify") {
    if (!post) return wrong_method("POST");
    const std::string_view origin = request[http::field::origin];
    if (!origin.empty() && origin != "http://" + std::string(request[http::field::host])) {
      return respond(ErrorResponse(http::status::forbidden,
                                   "requests from pages of another origin are refused", version));
    }
    if (target == "/v1/check") {
      return Post(service, request, std::move(respond), &CheckService::Check, false);
    }
    return Post(service, request, std::move(respond), &CheckService::Verify, true);
  }
  if (target == "/v1/health") {
    if (!get) return wrong_method("GET");
    return respond(Health(service, version));
  }
  if (target == "/findings.css") {  // The HTML report's look of findings.
    if (!get) return wrong_method("GET");
    static const WebAsset findings{"/findings.css", "text/css; charset=utf-8", HtmlFindingStyle()};
    return respond(Asset(findings, version));
  }
  if (const WebAsset* asset = FindWebAsset(target)) {
    if (!get) return wrong_method("GET");
    return respond(Asset(*asset, version));
  }
  respond(ErrorResponse(http::status::not_found, "no such path: " + std::string(target), version));
}

}  // namespace

HttpHandler MakeHttpApi(CheckService& service, ApiOptions options) {
  return [&service, options](HttpRequest request, Respond respond) {
    Handle(service, options, std::move(request), std::move(respond));
  };
}

}  // namespace factcheck::server
