// Converts plugin options between YAML and google.protobuf.Struct.
#ifndef FACTCHECK_CORE_YAML_STRUCT_H_
#define FACTCHECK_CORE_YAML_STRUCT_H_

#include <google/protobuf/struct.pb.h>
#include <yaml-cpp/yaml.h>

namespace factcheck {

// Plain scalars become null, booleans or numbers where YAML 1.2's core schema
// reads them so; quoted scalars stay strings.
google::protobuf::Value YamlToValue(const YAML::Node& node);

YAML::Node ValueToYaml(const google::protobuf::Value& value);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_YAML_STRUCT_H_
