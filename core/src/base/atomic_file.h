// Writing a file so that readers see the old version or the new one, never
// half of either: a temporary file in the same folder, then a rename.
#ifndef FACTCHECK_CORE_BASE_ATOMIC_FILE_H_
#define FACTCHECK_CORE_BASE_ATOMIC_FILE_H_

#include <string>
#include <string_view>

namespace factcheck {

// Replaces `path` with `bytes`. Throws Error naming `path` when the
// temporary file cannot be written or renamed; the temporary file is removed.
void WriteFileAtomically(const std::string& path, std::string_view bytes);

// The same, returning false instead of throwing (for caches, where a failed
// write only means the entry is not kept).
bool TryWriteFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_ATOMIC_FILE_H_
