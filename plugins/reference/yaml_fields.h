// Typed fields of one mapping of a streamed reference file, with errors that
// name file:line:column.
#ifndef FACTCHECK_PLUGINS_REFERENCE_YAML_FIELDS_H_
#define FACTCHECK_PLUGINS_REFERENCE_YAML_FIELDS_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "common/partial_date.h"
#include "reference/yaml_stream.h"

namespace factcheck::yaml {

class Fields {
 public:
  // `path` names the file in errors; it must outlive this object.
  explicit Fields(const std::string& path) : path_(path) {}

  [[noreturn]] void Fail(const Value& node, const std::string& message) const;
  // Rejects keys not in `allowed`, naming the first unknown one.
  void CheckKeys(const Value& map, std::initializer_list<const char*> allowed,
                 const std::string& what) const;
  // A non-empty string; "" when absent and not required.
  std::string Text(const Value& map, const char* key, bool required) const;
  // A list of non-empty strings; empty when absent.
  std::vector<std::string> List(const Value& map, const char* key) const;
  std::optional<PartialDate> Date(const Value& map, const char* key, bool required) const;

 private:
  const std::string& path_;
};

}  // namespace factcheck::yaml

#endif  // FACTCHECK_PLUGINS_REFERENCE_YAML_FIELDS_H_
