#include "base/grpc_library.h"

#include <dlfcn.h>

#include <filesystem>
#include <string>

#include "base/loaded_library.h"
#include "factcheck/error.h"
#include "factcheck/v1/checker.pb.h"

namespace factcheck {
namespace {

// The library's path: the folder of libfactcheck_proto (found by one of its
// functions), where the build and the installation put every library of
// factcheck.
std::string GrpcLibraryPath() {
  Dl_info info{};
  if (::dladdr(reinterpret_cast<const void*>(&v1::Verdict_descriptor), &info) == 0 ||
      info.dli_fname == nullptr) {
    return kGrpcLibrary;  // Left to the loader's search path.
  }
  return (std::filesystem::path(info.dli_fname).parent_path() / kGrpcLibrary).string();
}

void* GrpcLibraryHandle() {
  static void* const handle = [] {
    const std::string path = GrpcLibraryPath();
    return LoadLibraryForGood(path, "the gRPC transport " + path);
  }();
  return handle;
}

}  // namespace

const void* GrpcLibraryObject(const char* entry) {
  void* handle = GrpcLibraryHandle();
  ::dlerror();
  void* symbol = ::dlsym(handle, entry);
  if (symbol == nullptr) {
    throw Error(std::string(kGrpcLibrary) + " has no entry '" + entry +
                "': it is not the library of this factcheck");
  }
  using Entry = const void* (*)();
  return reinterpret_cast<Entry>(symbol)();
}

}  // namespace factcheck
