// The articles a pull request touches: what git reports added, modified or
// renamed since a revision.
#ifndef FACTCHECK_CORE_RUN_CHANGED_FILES_H_
#define FACTCHECK_CORE_RUN_CHANGED_FILES_H_

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "run/file_list.h"

namespace factcheck {

// Absolute paths of the files added, modified or renamed since `revision`
// (committed or not) in the git repository around the current folder.
// Throws Error with git's own message when git fails (no repository, unknown
// revision).
std::vector<std::string> ChangedSince(const std::string& revision);

// The lines added or modified since `revision`, by absolute, normalized
// path: what a pull request touched. Files git does not track yet are
// touched whole.
class ChangedLines {
 public:
  // Whether any of the lines [first, last] of `path` was touched.
  bool Touches(const std::string& path, unsigned first, unsigned last) const;

 private:
  friend ChangedLines ChangedLinesSince(const std::string& revision);
  std::map<std::string, std::vector<std::pair<unsigned, unsigned>>> ranges_;
  std::set<std::string> whole_;
};

// Reads `git diff -U0 REV`. Throws Error with git's message when git fails.
ChangedLines ChangedLinesSince(const std::string& revision);

// The absolute, normalized form of `path`, as ChangedSince reports paths.
std::string NormalPath(const std::string& path);

// The files of `files` that are in `changed` (both compared as absolute,
// normalized paths).
FileList KeepChanged(const FileList& files, const std::vector<std::string>& changed);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_CHANGED_FILES_H_
