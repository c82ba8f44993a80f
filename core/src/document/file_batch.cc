#include "document/file_batch.h"

#include <fcntl.h>
#include <liburing.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string_view>
#include <utility>

#include "document/document_loader.h"
#include "factcheck/error.h"

namespace factcheck {

ReadOutcome ReadOne(const std::string& path, std::size_t max_bytes) {
  ReadOutcome outcome;
  try {
    outcome.text = ReadInput(path, max_bytes);
  } catch (const Error& e) {
    outcome.error = e.what();
  }
  return outcome;
}

namespace {

// Whether the ring can be asked to open `path` by its name at all: not
// standard input, not empty, and shorter than the kernel takes a path (a
// longer one is opened by ReadInput, whose error it gets; opened relative
// to its folder it might open, as it never does by itself).
bool RingMayOpen(const std::string& path) {
  return path != "-" && !path.empty() && path.size() < PATH_MAX;
}

// The folders of a batch's files, each opened once (O_PATH: no permission
// beyond the path's own is asked), so that each file is opened relative to
// its folder: the kernel then looks up one name a file instead of every
// name of its path (a tenth of reading a news article's file here). The
// last folder is held open from one batch to the next, as a run lists a
// folder's files together (most batches then open no folder), the others
// are closed once their batch is read. A folder renamed while a run goes
// on is read through the descriptor it was opened as for as long as it is
// held (opened by path, its files would fail as missing).
class BatchFolders {
 public:
  BatchFolders() = default;
  BatchFolders(const BatchFolders&) = delete;
  BatchFolders& operator=(const BatchFolders&) = delete;
  ~BatchFolders() {
    for (const Folder& folder : folders_) Close(folder);
  }

  // Closes every folder but the last; called once a batch's opens are done.
  void KeepLast() {
    if (folders_.size() < 2) return;
    for (std::size_t i = 0; i + 1 < folders_.size(); ++i) Close(folders_[i]);
    folders_.erase(folders_.begin(), folders_.end() - 1);
  }

  // The descriptor to open `path` relative to and the name to open there:
  // its folder's and its last name, or AT_FDCWD and the path itself (a
  // path without a folder, or a folder that does not open, which is
  // remembered as such: the open of the file then says what is wrong, as
  // by itself).
  std::pair<int, const char*> Of(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos || slash + 1 == path.size()) return {AT_FDCWD, path.c_str()};
    const std::string_view folder(path.data(), slash == 0 ? 1 : slash);
    const auto relative = [&](int fd) {
      return fd < 0 ? std::pair{AT_FDCWD, path.c_str()} : std::pair{fd, path.c_str() + slash + 1};
    };
    // The last folder first: a batch is mostly one folder's files.
    for (auto it = folders_.rbegin(); it != folders_.rend(); ++it) {
      if (it->path == folder) return relative(it->fd);
    }
    const int fd = ::open(std::string(folder).c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    folders_.push_back({std::string(folder), fd});
    return relative(fd);
  }

 private:
  struct Folder {
    std::string path;
    int fd;  // -1: the folder does not open.
  };
  static void Close(const Folder& folder) {
    if (folder.fd >= 0) ::close(folder.fd);
  }
  std::vector<Folder> folders_;  // In the order opened.
};

}  // namespace

struct FileBatchReader::Ring {
  io_uring ring{};
  BatchFolders folders;  // Closed after the ring, which may still use them.

  // What the first round tells of each file of the batch.
  struct Opened {
    int fd = -1;
    struct stat info {};
  };
  std::array<Opened, kMaxBatch> files;

  // The ring's own table of open files, one entry a file of a batch, for
  // the one trip of listed files; false when the kernel keeps none.
  bool has_table = false;
  // Where the one trip reads each file: kSlotBytes a file of the batch,
  // allocated at its first use and never cleared, so that only the pages
  // the files' bytes reach are ever touched (an article of a few kilobytes
  // touches one or two of its slot's eight).
  static constexpr std::size_t kSlotBytes = 32 * 1024;
  std::unique_ptr<char[]> slots;
  char* Slot(std::size_t i) { return slots.get() + i * kSlotBytes; }

  // The one trip under way (StartListed): its files, what each one's open
  // and read returned, how many of its opens are still to complete (its
  // reads go to the kernel once none is), and how many of its reads and
  // closes.
  std::size_t trip_files = 0;
  std::array<int, kMaxBatch> trip_opened{}, trip_read{};
  unsigned opens_pending = 0;
  unsigned trip_pending = 0;

  ~Ring() { io_uring_queue_exit(&ring); }

  // Submits what was prepared; false if the kernel failed the ring itself.
  bool Submit() {
    // The kernel stops submitting at a request it fails while taking it
    // (its completion says so): the rest are submitted again, so that every
    // request of the batch completes.
    while (io_uring_sq_ready(&ring) > 0) {
      const int submitted = io_uring_submit(&ring);
      if (submitted == -EINTR || submitted == -EAGAIN) continue;
      if (submitted <= 0) return false;
    }
    return true;
  }

  // Submits what was prepared and hands each of its `count` completions to
  // `take(user_data, result)`; false if the kernel failed the ring itself.
  template <typename Take>
  bool Complete(unsigned count, Take take) {
    return Submit() && Reap(count, take);
  }

  // Hands each of the next `count` completions to `take(user_data,
  // result)`; false if the kernel failed the ring itself (a signal does not:
  // the wait goes on).
  template <typename Take>
  bool Reap(unsigned count, Take take) {
    return ReapUpTo(&count, take, true);
  }
  // The same, `*count` decreased by each completion taken; without `wait`,
  // only the completions already there are taken.
  template <typename Take>
  bool ReapUpTo(unsigned* count, Take take, bool wait) {
    while (*count > 0) {
      io_uring_cqe* cqe = nullptr;
      const int waited = wait ? io_uring_wait_cqe(&ring, &cqe) : io_uring_peek_cqe(&ring, &cqe);
      if (!wait && waited == -EAGAIN) return true;
      if (waited == -EINTR || waited == -EAGAIN) continue;
      if (waited < 0) return false;
      take(io_uring_cqe_get_data64(cqe), cqe->res);
      io_uring_cqe_seen(&ring, cqe);
      --*count;
    }
    return true;
  }
};

namespace {

// Whether the kernel's ring can open, read and close files.
bool RingDoesFiles(io_uring* ring) {
  io_uring_probe* probe = io_uring_get_probe_ring(ring);
  if (probe == nullptr) return false;
  const bool all = io_uring_opcode_supported(probe, IORING_OP_OPENAT) &&
                   io_uring_opcode_supported(probe, IORING_OP_READ) &&
                   io_uring_opcode_supported(probe, IORING_OP_CLOSE);
  io_uring_free_probe(probe);
  return all;
}

}  // namespace

FileBatchReader::FileBatchReader(bool async_opens) : async_opens_(async_opens) {
  const char* setting = std::getenv("FACTCHECK_IO_URING");
  may_batch_ = setting == nullptr || std::string_view(setting) != "off";
}

bool FileBatchReader::SetUpRing() {
  if (ring_ != nullptr) return true;
  if (!may_batch_) return false;
  may_batch_ = false;  // Tried once.
  auto ring = std::make_unique<Ring>();
  // Room for a batch's requests in one submission: two a file (a read and
  // its close in the one trip's second; an open and an fstat's file in the
  // two rounds), with room to spare, a power of two as the kernel would
  // round it to.
  if (io_uring_queue_init(4 * kMaxBatch, &ring->ring, 0) != 0) return false;
  if (!RingDoesFiles(&ring->ring)) return false;
  ring->has_table = io_uring_register_files_sparse(&ring->ring, kMaxBatch) == 0;
  ring_ = std::move(ring);
  return true;
}

bool FileBatchReader::Batched(std::size_t files) {
  return files > 1 && files <= kMaxBatch && SetUpRing();
}

FileBatchReader::~FileBatchReader() {
  // The kernel must be done with the slots before they are freed.
  if (ahead_) DropAhead();
}

void FileBatchReader::GiveUpRing() {
  // The kernel may still write into the ring's buffers: they are left to
  // it, never freed (see Abandon).
  (void)ring_.release();
  ahead_ = false;
}

void FileBatchReader::DropAhead() {
  ahead_ = false;
  Ring& r = *ring_;
  // Files whose opens are still under way are only closed once open.
  const bool done = ReapOpens(true, false) && r.Reap(r.trip_pending, [](std::uint64_t, int) {});
  r.trip_pending = 0;
  if (!done) GiveUpRing();
}

void FileBatchReader::ReadAhead(const std::vector<std::string>& paths) {
  if (ahead_ || !Batched(paths.size()) || !ring_->has_table) return;
  if (!StartListed(paths)) {
    GiveUpRing();
    return;
  }
  ahead_ = true;
  ahead_bytes_.clear();
  ahead_lengths_.clear();
  for (const std::string& path : paths) {
    ahead_bytes_ += path;
    ahead_lengths_.push_back(path.size());
  }
}

bool FileBatchReader::IsAhead(const std::vector<std::string>& paths) const {
  if (paths.size() != ahead_lengths_.size()) return false;
  std::size_t at = 0;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (paths[i].size() != ahead_lengths_[i] ||
        std::string_view(ahead_bytes_).substr(at, paths[i].size()) != paths[i]) {
      return false;
    }
    at += paths[i].size();
  }
  return true;
}

std::vector<ReadOutcome> FileBatchReader::Abandon(const std::vector<std::string>& paths,
                                                  std::size_t max_bytes,
                                                  std::vector<ReadOutcome> in_flight) {
  // The kernel may still write into the ring's buffers and the texts it was
  // reading into: both are left to it, never freed, and the files are read
  // by ReadInput from now on. (A ring the kernel fails is not seen in
  // practice; this keeps it from ever costing more than some memory.)
  static auto* const left = new std::vector<std::vector<ReadOutcome>>();
  static std::mutex guard;
  {
    std::lock_guard lock(guard);
    left->push_back(std::move(in_flight));
  }
  GiveUpRing();
  std::vector<ReadOutcome> outcomes;
  for (const std::string& path : paths) outcomes.push_back(ReadOne(path, max_bytes));
  return outcomes;
}

// Round one: opens every file of `paths` but "-" (standard input: read by
// itself) and sizes each by fstat, the cheapest of system calls (the ring's
// statx is always handed to a kernel worker thread, which costs more than it
// saves). False if the kernel failed the ring.
bool FileBatchReader::OpenAll(const std::vector<std::string>& paths) {
  Ring& r = *ring_;
  unsigned asked = 0;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    r.files[i] = {};
    if (!RingMayOpen(paths[i])) continue;
    // A round asks at most 2 * kMaxBatch entries, half the ring's size, so
    // there is always one free; were there none, the ring is given up.
    io_uring_sqe* open = io_uring_get_sqe(&r.ring);
    if (open == nullptr) return false;
    const auto [folder, name] = r.folders.Of(paths[i]);
    io_uring_prep_openat(open, folder, name, O_RDONLY | O_CLOEXEC, 0);
    io_uring_sqe_set_data64(open, i);
    ++asked;
  }
  if (!r.Complete(asked, [&](std::uint64_t data, int result) { r.files[data].fd = result; })) {
    return false;
  }
  r.folders.KeepLast();
  for (std::size_t i = 0; i < paths.size(); ++i) {
    Ring::Opened& file = r.files[i];
    if (file.fd >= 0 && ::fstat(file.fd, &file.info) != 0) file.info.st_mode = 0;
  }
  return true;
}

// Round two: a regular file within the limit is read into its outcome,
// asking one byte more than its size so that a read that returns its size
// ends it (as ReadInput reads), then closed whatever the read did; any other
// is closed and left to ReadInput, which says what is wrong with it.
// `by_itself[i]` stays true for a file not read whole. False if the kernel
// failed the ring.
bool FileBatchReader::ReadAndCloseAll(std::size_t count, std::size_t max_bytes,
                                      std::vector<ReadOutcome>* outcomes,
                                      std::vector<bool>* by_itself) {
  Ring& r = *ring_;
  unsigned asked = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const Ring::Opened& file = r.files[i];
    if (file.fd < 0) continue;
    const auto size = static_cast<std::size_t>(file.info.st_size);
    if (S_ISREG(file.info.st_mode) && size <= max_bytes && size < (1u << 30)) {
      std::string& text = (*outcomes)[i].text.emplace(size + 1, '\0');
      io_uring_sqe* read = io_uring_get_sqe(&r.ring);
      if (read == nullptr) return false;
      io_uring_prep_read(read, file.fd, text.data(), static_cast<unsigned>(text.size()), 0);
      io_uring_sqe_set_data64(read, i);
      read->flags |= IOSQE_IO_HARDLINK;
      ++asked;
    }
    io_uring_sqe* close = io_uring_get_sqe(&r.ring);
    if (close == nullptr) return false;
    io_uring_prep_close(close, file.fd);
    io_uring_sqe_set_data64(close, kMaxBatch + i);
    ++asked;
  }
  return r.Complete(asked, [&](std::uint64_t data, int result) {
    if (data >= kMaxBatch) return;  // A close.
    std::string& text = *(*outcomes)[data].text;
    if (result >= 0 && static_cast<std::size_t>(result) + 1 == text.size()) {
      text.resize(static_cast<std::size_t>(result));
      (*by_itself)[data] = false;
    }
  });
}

// The one trip, in two submissions: each listed file opened into entry i
// of the ring's table; then, once all are open, each read into slot i and
// closed (the read hard-linked to the close, which runs whatever the read
// did). The reads go to the kernel together, so that the disk reads of the
// files not in the page cache go out as one plugged batch, which the block
// layer merges where the files lie side by side (a folder's files written
// together mostly do): linked after each file's open, each was a request
// of its own, and on a virtual machine each request is dear. Files in the
// page cache and the dentry cache are opened and read here, at once; the
// others complete while the caller goes on: their reads are submitted by
// Continue or FinishListed once their opens are done. False if the kernel
// failed the ring.
bool FileBatchReader::StartListed(const std::vector<std::string>& paths) {
  Ring& r = *ring_;
  if (r.slots == nullptr) r.slots.reset(new char[kMaxBatch * Ring::kSlotBytes]);
  r.trip_files = paths.size();
  r.trip_opened.fill(-1);
  r.trip_read.fill(-1);
  r.trip_pending = 0;
  unsigned asked = 0;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (!RingMayOpen(paths[i])) continue;
    io_uring_sqe* open = io_uring_get_sqe(&r.ring);
    if (open == nullptr) return false;
    const auto [folder, name] = r.folders.Of(paths[i]);
    io_uring_prep_openat_direct(open, folder, name, O_RDONLY, 0, static_cast<unsigned>(i));
    if (async_opens_) open->flags |= IOSQE_ASYNC;
    io_uring_sqe_set_data64(open, i);
    ++asked;
  }
  r.opens_pending = asked;
  return r.Submit() && ReapOpens(false);
}

// Takes the trip's open completions there are (all of them, waiting for
// them, with `wait`); once every open is done, submits the reads and
// closes, or the closes alone without `read` (a trip let go). False if the
// kernel failed the ring.
bool FileBatchReader::ReapOpens(bool wait, bool read) {
  Ring& r = *ring_;
  if (r.opens_pending == 0) return true;
  const auto take = [&](std::uint64_t data, int result) {
    if (data < kMaxBatch) r.trip_opened[data] = result;
  };
  if (!r.ReapUpTo(&r.opens_pending, take, wait)) return false;
  if (r.opens_pending > 0) return true;
  r.folders.KeepLast();
  unsigned asked = 0;
  for (std::size_t i = 0; i < r.trip_files; ++i) {
    if (r.trip_opened[i] < 0) continue;
    const auto entry = static_cast<unsigned>(i);
    if (read) {
      io_uring_sqe* read_sqe = io_uring_get_sqe(&r.ring);
      if (read_sqe == nullptr) return false;
      io_uring_prep_read(read_sqe, static_cast<int>(entry), r.Slot(i), Ring::kSlotBytes, 0);
      read_sqe->flags |= IOSQE_FIXED_FILE | IOSQE_IO_HARDLINK;
      io_uring_sqe_set_data64(read_sqe, i);
      ++asked;
    }
    io_uring_sqe* close = io_uring_get_sqe(&r.ring);
    if (close == nullptr) return false;
    io_uring_prep_close_direct(close, entry);
    io_uring_sqe_set_data64(close, kMaxBatch + i);
    ++asked;
  }
  r.trip_pending = asked;
  return r.Submit();
}

void FileBatchReader::Continue() {
  if (ahead_ && ring_->opens_pending > 0 && !ReapOpens(false)) GiveUpRing();
}

// Waits for the trip StartListed started for `paths` and takes what it
// read. The kernel reads a regular file to its end or to the slot's: a read
// that fills the slot may have more to read (`longer`); an error, or a file
// past the limit, is left to ReadInput. False if the kernel failed the ring.
bool FileBatchReader::FinishListed(const std::vector<std::string>& paths, std::size_t max_bytes,
                                   std::vector<ReadOutcome>* outcomes, std::vector<bool>* by_itself,
                                   std::vector<std::size_t>* longer) {
  Ring& r = *ring_;
  if (!ReapOpens(true)) return false;
  const bool done = r.Reap(r.trip_pending, [&](std::uint64_t data, int result) {
    if (data < kMaxBatch) r.trip_read[data] = result;  // Else a close.
  });
  r.trip_pending = 0;
  if (!done) return false;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (r.trip_opened[i] < 0 || r.trip_read[i] < 0) continue;
    const auto size = static_cast<std::size_t>(r.trip_read[i]);
    if (size == Ring::kSlotBytes) {
      longer->push_back(i);
    } else if (size <= max_bytes) {
      (*outcomes)[i].text.emplace(r.Slot(i), size);
      (*by_itself)[i] = false;
    }
  }
  return true;
}

std::vector<ReadOutcome> FileBatchReader::Read(const std::vector<std::string>& paths,
                                               std::size_t max_bytes, bool listed_regular) {
  std::vector<ReadOutcome> outcomes(paths.size());
  std::vector<bool> by_itself(paths.size(), true);  // Left to ReadInput.
  // A trip ReadAhead started is these files' or is let go.
  bool started = false;
  if (ahead_) {
    started = listed_regular && IsAhead(paths);
    if (started) {
      ahead_ = false;
    } else {
      DropAhead();  // Without a ring after a failure: read as without one.
    }
  }
  if (Batched(paths.size())) {
    if (listed_regular && ring_->has_table) {
      std::vector<std::size_t> longer;
      if ((!started && !StartListed(paths)) ||
          !FinishListed(paths, max_bytes, &outcomes, &by_itself, &longer)) {
        return Abandon(paths, max_bytes, std::move(outcomes));
      }
      // Files that filled their slot are read whole as any batch is.
      if (!longer.empty()) {
        std::vector<std::string> longer_paths;
        for (const std::size_t i : longer) longer_paths.push_back(paths[i]);
        std::vector<ReadOutcome> whole = Read(longer_paths, max_bytes, false);
        for (std::size_t k = 0; k < longer.size(); ++k) {
          outcomes[longer[k]] = std::move(whole[k]);
          by_itself[longer[k]] = false;
        }
      }
    } else if (!OpenAll(paths) ||
               !ReadAndCloseAll(paths.size(), max_bytes, &outcomes, &by_itself)) {
      return Abandon(paths, max_bytes, std::move(outcomes));
    }
  }
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (by_itself[i]) outcomes[i] = ReadOne(paths[i], max_bytes);
  }
  return outcomes;
}

}  // namespace factcheck
