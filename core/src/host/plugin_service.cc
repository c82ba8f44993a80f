#include "host/plugin_service.h"

#include <filesystem>
#include <string_view>
#include <utility>

#include "config/paths.h"
#include "host/grpc_transport.h"
#include "host/library_plugin.h"

namespace factcheck {

void ServePlugin(PluginMaker make, const std::string& listen) {
  LoadGrpcTransport().ServePlugin(std::move(make), listen);
}

void RemoveLeftSocketFolder(const std::string& target) {
  if (!target.starts_with("unix:")) return;
  const std::filesystem::path socket = target.substr(5);
  const std::filesystem::path folder = socket.parent_path();
  const std::string_view pattern = kSocketFolderPattern;
  const std::string_view prefix = pattern.substr(0, pattern.find('X'));  // "factcheck-"
  std::error_code ec;
  if (socket.filename() != kSocketName ||
      folder.parent_path() != std::filesystem::temp_directory_path(ec) ||
      !folder.filename().string().starts_with(prefix)) {
    return;
  }
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.path().filename() != kSocketName) return;  // Not only ours: leave it.
  }
  std::filesystem::remove_all(folder, ec);
}

void ServeLibraryPlugin(const std::string& library, const std::string& listen) {
  ServePlugin(LoadLibraryPluginMaker(ResolvePluginLibrary(library)), listen);
}

}  // namespace factcheck
