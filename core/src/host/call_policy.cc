#include "host/call_policy.h"

#include <boost/uuid/detail/sha1.hpp>
#include <cstdio>
#include <set>

#include "base/deterministic_bytes.h"
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

std::optional<std::string> DescriptionProblem(const v1::DescribeResponse& description) {
  if (auto mismatch = ProtocolMismatch(description.protocol_version())) return mismatch;
  std::set<std::string> ids;
  for (int i = 0; i < description.rules_size(); ++i) {
    const std::string& id = description.rules(i).id();
    if (id.empty()) {
      return "Describe gave rule " + std::to_string(i + 1) + " an empty id";
    }
    if (!ids.insert(id).second) return "Describe declared the rule '" + id + "' twice";
  }
  return std::nullopt;
}

std::string ConfigurationId(const v1::ConfigureRequest& request) {
  // Deterministic: map entries (the options' keys) in order.
  std::string bytes = DeterministicBytes(request.options());
  bytes += '\0' + request.config_dir();
  boost::uuids::detail::sha1 hash;
  hash.process_bytes(bytes.data(), bytes.size());
  boost::uuids::detail::sha1::digest_type digest;
  hash.get_digest(digest);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%08x%08x", digest[0], digest[1]);
  return hex;
}

}  // namespace factcheck
