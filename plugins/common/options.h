// A built-in checker's options, read against the option specs it declares in
// Describe: unknown keys, wrong types and missing required options are errors
// naming the plugin and the option.
#ifndef FACTCHECK_PLUGINS_COMMON_OPTIONS_H_
#define FACTCHECK_PLUGINS_COMMON_OPTIONS_H_

#include <google/protobuf/struct.pb.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck::kit {

// The option types, as Describe names them (OptionSpec.type).
enum class OptionType { kPaths, kString, kStrings, kBool, kNumber };
const char* OptionTypeName(OptionType type);  // "list of paths", "string", ...

struct OptionSpec {
  const char* name;
  OptionType type;
  const char* summary;  // One line.
  bool required = false;
};

// A file named in a checker's options.
struct ReferencePath {
  std::string path;   // Where to read it.
  std::string shown;  // How errors and evidence name it: from the configuration's folder.
};

class Options {
 public:
  // Reads `options` against `specs`. Relative paths start at `config_dir`.
  // Throws Error ("dates: unknown option 'x' (expected: reference)").
  Options(const google::protobuf::Struct& options, const std::vector<OptionSpec>& specs,
          const std::string& plugin, const std::string& config_dir);

  // A kPaths option: a path or a list of paths; empty when absent.
  std::vector<ReferencePath> Paths(std::string_view name) const;
  // A kString option.
  std::optional<std::string> String(std::string_view name) const;
  // A kStrings option: a string or a list of strings; empty when absent.
  std::vector<std::string> Strings(std::string_view name) const;
  std::optional<bool> Bool(std::string_view name) const;
  std::optional<double> Number(std::string_view name) const;

 private:
  const google::protobuf::Value* Find(std::string_view name) const;
  std::string Shown(const std::filesystem::path& full) const;
  // A path of plain names, relative or in plain_dir_, resolved and shown
  // as the rule of Paths has it without parsing it; none for any other.
  std::optional<ReferencePath> Plain(const std::string& path) const;

  google::protobuf::Struct options_;
  std::string config_dir_;
  // config_dir_ lexically normal, to which a plain relative path is joined
  // as written (Paths); empty when the general rule is needed.
  std::string plain_dir_;
};

}  // namespace factcheck::kit

#endif  // FACTCHECK_PLUGINS_COMMON_OPTIONS_H_
