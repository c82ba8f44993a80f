// The files of a run read a batch at a time: every file's text, or its
// error, is what reading it by itself gives, whether the kernel reads the
// batch through io_uring or not.
#include "document/file_batch.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <climits>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace factcheck {
namespace {

using testing::TempDir;

// Every kind of path a run may meet, but standard input and FIFOs (which
// wait for a writer).
std::vector<std::string> PathsOfEveryKind(const TempDir& dir) {
  std::vector<std::string> paths = {
      dir.Write("a.md", "---\ndate: 2005-03-10\n---\nThe minister spoke.\n"),
      dir.Write("empty.md", ""),
      dir.Write("large.md", std::string(200 * 1024, 'x')),
      dir.Write("over-limit.md", std::string(3000, 'y')),
      (dir.path() / "missing.md").string(),
      dir.path().string(),  // A folder.
  };
  std::filesystem::create_symlink(paths[0], dir.path() / "link.md");
  paths.push_back((dir.path() / "link.md").string());
  std::filesystem::create_symlink(dir.path() / "nowhere.md", dir.path() / "broken.md");
  paths.push_back((dir.path() / "broken.md").string());
  // Files are opened relative to their folder: paths in another folder, in
  // none (relative to the working folder), through "..", in a missing folder
  // and through a file read as by themselves too.
  std::filesystem::create_directory(dir.path() / "sub");
  paths.push_back(dir.Write("sub/a.md", "The same name in another folder."));
  paths.push_back(std::filesystem::relative(paths[0]).string());
  paths.push_back((dir.path() / "sub" / ".." / "a.md").string());
  paths.push_back((dir.path() / "gone" / "c.md").string());
  paths.push_back(paths[0] + "/d.md");
  for (int i = 0; i < 15; ++i) {
    paths.push_back(dir.Write("n" + std::to_string(i) + ".md", std::string(i * 97, 'n')));
  }
  return paths;
}

// How many descriptors the process has open.
std::ptrdiff_t OpenDescriptors() {
  return std::distance(std::filesystem::directory_iterator("/proc/self/fd"),
                       std::filesystem::directory_iterator());
}

void ExpectAsReadOne(const std::vector<std::string>& paths, std::size_t max_bytes,
                     const std::vector<ReadOutcome>& read) {
  ASSERT_EQ(read.size(), paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const ReadOutcome alone = ReadOne(paths[i], max_bytes);
    EXPECT_EQ(read[i].text.has_value(), alone.text.has_value()) << paths[i];
    if (read[i].text && alone.text) EXPECT_EQ(*read[i].text, *alone.text) << paths[i];
    EXPECT_EQ(read[i].error, alone.error) << paths[i];
  }
}

TEST(FileBatchTest, EachFileReadsAsItReadsByItself) {
  TempDir dir;
  const std::vector<std::string> paths = PathsOfEveryKind(dir);
  ASSERT_LE(paths.size(), FileBatchReader::kMaxBatch);
  FileBatchReader reader;
  const std::size_t max_bytes = 250 * 1024;
  ExpectAsReadOne(paths, max_bytes, reader.Read(paths, max_bytes));
  // A limit under some files' sizes: those are errors, as by themselves.
  ExpectAsReadOne(paths, 2000, reader.Read(paths, 2000));
  // The reader goes on with the next batch.
  const std::vector<std::string> again(paths.begin(), paths.begin() + 3);
  ExpectAsReadOne(again, max_bytes, reader.Read(again, max_bytes));
  const std::vector<ReadOutcome> one = reader.Read({paths[0]}, max_bytes);
  ASSERT_TRUE(one[0].text);
  EXPECT_EQ(*one[0].text, "---\ndate: 2005-03-10\n---\nThe minister spoke.\n");
}

// Files the run listed as regular go in one trip, read into slots of a few
// kilobytes; a file longer than its slot, a folder, a missing file or one
// past the limit (things a file may have become since it was listed) still
// read as by themselves.
TEST(FileBatchTest, EachListedFileReadsAsItReadsByItself) {
  TempDir dir;
  std::vector<std::string> paths = PathsOfEveryKind(dir);
  ASSERT_LE(paths.size() + 4, FileBatchReader::kMaxBatch);
  // Longer than a slot, and one exactly a slot's size: read again, sized.
  for (const std::size_t size : {40 * 1024, 32 * 1024, 33 * 1024, 32 * 1024 - 1}) {
    paths.push_back(dir.Write("long" + std::to_string(size) + ".md", std::string(size, 'l')));
  }
  FileBatchReader reader;
  const std::size_t max_bytes = 250 * 1024;
  ExpectAsReadOne(paths, max_bytes, reader.Read(paths, max_bytes, true));
  ExpectAsReadOne(paths, 2000, reader.Read(paths, 2000, true));
  // One file longer than its slot among short ones, and a batch of two.
  const std::vector<std::string> one_long = {paths[0], paths[2], paths[8]};
  ExpectAsReadOne(one_long, max_bytes, reader.Read(one_long, max_bytes, true));
  const std::vector<std::string> two = {paths[0], paths[1]};
  ExpectAsReadOne(two, max_bytes, reader.Read(two, max_bytes, true));
  // A batch in another folder than the last batch's, and back: the same
  // name in each.
  const std::vector<std::string> across = {paths[8], paths[0]};
  ASSERT_EQ(std::filesystem::path(paths[8]).filename(), std::filesystem::path(paths[0]).filename());
  ExpectAsReadOne(across, max_bytes, reader.Read(across, max_bytes, true));
  ExpectAsReadOne(two, max_bytes, reader.Read(two, max_bytes, true));
}

// Paths the kernel cannot take by name, in a batch with others: an empty
// one, and one longer than PATH_MAX whose folder's path is shorter (a tree
// nested by name, each name short enough), which opened relative to its
// folder would open. Each is the error it is by itself, and the batch's
// other files are read.
TEST(FileBatchTest, APathTheKernelCannotTakeIsTheErrorItIsByItself) {
  TempDir dir;
  int folder = ::open(dir.path().c_str(), O_PATH | O_DIRECTORY);
  ASSERT_GE(folder, 0);
  const std::string level(200, 'd');
  std::string deep = dir.path().string();
  while (deep.size() + 1 + level.size() < PATH_MAX - 20) {
    ASSERT_EQ(::mkdirat(folder, level.c_str(), 0700), 0);
    const int inner = ::openat(folder, level.c_str(), O_PATH | O_DIRECTORY);
    ::close(folder);
    ASSERT_GE((folder = inner), 0);
    deep += "/" + level;
  }
  // A name that takes the path past PATH_MAX, its folder's within it.
  const std::string name(PATH_MAX - deep.size() + 10, 'n');
  deep += "/" + name;
  ASSERT_GE(deep.size(), static_cast<std::size_t>(PATH_MAX));
  // O_PATH cannot create: the deepest folder is opened again to write in.
  const int writable = ::openat(folder, ".", O_RDONLY | O_DIRECTORY);
  ::close(folder);
  ASSERT_GE(writable, 0);
  const int file = ::openat(writable, name.c_str(), O_WRONLY | O_CREAT, 0600);
  ASSERT_GE(file, 0);
  ASSERT_EQ(::write(file, "Deep.", 5), 5);
  ::close(file);
  ::close(writable);
  const std::vector<std::string> paths = {dir.Write("a.md", "First."), "", deep,
                                          dir.Write("b.md", "Last.")};
  ASSERT_FALSE(ReadOne(deep, 1024).text) << "the kernel took a path of " << deep.size();
  FileBatchReader reader;
  ExpectAsReadOne(paths, 1024, reader.Read(paths, 1024));
  ExpectAsReadOne(paths, 1024, reader.Read(paths, 1024, true));
  // The tree is removed from the inside, as its paths are too long to name.
  ASSERT_EQ(::system(("cd " + dir.path().string() + " && rm -rf " + level).c_str()), 0);
}

// A path without a folder is opened from the working folder, and a reader
// holds no descriptor once it is gone, and one folder's at most between
// batches.
TEST(FileBatchTest, ReadsBareNamesAndLeavesNoDescriptorOpen) {
  TempDir dir;
  dir.Write("a.md", "Here.");
  std::filesystem::create_directory(dir.path() / "sub");
  dir.Write("sub/a.md", "Below.");
  std::vector<std::string> in_folders;
  for (int i = 0; i < 8; ++i) {
    std::filesystem::create_directory(dir.path() / ("f" + std::to_string(i)));
    in_folders.push_back(dir.Write("f" + std::to_string(i) + "/x.md", std::to_string(i)));
  }
  const auto before = OpenDescriptors();
  {
    const std::filesystem::path working = std::filesystem::current_path();
    std::filesystem::current_path(dir.path());
    FileBatchReader reader;
    const std::vector<std::string> bare = {"a.md", "sub/a.md", "./a.md"};
    ExpectAsReadOne(bare, 1024, reader.Read(bare, 1024, true));
    ExpectAsReadOne(bare, 1024, reader.Read(bare, 1024));
    std::filesystem::current_path(working);
    // Eight folders read in one batch: one held after it (and the ring's).
    ExpectAsReadOne(in_folders, 1024, reader.Read(in_folders, 1024, true));
    ExpectAsReadOne(in_folders, 1024, reader.Read(in_folders, 1024));
    EXPECT_LE(OpenDescriptors(), before + 2);
  }
  EXPECT_EQ(OpenDescriptors(), before);
}

// Paths of every kind, and files longer than a slot, listed as regular.
std::vector<std::string> ListedPathsOfEveryKind(const TempDir& dir) {
  std::vector<std::string> paths = PathsOfEveryKind(dir);
  for (const std::size_t size : {40 * 1024, 32 * 1024}) {
    paths.push_back(dir.Write("long" + std::to_string(size) + ".md", std::string(size, 'l')));
  }
  return paths;
}

// A batch whose trip was started ahead reads as it reads by itself, and so
// does the next batch: the reader goes on as if nothing had been read
// ahead.
TEST(FileBatchTest, ABatchReadAheadReadsAsItReadsByItself) {
  TempDir dir;
  const std::vector<std::string> paths = ListedPathsOfEveryKind(dir);
  ASSERT_LE(paths.size(), FileBatchReader::kMaxBatch);
  const std::vector<std::string> two = {paths[0], paths[1]};
  const std::size_t max_bytes = 250 * 1024;
  FileBatchReader reader;
  reader.ReadAhead(paths);
  ExpectAsReadOne(paths, max_bytes, reader.Read(paths, max_bytes, true));
  reader.ReadAhead(two);
  ExpectAsReadOne(two, max_bytes, reader.Read(two, max_bytes, true));
  // A limit under some files' sizes, given only to Read: as by themselves.
  reader.ReadAhead(paths);
  ExpectAsReadOne(paths, 2000, reader.Read(paths, 2000, true));
  ExpectAsReadOne(paths, max_bytes, reader.Read(paths, max_bytes, true));
}

// A trip started ahead for other files than Read asks for is let go: Read
// reads its own files, listed or not, and the files read ahead read as
// they are when they are asked for.
TEST(FileBatchTest, AReadAheadOfOtherFilesIsLetGo) {
  TempDir dir;
  const std::string first = dir.Write("first.md", "First.");
  const std::string second = dir.Write("second.md", "Second.");
  const std::string third = dir.Write("third.md", "Third.");
  const std::vector<std::string> ahead = {first, second};
  const std::vector<std::string> other = {second, third};
  FileBatchReader reader;
  reader.ReadAhead(ahead);
  ExpectAsReadOne(other, 1024, reader.Read(other, 1024, true));
  dir.Write("first.md", "First, rewritten.");
  const std::vector<ReadOutcome> read = reader.Read(ahead, 1024, true);
  ExpectAsReadOne(ahead, 1024, read);
  EXPECT_EQ(read[0].text.value_or(""), "First, rewritten.");
  // The same files asked for as not listed are read by the two rounds.
  reader.ReadAhead(ahead);
  ExpectAsReadOne(ahead, 1024, reader.Read(ahead, 1024, false));
  // One trip ahead at most: a second ReadAhead before Read does nothing.
  reader.ReadAhead(ahead);
  reader.ReadAhead(other);
  ExpectAsReadOne(other, 1024, reader.Read(other, 1024, true));
  ExpectAsReadOne(ahead, 1024, reader.Read(ahead, 1024, true));
  // A single file is read by itself, never ahead.
  reader.ReadAhead({third});
  ExpectAsReadOne({third}, 1024, reader.Read({third}, 1024, true));
}

// The files of an archive are mostly not in the dentry cache: the kernel's
// workers open them, and a trip's opens may still be under way when
// ReadAhead returns, when the caller moves it on (Continue) and when Read
// takes it; its reads go to the kernel once every open is done. Each batch
// reads as by itself, taken at any of those points, let go, or left under
// way when the reader ends.
TEST(FileBatchTest, ATripWhoseOpensAreUnderWayReadsAsItReadsByItself) {
  TempDir dir;
  const std::vector<std::string> paths = ListedPathsOfEveryKind(dir);
  const std::vector<std::string> two = {paths[0], paths[1]};
  const std::size_t max_bytes = 250 * 1024;
  FileBatchReader reader(/*async_opens=*/true);
  for (int round = 0; round < 12; ++round) {
    reader.ReadAhead(paths);
    for (int k = 0; k < round % 4; ++k) reader.Continue();
    if (round % 3 == 2) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    reader.Continue();
    ExpectAsReadOne(paths, max_bytes, reader.Read(paths, max_bytes, true));
  }
  reader.ReadAhead(paths);
  ExpectAsReadOne(two, max_bytes, reader.Read(two, max_bytes, true));
  {
    FileBatchReader ending(/*async_opens=*/true);
    ending.ReadAhead(paths);
  }
  {
    FileBatchReader ending(/*async_opens=*/true);
    ending.ReadAhead(paths);
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    ending.Continue();
  }
  ExpectAsReadOne(paths, max_bytes, reader.Read(paths, max_bytes, true));
}

// A reader that goes with a trip under way waits for it: no descriptor is
// left open (the folder's it holds among them).
TEST(FileBatchTest, AReaderEndingWithATripAheadLeavesNothingOpen) {
  TempDir dir;
  const std::vector<std::string> paths = ListedPathsOfEveryKind(dir);
  const auto before = OpenDescriptors();
  for (const bool async_opens : {false, true}) {
    FileBatchReader reader(async_opens);
    ExpectAsReadOne(paths, 250 * 1024, reader.Read(paths, 250 * 1024, true));
    reader.ReadAhead(paths);
  }
  EXPECT_EQ(OpenDescriptors(), before);
}

TEST(FileBatchTest, WithoutIoUringEveryFileIsReadByItself) {
  TempDir dir;
  const std::vector<std::string> paths = PathsOfEveryKind(dir);
  ::setenv("FACTCHECK_IO_URING", "off", 1);
  FileBatchReader reader;
  ::unsetenv("FACTCHECK_IO_URING");
  ExpectAsReadOne(paths, 250 * 1024, reader.Read(paths, 250 * 1024));
  ExpectAsReadOne(paths, 250 * 1024, reader.Read(paths, 250 * 1024, true));
  reader.ReadAhead(paths);
  ExpectAsReadOne(paths, 250 * 1024, reader.Read(paths, 250 * 1024, true));
  EXPECT_FALSE(reader.batched());
}

TEST(FileBatchTest, AnUnreadableFileIsAnErrorAsByItself) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file";
  TempDir dir;
  const std::string secret = dir.Write("secret.md", "hidden");
  ::chmod(secret.c_str(), 0);
  const std::vector<std::string> paths = {dir.Write("a.md", "text"), secret};
  FileBatchReader reader;
  const std::vector<ReadOutcome> read = reader.Read(paths, 1024);
  ExpectAsReadOne(paths, 1024, read);
  EXPECT_FALSE(read[1].text);
  ExpectAsReadOne(paths, 1024, reader.Read(paths, 1024, true));
}

}  // namespace
}  // namespace factcheck
