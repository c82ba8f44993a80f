// gRPC, and the code of ours that speaks it (core/src/grpc_transport/), are
// one library loaded the first time a process needs it,
// libfactcheck_grpc.so, so that a process that never speaks gRPC (a check
// whose plugins all run in process) never maps gRPC's two dozen libraries:
// relocating them was a third of the start-up of a one-article check.
#ifndef FACTCHECK_CORE_BASE_GRPC_LIBRARY_H_
#define FACTCHECK_CORE_BASE_GRPC_LIBRARY_H_

namespace factcheck {

// The library's file name; it lies beside libfactcheck_proto, in the build
// as in an installation.
inline constexpr char kGrpcLibrary[] = "libfactcheck_grpc.so";

// Calls `entry`, a function the library exports that takes nothing and
// returns the address of an object that lives as long as the process,
// loading the library the first time. Throws Error naming the library, or
// the entry, and why it cannot be had.
const void* GrpcLibraryObject(const char* entry);

// The same, typed: the object is an `Interface`.
template <class Interface>
const Interface& GrpcLibraryEntry(const char* entry) {
  return *static_cast<const Interface*>(GrpcLibraryObject(entry));
}

}  // namespace factcheck

#endif  // FACTCHECK_CORE_BASE_GRPC_LIBRARY_H_
