// JSON-RPC 2.0 over a byte stream with LSP's framing: "Content-Length: N"
// headers, a blank line, then N bytes of JSON (nlohmann-json).
#ifndef FACTCHECK_CORE_LSP_JSON_RPC_H_
#define FACTCHECK_CORE_LSP_JSON_RPC_H_

#include <istream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>

namespace factcheck::lsp {

using nlohmann::json;

// JSON-RPC error codes.
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;
inline constexpr int kRequestFailed = -32803;

// One message's body, or nothing at the end of the stream. Throws Error for
// a frame without Content-Length or cut short.
std::optional<std::string> ReadFrame(std::istream& in);

// Writes framed messages; safe from several threads.
class Writer {
 public:
  explicit Writer(std::ostream& out) : out_(out) {}
  void Send(const json& message);
  void Respond(const json& id, json result);
  void RespondError(const json& id, int code, const std::string& message);
  void Notify(const std::string& method, json params);

 private:
  std::mutex mutex_;
  std::ostream& out_;
};

}  // namespace factcheck::lsp

#endif  // FACTCHECK_CORE_LSP_JSON_RPC_H_
