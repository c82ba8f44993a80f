// Office-holder reference data built at run time from the public sources in
// ../shared/data/reference-sources, for the injection benchmark: UK
// ministers from the Institute for Government's database, US presidents and
// vice presidents (congress-legislators' executive.yaml), the US cabinet
// (FiveThirtyEight's cabinet turnover), heads of government and state of
// some forty countries from REIGN, and French prime ministers from ParlGov.
// The mappings from the sources' post names to the titles the press uses
// are this file's own; nothing is copied into the repository.
#ifndef FACTCHECK_BENCH_REFERENCE_SOURCES_H_
#define FACTCHECK_BENCH_REFERENCE_SOURCES_H_

#include <filesystem>
#include <string>
#include <vector>

namespace factcheck::bench {

// Writes one reference YAML file per source into `out_dir` and returns
// their paths. `notes` gets one line per source with its counts and the rows
// it skipped. Throws std::runtime_error when a source file is missing.
std::vector<std::string> BuildReferenceFromSources(const std::filesystem::path& sources,
                                                   const std::filesystem::path& out_dir,
                                                   std::vector<std::string>* notes);

}  // namespace factcheck::bench

#endif  // FACTCHECK_BENCH_REFERENCE_SOURCES_H_
