// A shared library loaded by the process itself when first needed (gRPC's
// transport, libcrypto), rather than by the dynamic loader at start-up.
#ifndef FACTCHECK_CORE_BASE_LOADED_LIBRARY_H_
#define FACTCHECK_CORE_BASE_LOADED_LIBRARY_H_

#include <string>

namespace factcheck {

// Loads `path` (a file, or a SONAME for the loader's search) with every
// symbol bound at once, never to be unloaded: objects it made may outlive
// any caller. Throws Error "cannot load <what>: <the loader's reason>".
void* LoadLibraryForGood(const std::string& path, const std::string& what);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_LOADED_LIBRARY_H_
