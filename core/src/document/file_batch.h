// Reads the files of a run a batch at a time: the opening, reading and
// closing of every file of a batch go to the kernel together through
// io_uring, a few system calls for the batch where reading them one by one
// takes four a file (a quarter of a run of news articles on a virtual
// machine, where each system call is dear). Files listed as regular files
// go in one trip, without asking their type and size first: each opened
// into the ring's own table (the batch's opens submitted together), then
// read into a slot and closed (the reads and closes together, so that the
// disk reads of files not in the page cache are merged); a batch's trip
// may be started ahead, while the caller checks the batch before. A file the batch cannot read
// whole as a regular file, and every file where the kernel offers no io_uring, is read by
// ReadInput: the texts and errors are always ReadInput's.
#ifndef FACTCHECK_CORE_DOCUMENT_FILE_BATCH_H_
#define FACTCHECK_CORE_DOCUMENT_FILE_BATCH_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace factcheck {

// A file's bytes, or the message of the error ReadInput threw for it.
struct ReadOutcome {
  std::optional<std::string> text;
  std::string error;
};

// ReadInput's outcome for `path`, its error caught.
ReadOutcome ReadOne(const std::string& path, std::size_t max_bytes);

class FileBatchReader {
 public:
  // The most files a batch reads together.
  static constexpr std::size_t kMaxBatch = 32;

  // Sets up a ring with its first batch of two files or more, unless the
  // kernel refuses one (too old, or forbidden by a sandbox) or the
  // environment says FACTCHECK_IO_URING=off; then every file is read by
  // ReadInput.
  // `async_opens`: the kernel's worker threads open every file of a trip,
  // as they open the files not in the dentry cache (an archive's), so that
  // a trip's opens are still under way when it returns: for the tests of
  // that case, which files just written never meet.
  explicit FileBatchReader(bool async_opens = false);
  ~FileBatchReader();
  FileBatchReader(const FileBatchReader&) = delete;
  FileBatchReader& operator=(const FileBatchReader&) = delete;

  // Whether batches go through io_uring (known from the first batch on).
  bool batched() const { return ring_ != nullptr; }

  // The outcomes of reading `paths` (at most kMaxBatch), in their order.
  // `listed_regular`: each path was a regular file when the run listed it
  // (ExpandInputs), so each is read in one trip, as a regular file; any
  // that is not one by now is read by ReadInput, whose outcome it gets.
  // Never for a pipe or a device named as such: a read of one returns what
  // it holds at the time, which a slot cannot tell from a whole file.
  std::vector<ReadOutcome> Read(const std::vector<std::string>& paths, std::size_t max_bytes,
                                bool listed_regular = false);

  // Starts the one trip of `paths`, listed regular files as Read takes
  // them, and returns at once: the kernel opens and reads them while the
  // caller checks the batch before, so that a file not in the page cache
  // (an archive's, mostly) is read from the disk meanwhile rather than
  // while the caller waits. Read with the same paths then takes what the
  // trip read; Read with others, or the reader's end, waits for the trip
  // first and lets its bytes go. At most one trip ahead: a second call
  // before Read does nothing, as does a batch Read would not take in one
  // trip. Only for files listed as regular files (Read's listed_regular):
  // never a pipe, whose open or read could wait for a writer.
  void ReadAhead(const std::vector<std::string>& paths);

  // Moves the trip ReadAhead started on without waiting: once the kernel
  // has opened its files (those not in the dentry cache take a disk read
  // each), their reads go to it. Cheap when there is nothing to do: meant
  // to be called between the files of the batch before.
  void Continue();

 private:
  struct Ring;
  // After the kernel failed the ring: leaves it and the batch's buffers to
  // the kernel and reads `paths` one by one, as every batch from then on.
  std::vector<ReadOutcome> Abandon(const std::vector<std::string>& paths, std::size_t max_bytes,
                                   std::vector<ReadOutcome> in_flight);
  // Sets up ring_ the first time; whether there is one.
  bool SetUpRing();
  // Whether a batch of `files` goes through the ring (setting it up): two
  // or more, and no more than a batch.
  bool Batched(std::size_t files);
  // The batch's two rounds through the ring (file_batch.cc).
  bool OpenAll(const std::vector<std::string>& paths);
  bool ReadAndCloseAll(std::size_t count, std::size_t max_bytes, std::vector<ReadOutcome>* outcomes,
                       std::vector<bool>* by_itself);
  // The one trip of listed regular files (file_batch.cc), started, moved
  // on once its opens are done (waiting for them with `wait`), and
  // finished, each false if the kernel failed the ring: `longer` gets the
  // files that filled their slot.
  bool StartListed(const std::vector<std::string>& paths);
  bool ReapOpens(bool wait, bool read = true);
  bool FinishListed(const std::vector<std::string>& paths, std::size_t max_bytes,
                    std::vector<ReadOutcome>* outcomes, std::vector<bool>* by_itself,
                    std::vector<std::size_t>* longer);
  // Waits for the trip ReadAhead started, its bytes let go (files it has
  // not read yet are only closed); a ring the kernel failed is given up.
  void DropAhead();
  // Leaves the ring and its buffers to the kernel, which may still write
  // into them (see Abandon).
  void GiveUpRing();
  // Whether `paths` are the trip's ReadAhead started.
  bool IsAhead(const std::vector<std::string>& paths) const;
  std::unique_ptr<Ring> ring_;
  bool may_batch_ = true;  // Not turned off, and not tried yet.
  bool async_opens_ = false;
  // Whether a trip ReadAhead started is not taken yet, and its paths: their
  // bytes one after the other and each one's length, in buffers reused from
  // batch to batch, where a copy of each path cost an allocation a file.
  bool ahead_ = false;
  std::string ahead_bytes_;
  std::vector<std::size_t> ahead_lengths_;
};

}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_FILE_BATCH_H_
