#include "server/http_server.h"

#include <spdlog/spdlog.h>

#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <list>
#include <nlohmann/json.hpp>
#include <optional>

#include "factcheck/error.h"

namespace factcheck::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

tcp::endpoint ParseListenAddress(const std::string& address) {
  const auto colon = address.rfind(':');
  const std::string usage =
      "give --listen as HOST:PORT with an IP address (127.0.0.1:8410, "
      "[::1]:8410, 0.0.0.0:8410) or localhost (got '" +
      address + "')";
  if (colon == std::string::npos || colon == 0) throw Error(usage);
  std::string host = address.substr(0, colon);
  const std::string port_text = address.substr(colon + 1);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  if (host == "localhost") host = "127.0.0.1";
  unsigned long port = 0;
  try {
    std::size_t used = 0;
    port = std::stoul(port_text, &used);
    if (used != port_text.size() || port > 65535) throw Error(usage);
  } catch (const std::logic_error&) {
    throw Error(usage);
  }
  beast::error_code ec;
  const asio::ip::address ip = asio::ip::make_address(host, ec);
  if (ec) throw Error(usage);
  return {ip, static_cast<unsigned short>(port)};
}

std::string FormatEndpoint(const tcp::endpoint& endpoint) {
  const std::string host = endpoint.address().to_string();
  return (endpoint.address().is_v6() ? "[" + host + "]" : host) + ":" +
         std::to_string(endpoint.port());
}

HttpResponse ErrorResponse(http::status status, std::string_view message, unsigned version) {
  HttpResponse response{status, version};
  nlohmann::json body = {{"error",
                          {{"code", static_cast<unsigned>(status)},
                           {"status", std::string(http::obsolete_reason(status))},
                           {"message", std::string(message)}}}};
  response.set(http::field::content_type, "application/json");
  response.set(http::field::cache_control, "no-store");
  response.set("X-Content-Type-Options", "nosniff");
  response.body() = body.dump() + "\n";
  return response;
}

struct HttpServer::Shared : std::enable_shared_from_this<Shared> {
  Shared(asio::io_context& io, HttpHandler handler, HttpOptions options)
      : io(io), acceptor(io), handler(std::move(handler)), options(options) {}

  void Accept();
  void Remove(Connection* connection);

  asio::io_context& io;
  tcp::acceptor acceptor;
  HttpHandler handler;
  HttpOptions options;
  // Touched on the I/O thread only.
  bool draining = false;
  std::list<std::pair<Connection*, std::weak_ptr<Connection>>> connections;
  std::function<void()> on_empty;
};

class HttpServer::Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(tcp::socket socket, std::shared_ptr<Shared> shared)
      : stream_(std::move(socket)), shared_(std::move(shared)) {}

  void Start() { ReadHeader(); }

  // On shutdown: a connection waiting for its next request goes now.
  void CloseIfIdle() {
    if (!busy_) stream_.socket().cancel();
  }

 private:
  void ReadHeader() {
    parser_.emplace();
    parser_->body_limit(shared_->options.max_body_bytes);
    parser_->header_limit(static_cast<std::uint32_t>(shared_->options.max_header_bytes));
    stream_.expires_after(shared_->options.idle_timeout);
    http::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    if (ec) return OnReadError(ec);
    const auto& request = parser_->get();
    const auto length = parser_->content_length();
    if (length && *length > shared_->options.max_body_bytes)
      return OnReadError(http::error::body_limit);
    stream_.expires_after(shared_->options.io_timeout);
    if (beast::iequals(request[http::field::expect], "100-continue")) {
      // Clients such as curl wait for this before sending a larger body.
      auto interim = std::make_shared<http::response<http::empty_body>>(http::status::continue_,
                                                                        request.version());
      http::async_write(stream_, *interim,
                        [self = shared_from_this(), interim](beast::error_code ec, std::size_t) {
                          if (ec) return self->Close();
                          self->ReadBody();
                        });
      return;
    }
    ReadBody();
  }

  void ReadBody() {
    http::async_read(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->OnRead(ec); });
  }

  void OnRead(beast::error_code ec) {
    if (ec) return OnReadError(ec);
    busy_ = true;
    keep_alive_ = parser_->get().keep_alive();
    HttpRequest request = parser_->release();
    stream_.expires_never();  // The request's deadline is the service's.
    auto executor = stream_.get_executor();
    shared_->handler(std::move(request), [self = shared_from_this(), executor](HttpResponse r) {
      asio::post(executor, [self, r = std::move(r)]() mutable { self->Write(std::move(r)); });
    });
  }

  void OnReadError(beast::error_code ec) {
    const unsigned version = parser_ && parser_->is_header_done() ? parser_->get().version() : 11;
    if (ec == http::error::body_limit) {
      keep_alive_ = false;
      return Write(ErrorResponse(http::status::payload_too_large,
                                 "the request body is larger than the limit of " +
                                     std::to_string(shared_->options.max_body_bytes) + " bytes",
                                 version));
    }
    if (ec == http::error::header_limit) {
      keep_alive_ = false;
      return Write(ErrorResponse(http::status::request_header_fields_too_large,
                                 "the request's headers are larger than " +
                                     std::to_string(shared_->options.max_header_bytes) + " bytes",
                                 version));
    }
    if (ec.category() == http::make_error_code(http::error::bad_target).category() &&
        ec != http::error::end_of_stream && ec != http::error::partial_message) {
      keep_alive_ = false;
      return Write(ErrorResponse(http::status::bad_request,
                                 "malformed HTTP request: " + ec.message(), version));
    }
    Close();  // The client went, timed out, or we shut down.
  }

  void Write(HttpResponse response) {
    response_ = std::make_shared<HttpResponse>(std::move(response));
    const bool close = !keep_alive_ || shared_->draining;
    response_->keep_alive(!close);
    response_->prepare_payload();  // Content-Length: the connection can stay open.
    stream_.expires_after(shared_->options.io_timeout);
    http::async_write(stream_, *response_,
                      [self = shared_from_this(), close](beast::error_code ec, std::size_t) {
                        self->busy_ = false;
                        self->response_.reset();
                        if (ec || close) return self->Close();
                        self->ReadHeader();
                      });
  }

  void Close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.socket().close(ignored);
    shared_->Remove(this);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::shared_ptr<HttpResponse> response_;
  std::shared_ptr<Shared> shared_;
  bool busy_ = false;  // A request is being answered.
  bool keep_alive_ = true;
};

void HttpServer::Shared::Accept() {
  acceptor.async_accept([self = shared_from_this()](beast::error_code ec, tcp::socket socket) {
    if (self->draining) return;
    if (ec) {
      spdlog::warn("accept failed: {}", ec.message());
    } else {
      socket.set_option(tcp::no_delay(true), ec);
      auto connection = std::make_shared<Connection>(std::move(socket), self);
      self->connections.emplace_back(connection.get(), connection);
      connection->Start();
    }
    self->Accept();
  });
}

void HttpServer::Shared::Remove(Connection* connection) {
  connections.remove_if([connection](const auto& entry) { return entry.first == connection; });
  if (draining && connections.empty() && on_empty) std::exchange(on_empty, nullptr)();
}

HttpServer::HttpServer(asio::io_context& io, const tcp::endpoint& endpoint, HttpHandler handler,
                       HttpOptions options)
    : shared_(std::make_shared<Shared>(io, std::move(handler), options)) {
  beast::error_code ec;
  tcp::acceptor& acceptor = shared_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) throw Error("cannot listen on " + FormatEndpoint(endpoint) + ": " + ec.message());
  shared_->Accept();
}

HttpServer::~HttpServer() = default;

tcp::endpoint HttpServer::endpoint() const { return shared_->acceptor.local_endpoint(); }

void HttpServer::Shutdown(std::function<void()> done) {
  asio::post(shared_->io, [shared = shared_, done = std::move(done)]() mutable {
    shared->draining = true;
    beast::error_code ignored;
    shared->acceptor.close(ignored);
    shared->on_empty = std::move(done);
    if (shared->connections.empty()) return std::exchange(shared->on_empty, nullptr)();
    for (auto& [raw, weak] : shared->connections) {
      if (auto connection = weak.lock()) connection->CloseIfIdle();
    }
  });
}

}  // namespace factcheck::server
