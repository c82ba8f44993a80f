#include "reference/reference_cache.h"

#include <elf.h>
#include <link.h>
#include <unicode/uversion.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <random>
#include <string>

// xxHash, header only.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace factcheck::reference {
namespace {

namespace fs = std::filesystem;

// The GNU build ID of the shared object that holds this code, which builds
// the models: an index another build made is not used, even one with the
// same layout, since the names and tables it holds may be made otherwise.
// Empty when the object has none (the cache is then not used).
const std::string& BuildId() {
  static const std::string id = [] {
    struct Search {
      std::uintptr_t address;
      std::string id;
    } search{reinterpret_cast<std::uintptr_t>(&BuildId), {}};
    dl_iterate_phdr(
        [](dl_phdr_info* info, std::size_t, void* data) -> int {
          auto& search = *static_cast<Search*>(data);
          const auto holds = [&](const ElfW(Phdr) & header) {
            const std::uintptr_t begin = info->dlpi_addr + header.p_vaddr;
            return header.p_type == PT_LOAD && search.address >= begin &&
                   search.address < begin + header.p_memsz;
          };
          if (std::none_of(info->dlpi_phdr, info->dlpi_phdr + info->dlpi_phnum, holds)) return 0;
          for (int i = 0; i < info->dlpi_phnum; ++i) {
            const ElfW(Phdr)& header = info->dlpi_phdr[i];
            if (header.p_type != PT_NOTE) continue;
            const char* at = reinterpret_cast<const char*>(info->dlpi_addr + header.p_vaddr);
            const char* end = at + header.p_memsz;
            while (at + sizeof(ElfW(Nhdr)) <= end) {
              const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(at);
              const char* name = at + sizeof(ElfW(Nhdr));
              const char* desc = name + ((note->n_namesz + 3) & ~3u);
              if (desc + note->n_descsz > end) break;
              if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 &&
                  std::memcmp(name, "GNU", 4) == 0) {
                search.id.assign(desc, note->n_descsz);
                return 1;
              }
              at = desc + ((note->n_descsz + 3) & ~3u);
            }
          }
          return 1;
        },
        &search);
    return search.id;
  }();
  return id;
}

// The name of an index in the cache: what builds it (this build, ICU) and
// what it is built from (the sources' key, which hashes their paths and
// bytes, and each file's name as cited).
std::uint64_t CacheKeyOf(const std::vector<kit::ReferencePath>& files, std::uint64_t sources_key) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  auto add = [&](std::string_view bytes) {
    const std::uint64_t size = bytes.size();
    XXH3_64bits_update(state, &size, sizeof size);
    XXH3_64bits_update(state, bytes.data(), bytes.size());
  };
  add("factcheck reference index");
  add(BuildId());
  add(U_ICU_VERSION);
  for (const auto& file : files) add(file.shown);
  XXH3_64bits_update(state, &sources_key, sizeof sources_key);
  const std::uint64_t key = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return key;
}

bool IsCachedIndex(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() == 16 + 6 && name.ends_with(".fcidx") &&
         std::all_of(name.begin(), name.begin() + 16,
                     [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

// Keeps the kCachedIndexes most recently used indexes, and removes what an
// interrupted write left behind an hour ago or more.
void Prune(const fs::path& dir) {
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> indexes;
  const auto hour_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const fs::file_time_type used = entry.last_write_time(ec);
    if (ec) continue;
    if (IsCachedIndex(entry.path())) {
      indexes.emplace_back(used, entry.path());
    } else if (entry.path().filename().string().starts_with(".tmp-") && used < hour_ago) {
      fs::remove(entry.path(), ec);
    }
  }
  if (indexes.size() <= static_cast<std::size_t>(kCachedIndexes)) return;
  std::sort(indexes.begin(), indexes.end(), std::greater<>());
  for (std::size_t i = kCachedIndexes; i < indexes.size(); ++i) fs::remove(indexes[i].second, ec);
}

// Writes `bytes` to `path` by a rename, so that a reader sees the whole
// index or none; any failure leaves the cache as it was.
void Store(const fs::path& path, const std::string& bytes) {
  std::error_code ec;
  // A folder made here is the user's alone: an index planted in it would
  // be believed (see docs/security.md).
  if (fs::create_directories(path.parent_path(), ec)) {
    fs::permissions(path.parent_path(), fs::perms::owner_all, ec);
  }
  if (ec) return;
  std::random_device random;
  const fs::path temporary =
      path.parent_path() / (".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
  {
    std::ofstream out(temporary, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.good()) {
      out.close();
      fs::remove(temporary, ec);
      return;
    }
  }
  fs::rename(temporary, path, ec);
  if (ec) {
    fs::remove(temporary, ec);
    return;
  }
  Prune(path.parent_path());
}

std::string Hex(std::uint64_t key) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, key >>= 4) out[i] = kDigits[key & 0xF];
  return out;
}

std::shared_ptr<OfficeHolders> ReadFiles(const std::vector<kit::ReferencePath>& files) {
  auto model = std::make_shared<OfficeHolders>();
  for (const auto& file : files) model->Load(file.path, file.shown);
  model->Finish();
  return model;
}

}  // namespace

std::optional<fs::path> ReferenceCacheDir() {
  if (const char* set = std::getenv("FACTCHECK_REFERENCE_CACHE"); set != nullptr && *set != 0) {
    if (std::string_view(set) == "off") return std::nullopt;
    return fs::path(set);
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
    return fs::path(xdg) / "factcheck" / "reference";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
    return fs::path(home) / ".cache" / "factcheck" / "reference";
  }
  return std::nullopt;
}

std::shared_ptr<OfficeHolders> LoadOfficeHolders(const std::vector<kit::ReferencePath>& files,
                                                 const std::optional<fs::path>& cache_dir) {
  if (!cache_dir || files.empty() || BuildId().empty() ||
      std::any_of(files.begin(), files.end(), [](const auto& f) { return IsIndexFile(f.path); })) {
    return ReadFiles(files);
  }
  std::vector<std::string> sources;
  for (const auto& file : files) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(file.path, ec);
    if (ec) return ReadFiles(files);
    sources.push_back(absolute.lexically_normal().string());
  }
  // The sources are read once here: the index found is checked against this
  // key, and one built is written with it.
  std::uint64_t sources_key = 0;
  try {
    sources_key = OfficeHolders::SourcesKey(sources);
  } catch (const std::exception&) {
    return ReadFiles(files);  // Which says what cannot be read.
  }
  const fs::path cached = *cache_dir / (Hex(CacheKeyOf(files, sources_key)) + ".fcidx");
  std::error_code ec;
  if (fs::is_regular_file(cached, ec)) {
    try {
      auto model = std::make_shared<OfficeHolders>();
      model->LoadIndexOf(cached.string(), sources_key);
      model->Finish();
      fs::last_write_time(cached, fs::file_time_type::clock::now(), ec);  // Recently used.
      return model;
    } catch (const std::exception&) {
      // Damaged, or its sources changed while it was read: built again.
    }
  }
  auto model = ReadFiles(files);
  Store(cached, model->Compile(sources, sources_key));
  return model;
}

}  // namespace factcheck::reference
