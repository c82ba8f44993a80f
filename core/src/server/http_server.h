// An HTTP/1.1 server on Boost.Beast: one I/O thread accepts connections and
// reads and writes every request asynchronously (keep-alive connections cost
// no thread); the handler answers from any thread. Bodies over the limit get
// 413, malformed requests 400, idle connections are closed, and a shutdown
// lets the requests in progress finish.
#ifndef FACTCHECK_CORE_SERVER_HTTP_SERVER_H_
#define FACTCHECK_CORE_SERVER_HTTP_SERVER_H_

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace factcheck::server {

using HttpRequest = boost::beast::http::request<boost::beast::http::string_body>;
using HttpResponse = boost::beast::http::response<boost::beast::http::string_body>;
// Sends the response; may be called from any thread, exactly once.
using Respond = std::function<void(HttpResponse)>;
using HttpHandler = std::function<void(HttpRequest, Respond)>;

struct HttpOptions {
  std::size_t max_body_bytes = 4 << 20;
  std::size_t max_header_bytes = 16 << 10;
  std::chrono::seconds idle_timeout{30};  // Keep-alive connections idle this long are closed.
  std::chrono::seconds io_timeout{30};    // Reading a started request, writing a response.
};

// A JSON error body, {"error": {"code", "status", "message"}}, with the
// headers every API answer carries.
HttpResponse ErrorResponse(boost::beast::http::status status, std::string_view message,
                           unsigned version);

// "127.0.0.1:8410", "[::1]:8410", "localhost:8410" as an endpoint. Throws Error.
boost::asio::ip::tcp::endpoint ParseListenAddress(const std::string& address);

// "127.0.0.1:8410" / "[::1]:8410".
std::string FormatEndpoint(const boost::asio::ip::tcp::endpoint& endpoint);

class HttpServer {
 public:
  // Listens on `endpoint` (port 0: one the system picks). Throws Error.
  HttpServer(boost::asio::io_context& io, const boost::asio::ip::tcp::endpoint& endpoint,
             HttpHandler handler, HttpOptions options);
  ~HttpServer();

  boost::asio::ip::tcp::endpoint endpoint() const;
  // Stops accepting; idle connections are closed, the others after their
  // response. `done` runs on the I/O thread when none is left.
  void Shutdown(std::function<void()> done);

  class Connection;
  struct Shared;

 private:
  void Accept();

  std::shared_ptr<Shared> shared_;
};

}  // namespace factcheck::server

#endif  // FACTCHECK_CORE_SERVER_HTTP_SERVER_H_
