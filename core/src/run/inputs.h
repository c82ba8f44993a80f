// Turns the paths given on the command line into the list of articles.
#ifndef FACTCHECK_CORE_RUN_INPUTS_H_
#define FACTCHECK_CORE_RUN_INPUTS_H_

#include <string>
#include <vector>

namespace factcheck {

// Files stay as given (a missing one is reported when it is read); folders
// are searched recursively for .md, .markdown and .txt files, skipping hidden
// entries such as .git; "-" is standard input. The result is sorted and free
// of duplicates.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_INPUTS_H_
