#include "config/trust.h"

#include <dlfcn.h>
#include <openssl/evp.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <variant>

#include "base/atomic_file.h"
#include "base/loaded_library.h"
#include "config/paths.h"
#include "factcheck/error.h"

namespace factcheck {
namespace fs = std::filesystem;
namespace {

// libcrypto's two functions a digest needs. The library is loaded the first
// time one is: relocating it at start-up was a third of the dynamic loader's
// work in every run, and most runs never digest a file.
struct Sha256Functions {
  decltype(&EVP_Digest) digest;
  decltype(&EVP_sha256) sha256;
};

const Sha256Functions& Crypto() {
  static const Sha256Functions functions = [] {
    void* library = LoadLibraryForGood(FACTCHECK_LIBCRYPTO,
                                       std::string(FACTCHECK_LIBCRYPTO) + " for a SHA-256 digest");
    Sha256Functions found{reinterpret_cast<decltype(&EVP_Digest)>(::dlsym(library, "EVP_Digest")),
                          reinterpret_cast<decltype(&EVP_sha256)>(::dlsym(library, "EVP_sha256"))};
    if (found.digest == nullptr || found.sha256 == nullptr) {
      throw Error(std::string(FACTCHECK_LIBCRYPTO) + " lacks EVP_Digest or EVP_sha256");
    }
    return found;
  }();
  return functions;
}

std::string Sha256Hex(const std::string& bytes) {
  const Sha256Functions& crypto = Crypto();
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (crypto.digest(bytes.data(), bytes.size(), digest, &size, crypto.sha256(), nullptr) != 1) {
    throw Error("cannot compute a SHA-256 digest");
  }
  static const char* kHex = "0123456789abcdef";
  std::string hex;
  for (unsigned i = 0; i < size; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 15]);
  }
  return hex;
}

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot read");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Absolute(const std::string& path) {
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(fs::absolute(path), ec);
  return (ec ? fs::absolute(path) : canonical).string();
}

// The store's lines, minus any for `path`.
std::vector<std::string> StoreLinesWithout(const std::string& path) {
  std::vector<std::string> lines;
  std::ifstream in(TrustStorePath());
  for (std::string line; std::getline(in, line);) {
    if (line.size() > 66 && line.substr(66) == path) continue;
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

[[noreturn]] void Refuse(const Config& config, unsigned line, unsigned column,
                         const std::string& what) {
  throw LocatedError(config.path, line, column,
                     what + ", which a configuration found next to the articles may not do; " +
                         HowToTrust(config));
}

}  // namespace

std::string TrustStorePath() {
  if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg != nullptr && *xdg != '\0') {
    return (fs::path(xdg) / "factcheck" / "trusted").string();
  }
  const char* home = std::getenv("HOME");
  return (fs::path(home != nullptr ? home : ".") / ".config" / "factcheck" / "trusted").string();
}

bool IsTrustedFile(const std::string& config_path) {
  const std::string path = Absolute(config_path);
  std::ifstream in(TrustStorePath());
  if (!in) return false;
  const std::string wanted = Sha256Hex(ReadBytes(path)) + "  " + path;
  for (std::string line; std::getline(in, line);) {
    if (line == wanted) return true;
  }
  return false;
}

std::string SetTrusted(const std::string& config_path, bool trust) {
  const std::string path = Absolute(config_path);
  std::vector<std::string> lines = StoreLinesWithout(path);
  std::string entry;
  if (trust) {
    entry = Sha256Hex(ReadBytes(path)) + "  " + path;
    lines.push_back(entry);
  }
  std::string text = "# Configurations trusted by `factcheck trust`: SHA-256 and path.\n";
  for (const auto& line : lines) {
    if (!line.starts_with("#")) text += line + "\n";
  }
  const fs::path store = TrustStorePath();
  std::error_code ec;
  fs::create_directories(store.parent_path(), ec);
  WriteFileAtomically(store.string(), text);
  return entry;
}

bool InsideFolder(const std::string& path, const std::string& dir) {
  fs::path full = fs::path(path).is_absolute() ? fs::path(path) : fs::path(dir) / path;
  std::error_code ec;
  const fs::path resolved = fs::weakly_canonical(full, ec);
  const fs::path folder = fs::weakly_canonical(dir, ec);
  const fs::path relative = (ec ? full : resolved).lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}

std::string HowToTrust(const Config& config) {
  return "if you trust this file, run `factcheck trust " + config.path +
         "` (again after every change to it) or check with --trust-config";
}

void CheckUntrustedConfig(const Config& config) {
  if (config.trusted) return;
  for (const PluginConfig& plugin : config.plugins) {
    const std::string who = "plugin '" + plugin.name + "' ";
    if (std::holds_alternative<CommandTransport>(plugin.transport)) {
      Refuse(config, plugin.transport_line, plugin.transport_column,
             who + "runs a program (command:)");
    }
    if (std::holds_alternative<EndpointTransport>(plugin.transport)) {
      Refuse(config, plugin.transport_line, plugin.transport_column,
             who + "connects to a server (endpoint:)");
    }
    const auto& library = std::get<LibraryTransport>(plugin.transport).library;
    if (library.find('/') != std::string::npos || fs::path(library).extension() == ".so") {
      if (!InsideFolder(library, BundledPluginDir())) {
        Refuse(
            config, plugin.transport_line, plugin.transport_column,
            who + "loads a library outside the bundled plugin folder (library: " + library + ")");
      }
    }
  }
  for (const std::string& path : config.reference.paths) {
    if (!InsideFolder(path, config.reference.dir)) {
      Refuse(config, config.reference.line, config.reference.column,
             "'reference' names " + path + ", outside the configuration's folder");
    }
  }
}

}  // namespace factcheck
