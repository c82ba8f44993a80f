// The rules every call to a plugin follows, whatever its transport: one
// deadline policy, one protocol-version check, one way to describe a failed
// call.
//
// Deadlines: every call (Describe, Configure, Check, and a spawned plugin's
// handshake) must answer within the plugin's timeout_ms. gRPC carries it as
// the call's deadline; the in-process adapter measures it; and the runner's
// watchdog abandons a call still running kWatchdogGrace after it, so that a
// plugin that never returns cannot stop the run.
#ifndef FACTCHECK_CORE_HOST_CALL_POLICY_H_
#define FACTCHECK_CORE_HOST_CALL_POLICY_H_

#include <grpcpp/support/status.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "factcheck/v1/checker.pb.h"

namespace factcheck {

inline constexpr std::chrono::milliseconds kWatchdogGrace{250};

// DEADLINE_EXCEEDED: "no answer within N ms (timeout_ms)".
grpc::Status DeadlineExceeded(std::chrono::milliseconds timeout);

// "DEADLINE_EXCEEDED: no answer within 10000 ms": a status for messages.
std::string DescribeStatus(const grpc::Status& status);

// Nothing when a plugin speaking protocol `version` can be used; otherwise
// why not ("the plugin was built for plugin protocol version 2, but this host
// speaks version 1").
std::optional<std::string> ProtocolMismatch(std::uint32_t version);

// What a plugin reads of a document besides sentences, from its Describe:
// declaring nothing (protocol 1) reads time expressions, never tokens.
struct AnnotationsRead {
  bool time_expressions = false;
  bool tokens = false;
};
// Inline: the gRPC client (libfactcheck_grpc.so) reads it too.
inline AnnotationsRead ReadsOf(const v1::DescribeResponse& description) {
  AnnotationsRead reads;
  reads.time_expressions = description.annotations().empty();
  for (const int annotation : description.annotations()) {
    reads.time_expressions |= annotation == v1::ANNOTATION_TIME_EXPRESSIONS;
    reads.tokens |= annotation == v1::ANNOTATION_TOKENS;
  }
  return reads;
}

// Nothing when a plugin's Describe answer can be used: the protocol version
// matches and every rule has an id, used once. Otherwise the first problem.
std::optional<std::string> DescriptionProblem(const v1::DescribeResponse& description);

// The id of a configuration (ConfigureRequest.configuration_id): a digest of
// its options and config_dir, the same for equal configurations.
std::string ConfigurationId(const v1::ConfigureRequest& request);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_CALL_POLICY_H_
