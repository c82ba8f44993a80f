// Turns the paths given on the command line into the list of articles.
#ifndef FACTCHECK_CORE_RUN_INPUTS_H_
#define FACTCHECK_CORE_RUN_INPUTS_H_

#include <string>
#include <vector>

#include "run/file_list.h"

namespace factcheck {

// Something under a folder that could not be looked at or read: it becomes
// an error of the run instead of being skipped without a word.
struct InputProblem {
  std::string path;
  std::string message;
};

// Files stay as given (a missing one is reported when it is read; pipes and
// process substitutions are read as streams); folders are searched
// recursively for .md, .markdown and .txt files, skipping hidden entries such
// as .git and following symbolic links to folders once; "-" is standard
// input. The result is sorted and free of duplicates. Folders that cannot be
// listed, symbolic-link loops, broken links and articles that are no regular
// files (FIFOs, sockets) go to `problems` when given. `listed_regular`,
// when given, says whether every article was a regular file when listed
// (by its folder's listing, or by looking at the path as given; standard
// input, pipes and devices are not): a reader may then read each as one.
FileList ExpandInputs(const std::vector<std::string>& paths,
                      std::vector<InputProblem>* problems = nullptr,
                      bool* listed_regular = nullptr);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_INPUTS_H_
