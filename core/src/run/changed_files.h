// The articles a pull request touches: what git reports added, modified or
// renamed since a revision.
#ifndef FACTCHECK_CORE_RUN_CHANGED_FILES_H_
#define FACTCHECK_CORE_RUN_CHANGED_FILES_H_

#include <string>
#include <vector>

namespace factcheck {

// Absolute paths of the files added, modified or renamed since `revision`
// (committed or not) in the git repository around the current folder.
// Throws Error with git's own message when git fails (no repository, unknown
// revision).
std::vector<std::string> ChangedSince(const std::string& revision);

// The files of `files` that are in `changed` (both compared as absolute,
// normalized paths).
std::vector<std::string> KeepChanged(const std::vector<std::string>& files,
                                     const std::vector<std::string>& changed);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_CHANGED_FILES_H_
