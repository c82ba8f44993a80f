#include "run/ledger.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <tuple>

#include "base/atomic_file.h"
#include "base/yaml_struct.h"
#include "factcheck/error.h"

namespace factcheck {
namespace fs = std::filesystem;
namespace {

std::string Folded(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// An exclusive lock on a folder, for as long as the object lives. The
// ledger is replaced by a rename, so its own inode cannot hold the lock.
class FolderLock {
 public:
  explicit FolderLock(const fs::path& folder)
      : fd_(::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
    if (fd_ < 0)
      throw Error(folder.string() + ": cannot lock the ledger's folder: " + std::strerror(errno));
    while (::flock(fd_, LOCK_EX) != 0) {
      if (errno != EINTR) {
        ::close(fd_);
        throw Error(folder.string() + ": cannot lock the ledger's folder: " + std::strerror(errno));
      }
    }
  }
  ~FolderLock() { ::close(fd_); }  // Closing releases the lock.
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

 private:
  int fd_;
};

bool SameKey(const LedgerEntry& e, const std::string& checker, const std::string& rule,
             const std::string& claim, const std::string& sentence) {
  return e.checker == checker && e.rule == rule && e.claim == claim && e.sentence == sentence;
}

}  // namespace

std::string SentenceOf(const v1::Document& document, const v1::Finding& finding) {
  for (const auto& sentence : document.sentences()) {
    if (finding.span().begin() >= sentence.span().begin() &&
        finding.span().begin() < sentence.span().end()) {
      std::string text;
      for (const auto& segment : sentence.segments()) {
        if (!text.empty()) text += " ";
        text += std::string_view(document.text())
                    .substr(segment.begin(), segment.end() - segment.begin());
      }
      return Folded(text);
    }
  }
  return {};
}

Ledger Ledger::Load(const std::string& path) {
  Ledger ledger;
  ledger.path_ = path;
  const std::optional<YAML::Node> loaded = LoadYamlFile(path);
  if (!loaded) return ledger;
  const YAML::Node& root = *loaded;
  if (!root || root.IsNull()) return ledger;
  // A scalar or list at the top has no keys to look up (yaml-cpp throws).
  if (!root.IsMap() || (root["verified"] && !root["verified"].IsSequence())) {
    throw LocatedError(path, 1, 1, "the ledger must be a mapping with a 'verified' list");
  }
  const YAML::Node verified = root["verified"];
  for (const auto& item : verified) {
    if (!item.IsMap()) {
      throw LocatedError(path, item.Mark().line + 1, item.Mark().column + 1,
                         "a ledger entry must be a mapping (plugin, rule, claim, ...)");
    }
    auto text = [&](const char* key) {
      const YAML::Node node = item[key];
      if (!node || !node.IsScalar()) {
        throw LocatedError(path, item.Mark().line + 1, item.Mark().column + 1,
                           std::string("a ledger entry needs '") + key + "'");
      }
      return node.Scalar();
    };
    ledger.entries_.push_back({text("plugin"), text("rule"), text("claim"), text("sentence"),
                               text("by"), text("note"), text("date")});
  }
  return ledger;
}

const LedgerEntry* Ledger::Find(const v1::Document& document, const v1::Finding& finding) const {
  if (entries_.empty()) return nullptr;
  const std::string sentence = SentenceOf(document, finding);
  for (const LedgerEntry& e : entries_) {
    if (SameKey(e, finding.checker(), finding.rule(), finding.claim(), sentence)) return &e;
  }
  return nullptr;
}

void Ledger::Record(const v1::Document& document, const v1::Finding& finding, const std::string& by,
                    const std::string& note, const std::string& date) {
  LedgerEntry entry{finding.checker(),
                    finding.rule(),
                    finding.claim(),
                    SentenceOf(document, finding),
                    by,
                    note,
                    date};
  // Several `factcheck verify` at once: each records under a lock on the
  // ledger's folder and re-reads the file first, so no entry is lost.
  const FolderLock lock(fs::path(path_).parent_path());
  entries_ = Load(path_).entries_;
  std::erase_if(entries_, [&](const LedgerEntry& e) {
    return SameKey(e, entry.checker, entry.rule, entry.claim, entry.sentence);
  });
  entries_.push_back(std::move(entry));
  std::sort(entries_.begin(), entries_.end(), [](const LedgerEntry& a, const LedgerEntry& b) {
    return std::tie(a.checker, a.rule, a.sentence, a.claim) <
           std::tie(b.checker, b.rule, b.sentence, b.claim);
  });
  YAML::Emitter out;
  out << YAML::Comment(
      "Claims a person has verified (factcheck verify). Keyed by plugin, rule, claim "
      "and sentence.");
  out << YAML::BeginMap << YAML::Key << "verified" << YAML::Value << YAML::BeginSeq;
  for (const LedgerEntry& e : entries_) {
    out << YAML::BeginMap << YAML::Key << "plugin" << YAML::Value << e.checker << YAML::Key
        << "rule" << YAML::Value << e.rule << YAML::Key << "claim" << YAML::Value << e.claim
        << YAML::Key << "sentence" << YAML::Value << e.sentence << YAML::Key << "by" << YAML::Value
        << e.by << YAML::Key << "note" << YAML::Value << e.note << YAML::Key << "date"
        << YAML::Value << e.date << YAML::EndMap;
  }
  out << YAML::EndSeq << YAML::EndMap;
  WriteFileAtomically(path_, std::string(out.c_str()) + "\n");
}

std::string LedgerPath(const std::string& start, const std::string& fallback) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (fs::path d = dir; !d.empty(); d = d.parent_path()) {
    if (fs::exists(d / ".git", ec)) return (d / ".factcheck-verified.yaml").string();
    if (d == d.root_path()) break;
  }
  return (fs::absolute(fallback, ec).parent_path() / ".factcheck-verified.yaml").string();
}

}  // namespace factcheck
