// The compiled index of office-holder reference data: the records of the
// YAML files, as Load() leaves them, in a flat binary file that is mapped
// and read without a YAML parser. Layout (little-endian, this build's
// format only):
//
//   magic "FCIDX" 0 0 1 | u32 version | u32 source count | u64 sources key |
//   u64 payload size | u64 payload hash | sources (path strings) | payload
//
// A string is a u32 length and its bytes. Every read is checked against the
// mapping's end, and the payload against its hash, so a truncated or edited
// index is an error, never a crash or a silent misreading.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "common/text_tokens.h"
#include "factcheck/error.h"
#include "reference/office_holders.h"

namespace factcheck::reference {
namespace {

constexpr char kMagic[8] = {'F', 'C', 'I', 'D', 'X', 0, 0, 1};
constexpr std::uint32_t kVersion = 1;

std::uint64_t Fnv(std::string_view bytes, std::uint64_t h = 0xcbf29ce484222325ull) {
  for (const char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h;
}

class Writer {
 public:
  void U32(std::uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void U64(std::uint64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void Str(std::string_view s) {
    U32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void Strs(const std::vector<std::string>& list) {
    U32(static_cast<std::uint32_t>(list.size()));
    for (const auto& s : list) Str(s);
  }
  void Date(const std::optional<PartialDate>& date) { Str(date ? date->text : std::string()); }
  void Source(SourceRef source) {
    U32(source.file);
    U32(source.line);
    U32(source.citation);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// A read-only mapping of a whole file, unmapped when it goes.
class Mapping {
 public:
  explicit Mapping(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(path + ": cannot open");
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
      ::close(fd);
      throw Error(path + ": cannot read");
    }
    size_ = static_cast<std::size_t>(info.st_size);
    if (size_ > 0) data_ = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (data_ == MAP_FAILED) throw Error(path + ": cannot map");
  }
  ~Mapping() {
    if (data_ != nullptr && data_ != MAP_FAILED) ::munmap(data_, size_);
  }
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  std::string_view bytes() const {
    return data_ == nullptr ? std::string_view()
                            : std::string_view(static_cast<char*>(data_), size_);
  }

 private:
  void* data_ = nullptr;
  std::size_t size_ = 0;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

// Reads the records of an index, checking every length against its end.
class IndexReader {
 public:
  IndexReader(std::string_view bytes, const std::string& path) : bytes_(bytes), path_(path) {}
  std::uint32_t U32() { return Fixed<std::uint32_t>(); }
  std::uint64_t U64() { return Fixed<std::uint64_t>(); }
  std::string_view View(std::size_t size) {
    if (size > bytes_.size() - at_) Corrupt("it ends inside a record");
    const std::string_view view = bytes_.substr(at_, size);
    at_ += size;
    return view;
  }
  std::string Str() { return std::string(View(U32())); }
  std::vector<std::string> Strs() {
    std::vector<std::string> list(Count());
    for (auto& s : list) s = Str();
    return list;
  }
  // A count of records, each at least 4 bytes: a count the rest cannot
  // hold is corruption, not a reason to allocate.
  std::uint32_t Count() {
    const std::uint32_t count = U32();
    if (count > (bytes_.size() - at_) / 4) Corrupt("a count is larger than the file");
    return count;
  }
  std::optional<PartialDate> Date(bool required) {
    const std::string text = Str();
    if (text.empty() && !required) return std::nullopt;
    auto date = ParsePartialDate(text);
    if (!date) Corrupt("'" + text + "' is no date");
    return date;
  }
  SourceRef Source(std::uint32_t files, std::uint32_t citations) {
    SourceRef source{U32(), U32(), U32()};
    if (source.file >= files || source.citation > citations) Corrupt("a record cites no file");
    return source;
  }
  std::size_t at() const { return at_; }
  std::size_t size() const { return bytes_.size(); }
  [[noreturn]] void Corrupt(const std::string& why) const {
    throw Error(path_ + ": the index is corrupt (" + why +
                "); run `factcheck reference compile` again");
  }

 private:
  template <typename T>
  T Fixed() {
    T value;
    std::memcpy(&value, View(sizeof value).data(), sizeof value);
    return value;
  }
  std::string_view bytes_;
  std::string path_;
  std::size_t at_ = 0;
};

bool IsIndexFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[sizeof kMagic] = {};
  in.read(magic, sizeof magic);
  return in.gcount() >= 5 && std::memcmp(magic, kMagic, 5) == 0;  // Truncated too.
}

namespace {

std::uint64_t SourcesKey(const std::vector<std::string>& paths) {
  std::uint64_t key = Fnv("factcheck-index");
  for (const auto& path : paths) key = Fnv(ReadFile(path), Fnv(path, key));
  return key;
}

}  // namespace

std::string OfficeHolders::Compile(const std::vector<std::string>& sources) const {
  Writer w;
  w.Strs(files_);
  w.U32(static_cast<std::uint32_t>(coverage_.size()));
  for (const Coverage& coverage : coverage_) {
    w.Date(coverage.checked);
    w.Date(coverage.complete_from);
  }
  std::vector<std::string> citations;
  for (std::uint32_t id = 1; !citations_.Get(id).empty(); ++id)
    citations.push_back(citations_.Get(id));
  w.Strs(citations);
  w.U32(static_cast<std::uint32_t>(people_.size()));
  for (const Person& person : people_) {
    w.Str(person.name);
    w.Strs(person.aliases);
    w.Strs(person.surnames);
    w.Str(person.born ? FormatDay(Days{*person.born}) : std::string());
    w.Source(person.source);
  }
  w.U32(static_cast<std::uint32_t>(offices_.size()));
  for (const Office& office : offices_) {
    w.Str(office.id);
    w.Str(office.title);
    w.Strs(office.aliases);
    w.Str(office.jurisdiction);
    w.Strs(office.adjectives);
    w.Source(office.source);
    w.U32(static_cast<std::uint32_t>(office.holders.size()));
    for (const Holding& holding : office.holders) {
      w.U32(holding.person);
      w.Date(holding.from);
      w.Date(holding.to);
      w.Source(holding.source);
    }
  }
  Writer file;
  file.bytes().append(kMagic, sizeof kMagic);
  file.U32(kVersion);
  file.U32(static_cast<std::uint32_t>(sources.size()));
  file.U64(SourcesKey(sources));
  file.U64(w.bytes().size());
  file.U64(Fnv(w.bytes()));
  for (const auto& source : sources) file.Str(source);
  file.bytes() += w.bytes();
  return std::move(file.bytes());
}

void OfficeHolders::LoadIndex(const std::string& path, const std::string& shown_as) {
  if (!files_.empty())
    throw Error(path + ": an index is loaded alone, not merged with other files");
  const std::string shown = shown_as.empty() ? path : shown_as;
  const Mapping mapping(path);
  IndexReader header(mapping.bytes(), shown);
  if (header.View(sizeof kMagic) != std::string_view(kMagic, sizeof kMagic)) {
    header.Corrupt("not a factcheck index of this format");
  }
  if (header.U32() != kVersion) header.Corrupt("another version");
  std::vector<std::string> sources(header.U32());
  const std::uint64_t key = header.U64();
  const std::uint64_t payload_size = header.U64();
  const std::uint64_t payload_hash = header.U64();
  if (sources.size() > mapping.bytes().size() / 4)
    header.Corrupt("a count is larger than the file");
  for (auto& source : sources) source = header.Str();
  if (payload_size != mapping.bytes().size() - header.at()) header.Corrupt("its size is wrong");
  const std::string_view payload = mapping.bytes().substr(header.at());
  if (Fnv(payload) != payload_hash) header.Corrupt("its contents do not match their hash");
  // Sources still at hand must be those it was compiled from.
  bool all_present = !sources.empty();
  for (const auto& source : sources)
    all_present = all_present && ::access(source.c_str(), R_OK) == 0;
  if (all_present && SourcesKey(sources) != key) {
    throw Error(shown + ": the index is stale: its sources (" + sources.front() +
                (sources.size() > 1 ? ", ..." : "") +
                ") changed since it was compiled; run `factcheck reference compile` again");
  }
  IndexReader reader(payload, shown);
  ReadPayload(reader);
}

void OfficeHolders::ReadPayload(IndexReader& reader) {
  files_ = reader.Strs();
  const auto files = static_cast<std::uint32_t>(files_.size());
  coverage_.resize(reader.Count());
  if (coverage_.size() != files_.size()) reader.Corrupt("coverage for another number of files");
  for (Coverage& coverage : coverage_) {
    coverage.checked = reader.Date(false);
    coverage.complete_from = reader.Date(false);
  }
  const auto citations = reader.Strs();
  for (const auto& citation : citations) citations_.Add(citation);
  const auto cited = static_cast<std::uint32_t>(citations.size());
  people_.resize(reader.Count());
  for (std::uint32_t p = 0; p < people_.size(); ++p) {
    Person& person = people_[p];
    person.name = reader.Str();
    person.aliases = reader.Strs();
    person.surnames = reader.Strs();
    if (const auto born = reader.Date(false))
      person.born = std::chrono::year_month_day{born->first};
    person.source = reader.Source(files, cited);
    person_by_folded_name_.emplace(text::Fold(person.name), p);
  }
  offices_.resize(reader.Count());
  for (std::uint32_t o = 0; o < offices_.size(); ++o) {
    Office& office = offices_[o];
    office.id = reader.Str();
    office.title = reader.Str();
    office.aliases = reader.Strs();
    office.jurisdiction = reader.Str();
    office.adjectives = reader.Strs();
    office.source = reader.Source(files, cited);
    office.holders.resize(reader.Count());
    for (Holding& holding : office.holders) {
      holding.person = reader.U32();
      if (holding.person >= people_.size()) reader.Corrupt("a term names no person");
      holding.from = *reader.Date(true);
      holding.to = reader.Date(false);
      holding.source = reader.Source(files, cited);
    }
    office_ids_.emplace(office.id, o);
  }
  if (reader.at() != reader.size()) reader.Corrupt("bytes after the last record");
}

}  // namespace factcheck::reference
