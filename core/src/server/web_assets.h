// The live editor's files (HTML, JavaScript, CSS), compiled into the binary
// from core/src/server/web/ by the build (cmake/EmbedFiles.cmake), so that
// the server needs nothing on disk and the page nothing from the network.
#ifndef FACTCHECK_CORE_SERVER_WEB_ASSETS_H_
#define FACTCHECK_CORE_SERVER_WEB_ASSETS_H_

#include <string_view>

namespace factcheck::server {

struct WebAsset {
  std::string_view path;  // "/editor.js"; "/" for index.html.
  std::string_view content_type;
  std::string_view body;
};

// The asset served at `path`, or null.
const WebAsset* FindWebAsset(std::string_view path);

}  // namespace factcheck::server

#endif  // FACTCHECK_CORE_SERVER_WEB_ASSETS_H_
