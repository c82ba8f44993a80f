// Reads the files of a run a batch at a time: the opening, reading and
// closing of every file of a batch go to the kernel together through
// io_uring, two system calls for the batch and an fstat a file where
// reading them one by one takes four a file (a quarter of a run of news
// articles on a virtual machine, where each system call is dear). Files
// listed as regular files go in one trip: each opened into the ring's own
// table, read into a slot and closed, linked, without asking its type and
// size first. A file the batch cannot read whole as a regular file, and
// every file where the kernel offers no io_uring, is read by ReadInput: the
// texts and errors are always ReadInput's.
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
  FileBatchReader();
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

 private:
  struct Ring;
  // After the kernel failed the ring: leaves it and the batch's buffers to
  // the kernel and reads `paths` one by one, as every batch from then on.
  std::vector<ReadOutcome> Abandon(const std::vector<std::string>& paths, std::size_t max_bytes,
                                   std::vector<ReadOutcome> in_flight);
  // Sets up ring_ the first time; whether there is one.
  bool SetUpRing();
  // The batch's two rounds through the ring (file_batch.cc).
  bool OpenAll(const std::vector<std::string>& paths);
  bool ReadAndCloseAll(std::size_t count, std::size_t max_bytes, std::vector<ReadOutcome>* outcomes,
                       std::vector<bool>* by_itself);
  // The one trip of listed regular files (file_batch.cc); `longer` gets the
  // files that filled their slot.
  bool ReadListed(const std::vector<std::string>& paths, std::size_t max_bytes,
                  std::vector<ReadOutcome>* outcomes, std::vector<bool>* by_itself,
                  std::vector<std::size_t>* longer);
  std::unique_ptr<Ring> ring_;
  bool may_batch_ = true;  // Not turned off, and not tried yet.
};

}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_FILE_BATCH_H_
