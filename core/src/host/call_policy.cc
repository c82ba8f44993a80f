#include "host/call_policy.h"

#include "factcheck/plugin.h"

namespace factcheck {

grpc::Status DeadlineExceeded(std::chrono::milliseconds timeout) {
  return grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED,
                      "no answer within " + std::to_string(timeout.count()) + " ms (timeout_ms)");
}

std::string DescribeStatus(const grpc::Status& status) {
  static const char* const kNames[] = {"OK",
                                       "CANCELLED",
                                       "UNKNOWN",
                                       "INVALID_ARGUMENT",
                                       "DEADLINE_EXCEEDED",
                                       "NOT_FOUND",
                                       "ALREADY_EXISTS",
                                       "PERMISSION_DENIED",
                                       "RESOURCE_EXHAUSTED",
                                       "FAILED_PRECONDITION",
                                       "ABORTED",
                                       "OUT_OF_RANGE",
                                       "UNIMPLEMENTED",
                                       "INTERNAL",
                                       "UNAVAILABLE",
                                       "DATA_LOSS",
                                       "UNAUTHENTICATED"};
  const auto code = static_cast<std::size_t>(status.error_code());
  std::string name = code < std::size(kNames) ? kNames[code] : "UNKNOWN";
  return name + ": " + status.error_message();
}

std::optional<std::string> ProtocolMismatch(std::uint32_t version) {
  if (version == kProtocolVersion) return std::nullopt;
  return "the plugin was built for plugin protocol version " + std::to_string(version) +
         ", but this host speaks version " + std::to_string(kProtocolVersion);
}

}  // namespace factcheck
