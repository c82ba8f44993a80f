#include "host/library_plugin.h"

#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <boost/dll/import.hpp>
#include <boost/dll/shared_library.hpp>
#include <cstring>
#include <functional>
#include <iterator>
#include <mutex>
#include <vector>

#include "factcheck/error.h"
#include "host/call_policy.h"

namespace factcheck {
namespace {

// Why the system's loader refuses `path`, in its own words ("cannot open
// shared object file: No such file or directory", "invalid ELF header",
// "undefined symbol: ..."). Boost.DLL reports every failure as one errno.
std::string LoaderError(const std::string& path) {
  ::dlerror();
  void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle != nullptr) {
    ::dlclose(handle);
    return "the library could not be loaded";
  }
  const char* error = ::dlerror();
  return error != nullptr ? error : "the library could not be loaded";
}

// The start of a .proto file's serialized descriptor as protoc's generated
// code embeds it: field 1 (name) then field 2 (package).
std::string DescriptorPrefix(const std::string& file) {
  const std::string package = "factcheck.v1";
  return std::string(1, '\x0a') + static_cast<char>(file.size()) + file + '\x12' +
         static_cast<char>(package.size()) + package;
}

// The parts of an ELF file that loading it maps and that hold data (its
// SHF_ALLOC sections but code: constants, data), where generated code keeps
// its descriptors; not its debug information, most of a development build's
// file, nor its code, most of the rest (a compiler places no array in an
// executable section). The whole file when it is not a 64-bit ELF file whose
// section table lies inside it.
std::vector<std::string_view> LoadedSections(std::string_view file) {
  Elf64_Ehdr header;
  if (file.size() < sizeof header || file.compare(0, SELFMAG, ELFMAG) != 0 ||
      file[EI_CLASS] != ELFCLASS64) {
    return {file};
  }
  std::memcpy(&header, file.data(), sizeof header);
  if (header.e_shentsize != sizeof(Elf64_Shdr) || header.e_shoff > file.size() ||
      header.e_shnum > (file.size() - header.e_shoff) / sizeof(Elf64_Shdr)) {
    return {file};
  }
  std::vector<std::string_view> sections;
  for (std::size_t i = 0; i < header.e_shnum; ++i) {
    Elf64_Shdr section;
    std::memcpy(&section, file.data() + header.e_shoff + i * sizeof section, sizeof section);
    if (!(section.sh_flags & SHF_ALLOC) || (section.sh_flags & SHF_EXECINSTR) ||
        section.sh_type == SHT_NOBITS || section.sh_offset > file.size() ||
        section.sh_size > file.size() - section.sh_offset) {
      continue;
    }
    sections.push_back(file.substr(section.sh_offset, section.sh_size));
  }
  if (sections.empty()) return {file};
  return sections;
}

// Objects of refused plugins: their layout may differ from ours, so they are
// never deleted, only kept (reachable, not leaked) until the process ends.
void KeepRefused(const void* object) {
  static std::mutex mutex;
  static auto* kept = new std::vector<const void*>;
  std::lock_guard lock(mutex);
  kept->push_back(object);
}

std::shared_ptr<Plugin> MakePlugin(const std::shared_ptr<boost::dll::shared_library>& library,
                                   PluginFactory* factory, const std::string& path) {
  const PluginFactoryResult created = factory();
  if (auto mismatch = ProtocolMismatch(created.protocol_version)) {
    KeepRefused(created.plugin);
    throw Error(path + ": " + *mismatch + "; rebuild the plugin against this version of factcheck");
  }
  if (created.plugin == nullptr) {
    throw Error(path + ": the plugin could not be created: " +
                (created.error ? created.error : "unknown error"));
  }
  // The deleter holds the library, so it is unloaded only after the object
  // (whose code lives in it) is destroyed.
  return std::shared_ptr<Plugin>(created.plugin, [library](Plugin* plugin) { delete plugin; });
}

}  // namespace

std::optional<std::string> EmbeddedProtocolFile(const std::string& path) {
  // Mapped, not read, and searched with Boyer-Moore-Horspool, which skips
  // most of the 42-byte prefix's length at a time, in the sections a loaded
  // library holds: the built-in plugins are 19 MB with their debug
  // information, and this runs at every start-up.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat info {};
  void* mapped = MAP_FAILED;
  if (::fstat(fd, &info) == 0 && info.st_size > 0) {
    mapped = ::mmap(nullptr, static_cast<std::size_t>(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
  }
  ::close(fd);
  if (mapped == MAP_FAILED) return std::nullopt;
  const std::string_view bytes(static_cast<const char*>(mapped),
                               static_cast<std::size_t>(info.st_size));
  std::optional<std::string> found;
  const std::vector<std::string_view> sections = LoadedSections(bytes);
  for (const char* file : {"factcheck/v1/checker.proto", "factcheck/v1/report.proto"}) {
    const std::string prefix = DescriptorPrefix(file);
    const std::boyer_moore_horspool_searcher searcher(prefix.begin(), prefix.end());
    if (std::any_of(sections.begin(), sections.end(), [&](std::string_view section) {
          return std::search(section.begin(), section.end(), searcher) != section.end();
        })) {
      found = file;
      break;
    }
  }
  ::munmap(mapped, bytes.size());
  return found;
}

PluginMaker LoadLibraryPluginMaker(const std::string& path) {
  if (auto file = EmbeddedProtocolFile(path)) {
    throw Error(path + " contains its own copy of the protocol's generated code (" + *file +
                "); loading it would register the protocol's types twice and abort. Link the "
                "plugin with libfactcheck_proto instead of compiling the .pb.cc files into it "
                "(factcheck_add_plugin in the CMake package does)");
  }
  auto library = std::make_shared<boost::dll::shared_library>();
  boost::dll::fs::error_code ec;
  library->load(boost::dll::fs::path(path), boost::dll::load_mode::rtld_now, ec);
  if (ec) throw Error("cannot load plugin library: " + LoaderError(path));
  // Never unmapped, even when the host lets go of it: a call abandoned at its
  // deadline may still run the library's code, and the library's own static
  // objects stay reachable until the process ends.
  ::dlopen(path.c_str(), RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE);
  if (!library->has(kPluginFactorySymbol)) {
    throw Error(path + " is not a factcheck plugin: it exports no '" +
                std::string(kPluginFactorySymbol) +
                "' (register the plugin with FACTCHECK_PLUGIN)");
  }
  PluginFactory* factory = nullptr;
  try {
    // The alias is a variable holding the factory's address.
    factory = library->get_alias<PluginFactory>(kPluginFactorySymbol);
  } catch (const std::exception& e) {
    throw Error("cannot read the plugin factory of " + path + ": " + e.what());
  }
  // Made once here, so that a wrong protocol version is found at load time.
  auto first = std::make_shared<std::shared_ptr<Plugin>>(MakePlugin(library, factory, path));
  return [library, factory, path, first]() {
    if (*first) return std::exchange(*first, nullptr);
    return MakePlugin(library, factory, path);
  };
}

std::shared_ptr<Plugin> LoadLibraryPlugin(const std::string& path) {
  return LoadLibraryPluginMaker(path)();
}

}  // namespace factcheck
