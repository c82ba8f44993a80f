// A message's wire bytes in deterministic form: map entries in key order,
// so the same message gives the same bytes from run to run (protobuf's
// default leaves a map's order open). For hashing a message and for output
// read back from its bytes.
#ifndef FACTCHECK_CORE_BASE_DETERMINISTIC_BYTES_H_
#define FACTCHECK_CORE_BASE_DETERMINISTIC_BYTES_H_

#include <google/protobuf/message_lite.h>

#include <string>

namespace factcheck {

std::string DeterministicBytes(const google::protobuf::MessageLite& message);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_DETERMINISTIC_BYTES_H_
