#include "run/result_cache.h"

#include <boost/uuid/detail/sha1.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/atomic_file.h"
#include "base/iso_date.h"
#include "factcheck/error.h"

namespace factcheck {
namespace fs = std::filesystem;
namespace {

class Sha1 {
 public:
  Sha1& Add(const std::string& text) {
    const std::string size = std::to_string(text.size()) + ":";
    hash_.process_bytes(size.data(), size.size());
    hash_.process_bytes(text.data(), text.size());
    return *this;
  }
  std::string Hex() {
    boost::uuids::detail::sha1::digest_type digest;
    hash_.get_digest(digest);
    char hex[41];
    for (int i = 0; i < 5; ++i) std::snprintf(hex + 8 * i, 9, "%08x", digest[i]);
    return std::string(hex, 40);
  }

 private:
  boost::uuids::detail::sha1 hash_;
};

std::string FileBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A `command:` plugin's code: every word of the command that names a file
// (the program, "plugin.py", a jar), by its bytes, or by size and time of
// change when larger than kMaxHashedBytes (an interpreter).
void AddCommandFiles(const CommandTransport& command, Sha1* hash) {
  constexpr std::uintmax_t kMaxHashedBytes = 16 << 20;
  for (const std::string& word : command.argv) {
    fs::path path = word;
    if (path.is_relative()) path = fs::path(command.working_dir) / path;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) continue;
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) continue;
    hash->Add(path.string());
    if (size <= kMaxHashedBytes) {
      hash->Add(FileBytes(path));
    } else {
      const auto changed = fs::last_write_time(path, ec).time_since_epoch().count();
      hash->Add(std::to_string(size) + "@" + std::to_string(changed));
    }
  }
}

}  // namespace

ResultCache::ResultCache(std::string dir, std::string run_key)
    : dir_(std::move(dir)), run_key_(std::move(run_key)) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) throw Error("--cache " + dir_ + ": " + ec.message());
}

std::string ResultCache::FileFor(const std::string& path, const std::string& text) const {
  return (fs::path(dir_) / (Sha1().Add(run_key_).Add(path).Add(text).Hex() + ".report")).string();
}

// An entry: a header line naming the format, the payload's size and its
// SHA-1, then the serialized report, then an end line. Anything else — empty,
// cut short, altered — is no entry: the article is checked again and the
// entry rewritten.
namespace {

constexpr std::string_view kMagic = "factcheck-cache 1 ";
constexpr std::string_view kEnd = "\nend\n";

std::string Header(const std::string& payload) {
  return std::string(kMagic) + std::to_string(payload.size()) + " " + Sha1().Add(payload).Hex() +
         "\n";
}

}  // namespace

std::optional<v1::FileReport> ResultCache::Get(const std::string& path,
                                               const std::string& text) const {
  std::ifstream in(FileFor(path, text), std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string entry = buffer.str();
  const std::size_t line_end = entry.find('\n');
  if (!entry.starts_with(kMagic) || line_end == std::string::npos || !entry.ends_with(kEnd)) {
    return std::nullopt;
  }
  const std::size_t payload_size = entry.size() - (line_end + 1) - kEnd.size();
  const std::string payload = entry.substr(line_end + 1, payload_size);
  if (entry.compare(0, line_end + 1, Header(payload)) != 0) return std::nullopt;
  v1::FileReport report;
  if (!report.ParseFromString(payload)) return std::nullopt;
  return report;
}

void ResultCache::Put(const std::string& path, const std::string& text,
                      const v1::FileReport& report) const {
  std::string payload;
  if (!report.SerializeToString(&payload)) return;
  // A cache that cannot write just does not help.
  TryWriteFileAtomically(FileFor(path, text), Header(payload) + payload + std::string(kEnd));
}

std::string RunKey(const Config& config, const std::vector<ActivePlugin>& plugins,
                   const std::string& settings) {
  Sha1 hash;
  hash.Add(FACTCHECK_CACHE_VERSION).Add(settings).Add(FormatIsoDate(TodayUtc()));
  // The configuration and every file it names: reference data, shared or a
  // plugin's own.
  for (const std::string& file : FilesNamedBy(config)) hash.Add(file).Add(FileBytes(file));
  for (const ActivePlugin& plugin : plugins) {
    hash.Add(plugin.name)
        .Add(DescribeTransport(plugin.transport))
        .Add(plugin.description.SerializeAsString());
    // A library plugin's code: its bytes.
    if (const auto* library = std::get_if<LibraryTransport>(&plugin.transport)) {
      hash.Add(FileBytes(library->library));
    }
    if (const auto* command = std::get_if<CommandTransport>(&plugin.transport)) {
      AddCommandFiles(*command, &hash);
    }
  }
  return hash.Hex();
}

}  // namespace factcheck
