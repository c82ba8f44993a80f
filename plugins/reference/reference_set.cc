#include "reference/reference_set.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>

#include "factcheck/error.h"
#include "reference/reference_cache.h"

namespace factcheck::reference {
namespace {

namespace fs = std::filesystem;

// An events file has a top-level `events:` or `series:` section; anything
// else is read as office-holder data. Only the first lines are read.
bool IsEventsFile(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("events:") || line.starts_with("series:")) return true;
    if (line.starts_with("offices:") || line.starts_with("people:")) return false;
  }
  return false;
}

// Identifies a set of files as they are now: each path with how it is shown,
// its size and modification time, so that an edited file is read again.
std::string KeyOf(const std::vector<kit::ReferencePath>& files) {
  std::string key;
  for (const auto& file : files) {
    struct stat info {};
    ::stat(file.path.c_str(), &info);
    key += file.path + '\0' + file.shown + '\0' + std::to_string(info.st_size) + '\0' +
           std::to_string(info.st_mtim.tv_sec) + '.' + std::to_string(info.st_mtim.tv_nsec) + '\n';
  }
  return key;
}

// Office-holder data, the bulk of the work, goes through the index cache.
std::shared_ptr<const OfficeHolders> Read(const std::vector<kit::ReferencePath>& files,
                                          const OfficeHolders* /*kind*/) {
  return LoadOfficeHolders(files, ReferenceCacheDir());
}
std::shared_ptr<const Events> Read(const std::vector<kit::ReferencePath>& files,
                                   const Events* /*kind*/) {
  auto model = std::make_shared<Events>();
  for (const auto& file : files) model->Load(file.path, file.shown);
  model->Finish();
  return model;
}

// Models by the key of their files; held weakly, so a model lives as long as
// some plugin uses it.
template <typename Model>
class ModelCache {
 public:
  std::shared_ptr<const Model> Get(const std::vector<kit::ReferencePath>& files) {
    const std::string key = KeyOf(files);
    std::lock_guard lock(mutex_);
    if (auto it = models_.find(key); it != models_.end()) {
      if (auto model = it->second.lock()) return model;
    }
    std::shared_ptr<const Model> model = Read(files, static_cast<const Model*>(nullptr));
    models_[key] = model;
    return model;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::weak_ptr<const Model>> models_;
};

}  // namespace

ReferenceSet LoadReferenceSet(const std::vector<kit::ReferencePath>& files) {
  static ModelCache<OfficeHolders> office_holders_cache;
  static ModelCache<Events> events_cache;
  // Sets seen before are answered from their key alone, without opening a
  // file; each kind's models are shared across sets too.
  static std::mutex mutex;
  static std::map<std::string,
                  std::pair<std::weak_ptr<const OfficeHolders>, std::weak_ptr<const Events>>>
      sets;
  const std::string key = KeyOf(files);
  {
    std::lock_guard lock(mutex);
    if (auto it = sets.find(key); it != sets.end()) {
      ReferenceSet set{it->second.first.lock(), it->second.second.lock()};
      if (set.office_holders && set.events) return set;
    }
  }
  std::vector<kit::ReferencePath> office_holder_files, event_files;
  for (const auto& file : files) {
    std::error_code ec;
    if (!fs::exists(file.path, ec)) throw Error(file.shown + ": no such file");
    (IsEventsFile(file.path) ? event_files : office_holder_files).push_back(file);
  }
  ReferenceSet set{office_holders_cache.Get(office_holder_files), events_cache.Get(event_files)};
  std::lock_guard lock(mutex);
  sets[key] = {set.office_holders, set.events};
  return set;
}

}  // namespace factcheck::reference
