// The compiled index of office-holder reference data: the finished model
// (records, people table, vocabulary and phrase tries) in a flat binary
// file that is mapped and read in place: loading it parses no YAML and
// builds no index, and the big tables are never copied. Layout
// (little-endian, this build's format only):
//
//   magic "FCIDX" 0 0 2 | u32 version | u32 layout | u32 source count |
//   u64 sources key | u64 payload size | u64 payload hash |
//   sources (path strings) | zero padding to 8 | payload
//
// A string is a u32 length and its bytes; an array a u64 count, zero
// padding to 8 and its records, plain integers only. Every read is checked
// against the mapping's end, and the payload against its hash (read with
// a file stream, so that checking it leaves no page of the mapping resident); the
// tables' own offsets are checked where they are used.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <cstring>
#include <fstream>
#include <memory>
#include <span>

#include "common/text_tokens.h"
#include "factcheck/error.h"
#include "reference/office_holders.h"

namespace factcheck::reference {
namespace {

constexpr char kMagic[8] = {'F', 'C', 'I', 'D', 'X', 0, 0, 2};
// 3: words kept under text::WordHash; 4: each phrase index's first words.
constexpr std::uint32_t kVersion = 4;
// The sizes of the records that are read in place: an index written by a
// build that lays them out otherwise is refused, not misread.
constexpr std::uint32_t kLayout = sizeof(text::Vocabulary::Slot) |
                                  sizeof(text::PhraseIndex::Edge) << 8 |
                                  sizeof(PeopleTable::Entry) << 16 | sizeof(HoldingRef) << 24;

// A term as the index stores it: plain integers (days since 1970-01-01).
struct HoldingRecord {
  std::uint32_t person;
  std::int32_t from_first, from_last;
  std::int32_t to_first, to_last;  // Both kOpen: still in office.
  std::int32_t known_until;        // kOpen: none.
  std::uint32_t file, line, citation;
};
constexpr std::int32_t kOpen = INT32_MIN;

std::int32_t DayNumber(Days day) { return day.time_since_epoch().count(); }
Days DayOf(std::int32_t number) { return Days{std::chrono::days{number}}; }

HoldingRecord RecordOf(const Holding& holding) {
  return {holding.person,
          DayNumber(holding.from.first),
          DayNumber(holding.from.last),
          holding.to ? DayNumber(holding.to->first) : kOpen,
          holding.to ? DayNumber(holding.to->last) : kOpen,
          holding.known_until ? DayNumber(*holding.known_until) : kOpen,
          holding.source.file,
          holding.source.line,
          holding.source.citation};
}

Holding HoldingOf(const HoldingRecord& record) {
  Holding holding;
  holding.person = record.person;
  holding.from = {DayOf(record.from_first), DayOf(record.from_last)};
  if (record.to_first != kOpen)
    holding.to = PartialDate{DayOf(record.to_first), DayOf(record.to_last)};
  if (record.known_until != kOpen) holding.known_until = DayOf(record.known_until);
  holding.source = {record.file, record.line, record.citation};
  return holding;
}

// Drops the whole pages of [data, data + size) of a mapping from this
// process's resident set (they are read again from the file if touched):
// checking a table once must not keep it all in memory.
void DropPages(const void* data, std::size_t size) {
  static const auto kPage = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kPage - 1) / kPage * kPage;
  const auto end = (reinterpret_cast<std::uintptr_t>(data) + size) / kPage * kPage;
  if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
}

// Calls `each` on every item, a slice at a time, dropping each slice's
// pages once read.
template <typename T, typename Each>
void ScanAndDrop(std::span<const T> items, Each each) {
  constexpr std::size_t kSlice = (4 << 20) / sizeof(T);
  for (std::size_t at = 0; at < items.size(); at += kSlice) {
    const auto slice = items.subspan(at, std::min(kSlice, items.size() - at));
    for (const T& item : slice) each(item);
    DropPages(slice.data(), slice.size_bytes());
  }
}

std::uint64_t Hash(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

// The hash of a file's bytes [offset, offset + size), read in pieces.
std::uint64_t HashOfFile(const std::string& path, std::uint64_t offset, std::uint64_t size,
                         std::uint64_t seed = 0) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open");
  in.seekg(static_cast<std::streamoff>(offset));
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset_withSeed(state, seed);
  // Not zero-filled: a start-up hashes every source file, and clearing a
  // large buffer for each cost more than hashing them.
  constexpr std::size_t kChunk = 1 << 16;
  const std::unique_ptr<char[]> buffer(new char[kChunk]);
  while (size > 0 && in) {
    in.read(buffer.get(), static_cast<std::streamsize>(std::min<std::uint64_t>(size, kChunk)));
    const auto got = static_cast<std::uint64_t>(in.gcount());
    if (got == 0) break;
    XXH3_64bits_update(state, buffer.get(), got);
    size -= got;
  }
  const std::uint64_t hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return hash;
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
  void Date(const std::optional<PartialDate>& date) { Str(date ? date->text() : std::string()); }
  void Align() { out_.resize((out_.size() + 7) / 8 * 8, '\0'); }
  template <typename T>
  void Array(std::span<const T> items) {
    U64(items.size());
    Align();
    out_.append(reinterpret_cast<const char*>(items.data()), items.size_bytes());
  }
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
    // The tables are read at random (a hash probe per word): without this
    // the kernel maps the pages around each one read too, and a check
    // would make tens of MiB resident for a few hundred lookups.
    if (data_ != nullptr) ::madvise(data_, size_, MADV_RANDOM);
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
  // An array of plain records, read in place: the payload starts at a
  // multiple of 8 in the mapping, and so does every array.
  template <typename T>
  std::span<const T> Array() {
    const std::uint64_t count = U64();
    at_ = std::min(bytes_.size(), (at_ + 7) / 8 * 8);
    if (count > (bytes_.size() - at_) / sizeof(T)) Corrupt("an array is larger than the file");
    const char* data = View(count * sizeof(T)).data();
    return {reinterpret_cast<const T*>(data), static_cast<std::size_t>(count)};
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

// The sources' paths and contents, hashed in pieces.
std::uint64_t OfficeHolders::SourcesKey(const std::vector<std::string>& paths) {
  std::uint64_t key = Hash("factcheck-index");
  for (const auto& path : paths) {
    key = XXH3_64bits_withSeed(path.data(), path.size(), key);
    key = HashOfFile(path, 0, UINT64_MAX, key);
  }
  return key;
}

namespace {

// The header of an index around `payload`.
std::string WithHeader(const std::vector<std::string>& sources, std::uint64_t sources_key,
                       const std::string& payload) {
  Writer file;
  file.bytes().append(kMagic, sizeof kMagic);
  file.U32(kVersion);
  file.U32(kLayout);
  file.U32(static_cast<std::uint32_t>(sources.size()));
  file.U64(sources_key);
  file.U64(payload.size());
  file.U64(Hash(payload));
  for (const auto& source : sources) file.Str(source);
  file.Align();
  file.bytes() += payload;
  return std::move(file.bytes());
}

template <typename Parts>
void WritePhrases(Writer& w, const Parts& parts) {
  w.Array(parts.edges);
  w.Array(parts.first_value);
  w.Array(parts.values);
  w.Array(parts.first_words);
  w.U64(parts.phrases);
}

}  // namespace

std::string IndexFileWithPayload(std::string_view payload) {
  return WithHeader({}, 0, std::string(payload));
}

std::string OfficeHolders::Compile(const std::vector<std::string>& sources) const {
  return Compile(sources, SourcesKey(sources));
}

std::string OfficeHolders::Compile(const std::vector<std::string>& sources,
                                   std::uint64_t sources_key) const {
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
  w.U32(static_cast<std::uint32_t>(offices_.size()));
  std::vector<HoldingRecord> records;
  for (const Office& office : offices_) {
    w.Str(office.id);
    w.Str(office.title);
    w.Strs(office.aliases);
    w.Str(office.jurisdiction);
    w.Strs(office.adjectives);
    w.Source(office.source);
    w.Date(office.complete_from);
    w.U32(static_cast<std::uint32_t>(office.holders.size()));
    for (const Holding& holding : office.holders) records.push_back(RecordOf(holding));
  }
  w.Array(std::span<const HoldingRecord>(records));
  const PeopleTable::Parts people = people_table_.parts();
  w.Array(people.entries);
  w.Array(people.chars);
  w.Array(people.holdings);
  const text::Vocabulary::Parts vocabulary = vocabulary_.parts();
  w.Array(vocabulary.slots);
  w.Array(vocabulary.chars);
  w.U64(vocabulary.count);
  for (const text::PhraseIndex* index :
       {&titles_, &jurisdiction_names_, &names_, &surnames_, &bare_surnames_}) {
    WritePhrases(w, index->parts());
  }
  return WithHeader(sources, sources_key, w.bytes());
}

void OfficeHolders::LoadIndexOf(const std::string& path, std::uint64_t sources_key) {
  if (mapping_ != nullptr) throw Error(path + ": a compiled index is loaded alone");
  LoadIndex(path, "", sources_key);
}

void OfficeHolders::LoadIndex(const std::string& path, const std::string& shown_as,
                              std::optional<std::uint64_t> sources_key) {
  if (!files_.empty())
    throw Error(path + ": an index is loaded alone, not merged with other files");
  const std::string shown = shown_as.empty() ? path : shown_as;
  auto mapping = std::make_shared<Mapping>(path);
  IndexReader header(mapping->bytes(), shown);
  if (header.View(sizeof kMagic) != std::string_view(kMagic, sizeof kMagic)) {
    header.Corrupt("not a factcheck index of this format");
  }
  if (header.U32() != kVersion) header.Corrupt("another version");
  if (header.U32() != kLayout) header.Corrupt("written by a build that lays records out otherwise");
  std::vector<std::string> sources(header.U32());
  const std::uint64_t key = header.U64();
  const std::uint64_t payload_size = header.U64();
  const std::uint64_t payload_hash = header.U64();
  if (sources.size() > mapping->bytes().size() / 4)
    header.Corrupt("a count is larger than the file");
  for (auto& source : sources) source = header.Str();
  const std::size_t payload_at = std::min(mapping->bytes().size(), (header.at() + 7) / 8 * 8);
  if (payload_size != mapping->bytes().size() - payload_at) header.Corrupt("its size is wrong");
  if (HashOfFile(path, payload_at, payload_size) != payload_hash) {
    header.Corrupt("its contents do not match their hash");
  }
  // Sources still at hand must be those it was compiled from.
  bool stale = false;
  if (sources_key) {
    stale = key != *sources_key;
  } else {
    bool all_present = !sources.empty();
    for (const auto& source : sources)
      all_present = all_present && ::access(source.c_str(), R_OK) == 0;
    stale = all_present && SourcesKey(sources) != key;
  }
  if (stale) {
    throw Error(shown + ": the index is stale: its sources (" + sources.front() +
                (sources.size() > 1 ? ", ..." : "") +
                ") changed since it was compiled; run `factcheck reference compile` again");
  }
  IndexReader reader(mapping->bytes().substr(payload_at), shown);
  ReadPayload(reader);
  mapping_ = std::move(mapping);
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
  offices_.resize(reader.Count());
  std::vector<std::uint32_t> holder_counts(offices_.size());
  for (std::uint32_t o = 0; o < offices_.size(); ++o) {
    Office& office = offices_[o];
    office.id = reader.Str();
    office.title = reader.Str();
    office.aliases = reader.Strs();
    office.jurisdiction = reader.Str();
    office.adjectives = reader.Strs();
    office.source = reader.Source(files, cited);
    office.complete_from = reader.Date(false);
    holder_counts[o] = reader.U32();
    if (!office_ids_.emplace(office.id, o).second) reader.Corrupt("two offices of one id");
  }
  IndexOffices();
  ReadTables(reader, holder_counts, files, cited);
  if (reader.at() != reader.size()) reader.Corrupt("bytes after the last record");
}

void OfficeHolders::ReadTables(IndexReader& reader, const std::vector<std::uint32_t>& holder_counts,
                               std::uint32_t files, std::uint32_t cited) {
  const auto records = reader.Array<HoldingRecord>();
  const auto people = PeopleTable::Parts{reader.Array<PeopleTable::Entry>(), reader.Array<char>(),
                                         reader.Array<HoldingRef>()};
  std::size_t total = 0;
  for (std::uint32_t o = 0; o < offices_.size(); ++o) {
    if (holder_counts[o] > records.size() - total) reader.Corrupt("terms missing");
    offices_[o].holders.reserve(holder_counts[o]);
    total += holder_counts[o];
  }
  if (total != records.size()) reader.Corrupt("terms of no office");
  std::uint32_t office = 0;
  ScanAndDrop(records, [&](const HoldingRecord& record) {
    while (offices_[office].holders.size() == holder_counts[office]) ++office;
    if (record.person >= people.entries.size()) reader.Corrupt("a term names no person");
    if (record.file >= files || record.citation > cited) reader.Corrupt("a record cites no file");
    offices_[office].holders.push_back(HoldingOf(record));
  });
  // The people's own ranges are checked where they are read
  // (PeopleTable::operator[]); here, that their terms are terms.
  ScanAndDrop(people.holdings, [&](const HoldingRef& ref) {
    if (ref.office >= offices_.size() || ref.holding >= holder_counts[ref.office]) {
      reader.Corrupt("a person's term is no term");
    }
  });
  people_table_.Borrow(people, files);
  text::Vocabulary::Parts vocabulary{reader.Array<text::Vocabulary::Slot>(), reader.Array<char>()};
  vocabulary.count = reader.U64();
  if (!vocabulary_.Borrow(vocabulary)) reader.Corrupt("the vocabulary is no table");
  const auto people_count = static_cast<std::uint32_t>(people.entries.size());
  const auto office_count = static_cast<std::uint32_t>(offices_.size());
  const std::pair<text::PhraseIndex*, std::uint32_t> indexes[] = {
      {&titles_, office_count},
      {&jurisdiction_names_, static_cast<std::uint32_t>(jurisdictions_.size() * 2)},
      {&names_, people_count},
      {&surnames_, people_count},
      {&bare_surnames_, people_count}};
  for (const auto& [index, limit] : indexes) {
    text::PhraseIndex::Parts parts{
        reader.Array<text::PhraseIndex::Edge>(), reader.Array<std::uint32_t>(),
        reader.Array<text::PhraseIndex::ValueLink>(), reader.Array<std::uint64_t>()};
    parts.phrases = reader.U64();
    // One bit a word of the vocabulary, no more: the bits are counted to
    // size the index's filter (PhraseIndex::FilterFirstWords).
    if (parts.first_words.size() > (vocabulary.count + 63) / 64) {
      reader.Corrupt("a phrase index's first words are no words");
    }
    if (!index->Borrow(parts, limit)) reader.Corrupt("a phrase index is no table");
  }
  FilterFirstWords();
}

}  // namespace factcheck::reference
