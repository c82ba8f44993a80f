// Converts plugin options between YAML and google.protobuf.Struct.
#ifndef FACTCHECK_CORE_BASE_YAML_STRUCT_H_
#define FACTCHECK_CORE_BASE_YAML_STRUCT_H_

#include <google/protobuf/struct.pb.h>
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>

namespace factcheck {

// Plain scalars become null, booleans or numbers where YAML 1.2's core schema
// reads them so; quoted scalars stay strings.
google::protobuf::Value YamlToValue(const YAML::Node& node);

YAML::Node ValueToYaml(const google::protobuf::Value& value);

// Parses the YAML file `path`; nullopt when it does not exist. Throws Error
// when it cannot be read, and LocatedError naming file:line:column when it is
// not valid YAML or breaks the bounds of base/yaml_guard.h (aliases, depth,
// repeated keys).
std::optional<YAML::Node> LoadYamlFile(const std::string& path);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_YAML_STRUCT_H_
