#include "lsp/json_rpc.h"

#include "factcheck/error.h"

namespace factcheck::lsp {

std::optional<std::string> ReadFrame(std::istream& in) {
  std::optional<std::size_t> length;
  std::string line;
  bool any = false;
  while (std::getline(in, line)) {
    any = true;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) break;
    const auto colon = line.find(':');
    if (colon == std::string::npos) throw Error("malformed LSP header line: " + line);
    std::string name = line.substr(0, colon);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name == "content-length") {
      try {
        length = std::stoul(line.substr(colon + 1));
      } catch (const std::logic_error&) {
        throw Error("malformed Content-Length: " + line);
      }
    }
  }
  if (!any) return std::nullopt;
  if (!length) throw Error("an LSP message without Content-Length");
  std::string body(*length, '\0');
  in.read(body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<std::size_t>(in.gcount()) != *length) throw Error("an LSP message cut short");
  return body;
}

void Writer::Send(const json& message) {
  const std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
  std::lock_guard lock(mutex_);
  out_ << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out_.flush();
}

void Writer::Respond(const json& id, json result) {
  Send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Writer::RespondError(const json& id, int code, const std::string& message) {
  Send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void Writer::Notify(const std::string& method, json params) {
  Send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
}

}  // namespace factcheck::lsp
