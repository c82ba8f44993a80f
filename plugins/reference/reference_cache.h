// Compiled indexes of office-holder YAML kept between runs, so that a process
// parses a set of reference files once per change rather than once per run:
// a check of one article starts in a third less time with the bundled data,
// and data of a million terms loads in a tenth of a second instead of seven.
// An index is found by a hash of what it was built from (each file's name
// and bytes, their order, and the build and ICU version that built it), and
// one that cannot be read is built again, never trusted.
#ifndef FACTCHECK_PLUGINS_REFERENCE_REFERENCE_CACHE_H_
#define FACTCHECK_PLUGINS_REFERENCE_REFERENCE_CACHE_H_

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "common/options.h"
#include "reference/office_holders.h"

namespace factcheck::reference {

// The folder of cached indexes: $FACTCHECK_REFERENCE_CACHE when set ("off"
// turns the cache off), else $XDG_CACHE_HOME/factcheck/reference, else
// ~/.cache/factcheck/reference; nullopt when off or without a home.
std::optional<std::filesystem::path> ReferenceCacheDir();

// How many indexes the folder keeps: the least recently used go first.
inline constexpr int kCachedIndexes = 8;

// The finished office-holder model of `files` (YAML, merged in order): read
// from the index cached in `cache_dir` for exactly these files when there
// is a good one, else from the YAML, whose index is then cached (a cache
// that cannot be written is skipped). A file that is itself an index, or no
// `cache_dir`, reads the files as they are. Throws as OfficeHolders::Load
// and Finish do for bad data.
std::shared_ptr<OfficeHolders> LoadOfficeHolders(
    const std::vector<kit::ReferencePath>& files,
    const std::optional<std::filesystem::path>& cache_dir);

}  // namespace factcheck::reference

#endif  // FACTCHECK_PLUGINS_REFERENCE_REFERENCE_CACHE_H_
