// The `reference` option every built-in checker takes: a path or a list of
// paths to reference files, relative to the configuration's folder.
#ifndef FACTCHECK_PLUGINS_COMMON_OPTION_PATHS_H_
#define FACTCHECK_PLUGINS_COMMON_OPTION_PATHS_H_

#include <google/protobuf/struct.pb.h>

#include <string>
#include <vector>

namespace factcheck::kit {

// A reference file named in a checker's options.
struct ReferencePath {
  std::string path;   // Where to read it.
  std::string shown;  // How errors and evidence name it: relative to the current folder.
};

// Reads the options of checker `plugin`, which may hold only `reference`.
// Throws Error ("dates: unknown option 'x' (expected: reference)") for
// anything else, and when `required` and no path is given.
std::vector<ReferencePath> ReferencePaths(const google::protobuf::Struct& options,
                                          const std::string& plugin, const std::string& config_dir,
                                          bool required);

}  // namespace factcheck::kit

#endif  // FACTCHECK_PLUGINS_COMMON_OPTION_PATHS_H_
