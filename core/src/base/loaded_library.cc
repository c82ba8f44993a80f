#include "base/loaded_library.h"

#include <dlfcn.h>

#include "factcheck/error.h"

namespace factcheck {

void* LoadLibraryForGood(const std::string& path, const std::string& what) {
  void* library = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (library == nullptr) {
    const char* why = ::dlerror();
    throw Error("cannot load " + what + ": " + (why != nullptr ? why : "unknown error"));
  }
  return library;
}

}  // namespace factcheck
