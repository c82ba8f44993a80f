// The host's check of a plugin's options against the option specs it
// declares in Describe (OptionSpec in checker.proto), before Configure: so a
// misspelt or mistyped option is an error naming its place in the
// configuration, whatever the plugin's language.
#ifndef FACTCHECK_CORE_HOST_OPTION_SPECS_H_
#define FACTCHECK_CORE_HOST_OPTION_SPECS_H_

#include <google/protobuf/struct.pb.h>

#include <optional>
#include <string>

#include "config/config.h"
#include "factcheck/v1/checker.pb.h"

namespace factcheck {

// True for the type names the host checks ("string", "list of strings",
// "list of paths", "bool", "number", "mapping"); other names are free text.
bool IsCheckedOptionType(const std::string& type);

// Nothing when `value` has the shape `type` names (or `type` is free text);
// otherwise what it must be ("must be true or false").
std::optional<std::string> OptionTypeMismatch(const google::protobuf::Value& value,
                                              const std::string& type);

struct OptionProblem {
  FilePosition position;  // In the configuration file.
  std::string message;    // "unknown option 'x' (the plugin accepts: a, b)".
};

// The first option of `entry` that `description` does not accept: not
// declared, of the wrong type, or required and missing. A `reference` option
// is not missing when `config` has a shared `reference:` list (the host passes
// it on).
std::optional<OptionProblem> CheckOptions(const PluginConfig& entry, const Config& config,
                                          const v1::DescribeResponse& description);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_HOST_OPTION_SPECS_H_
