#include "document/document_loader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "base/iso_date.h"
#include "base/utf8.h"
#include "common/host_tokens.h"
#include "document/front_matter.h"
#include "document/prose.h"
#include "document/sentences.h"
#include "document/time_tagger.h"
#include "factcheck/error.h"

namespace factcheck {
namespace {

std::string SizeLimitMessage(std::size_t max_bytes) {
  return "file is larger than the size limit of " + std::to_string(max_bytes) +
         " bytes (max_file_bytes in the configuration)";
}

// Reads all of `fd` (a file, a pipe, a terminal): read errors are errors,
// never an early end of file.
std::string ReadAll(int fd, const std::string& shown, std::size_t max_bytes) {
  std::string text;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return text;
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error(shown + ": read failed: " + std::strerror(errno));
    }
    text.append(buffer, static_cast<std::size_t>(n));
    if (text.size() > max_bytes) throw Error(shown + ": " + SizeLimitMessage(max_bytes));
  }
}

// A regular file of `size` bytes by fstat: read straight into the string,
// asking for one byte more than its size, so that a file that has that
// size costs one read (POSIX: a read of a regular file returns less than
// asked only at its end, or when a signal interrupts it, which leaves it
// short of `size` and is read on). One that grew is read on to its end.
std::string ReadRegular(int fd, const std::string& shown, std::size_t size, std::size_t max_bytes) {
  std::string text(size + 1, '\0');
  std::size_t got = 0;
  for (;;) {
    const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error(shown + ": read failed: " + std::strerror(errno));
    }
    got += static_cast<std::size_t>(n);
    if (n == 0 || (got == size && got < text.size())) break;
    if (got > max_bytes) throw Error(shown + ": " + SizeLimitMessage(max_bytes));
    if (got == text.size()) text.resize(text.size() * 2);
  }
  text.resize(got);
  return text;
}

// Markdown unless the format hint or the path says plain text.
bool IsPlainText(const std::string& path, TextFormat format) {
  if (format != TextFormat::kByPath) return format == TextFormat::kPlainText;
  return IsPlainTextPath(path);
}

// The order of numeric dates: the front matter's date_order, else the one
// its lang or language implies, else the configuration's.
DateOrder DateOrderFor(const std::string& path, const FrontMatter& front_matter,
                       DateOrder configured) {
  if (auto it = front_matter.scalars.find("date_order"); it != front_matter.scalars.end()) {
    auto order = ParseDateOrder(it->second.text);
    if (!order) {
      throw LocatedError(
          path, it->second.line, it->second.column,
          "front matter date_order '" + std::string(it->second.text) + "' is not mdy, dmy or ymd");
    }
    return *order;
  }
  for (const char* key : {"lang", "language"}) {
    if (auto it = front_matter.scalars.find(key); it != front_matter.scalars.end()) {
      if (DateOrder order = DateOrderOfLanguage(it->second.text); order != DateOrder::kUnset) {
        return order;
      }
    }
  }
  return configured;
}

// Reads the front matter of `text` into the document's metadata, as_of and
// as_of's source, and what the build needs of it later: the body's offset (into `loaded`,
// with where as_of came from) and the tagger's options. Its keys and values
// are views of `text`: they end here, before the text moves into the
// document.
TagOptions ReadFrontMatterInto(const std::string& path, std::string_view text,
                               const DocumentOptions& options, v1::Document* document,
                               DocumentFacts* loaded) {
  const FrontMatter front_matter = ParseFrontMatter(path, text);
  loaded->body_offset = front_matter.body_offset;
  auto& metadata = *document->mutable_metadata();
  for (const auto& [key, value] : front_matter.scalars) metadata[key].assign(value.text);

  std::chrono::year_month_day as_of;
  if (options.request_as_of) {
    as_of = *options.request_as_of;
    loaded->as_of_source = AsOfSource::kRequest;
  } else if (options.command_line_as_of) {
    as_of = *options.command_line_as_of;
    loaded->as_of_source = AsOfSource::kCommandLine;
  } else if (auto it = front_matter.scalars.find("date"); it != front_matter.scalars.end()) {
    auto date = ParseIsoDate(it->second.text);
    if (!date) {
      throw LocatedError(path, it->second.line, it->second.column,
                         "front matter date '" + std::string(it->second.text) +
                             "' is not YYYY-MM-DD or an ISO timestamp");
    }
    as_of = *date;
    loaded->as_of_source = AsOfSource::kFrontMatter;
  } else if (options.config_as_of) {
    as_of = *options.config_as_of;
    loaded->as_of_source = AsOfSource::kConfig;
  } else {
    as_of = TodayUtc();
    loaded->as_of_source = AsOfSource::kToday;
  }
  document->set_as_of(FormatIsoDate(as_of));
  document->set_as_of_source(AsOfSourceName(loaded->as_of_source));

  TagOptions tag_options;
  if (options.time_expressions) {
    tag_options.date_order = DateOrderFor(path, front_matter, options.date_order);
  }
  return tag_options;
}

}  // namespace

bool IsPlainTextPath(const std::string& path) {
  return path.size() >= 4 && path.compare(path.size() - 4, 4, ".txt") == 0;
}

std::size_t ArticleBodyOffset(const std::string& path, std::string_view text) {
  try {
    return ParseFrontMatter(path, text).body_offset;
  } catch (const Error&) {
    return 0;
  }
}

const char* AsOfSourceName(AsOfSource source) {
  switch (source) {
    case AsOfSource::kRequest:
      return "request";
    case AsOfSource::kCommandLine:
      return "command-line";
    case AsOfSource::kFrontMatter:
      return "front-matter";
    case AsOfSource::kConfig:
      return "config";
    case AsOfSource::kToday:
      return "today";
  }
  return "today";
}

std::string ReadInput(const std::string& path, std::size_t max_bytes) {
  if (path == "-") return ReadAll(STDIN_FILENO, "<stdin>", max_bytes);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(path + ": cannot open: " + std::strerror(errno));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) throw Error(path + ": cannot open: " + std::strerror(errno));
  if (S_ISDIR(info.st_mode)) throw Error(path + ": is a folder, not an article");
  if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > max_bytes) {
    throw Error(path + ": " + SizeLimitMessage(max_bytes));
  }
  if (S_ISREG(info.st_mode)) {
    return ReadRegular(fd, path, static_cast<std::size_t>(info.st_size), max_bytes);
  }
  // Pipes and process substitutions: read to the end.
  return ReadAll(fd, path, max_bytes);
}

LoadedDocument BuildDocument(const std::string& path, std::string text,
                             const DocumentOptions& options) {
  LoadedDocument loaded;
  static_cast<DocumentFacts&>(loaded) =
      BuildDocumentInto(path, std::move(text), options, &loaded.document);
  return loaded;
}

DocumentFacts BuildDocumentInto(const std::string& path, std::string text,
                                const DocumentOptions& options, v1::Document* out) {
  if (text.size() > options.max_file_bytes) {
    throw Error(path + ": " + SizeLimitMessage(options.max_file_bytes));
  }
  if (auto problem = FindUtf8Problem(text)) {
    // Columns before the bad byte are well formed, so LineIndex can count them.
    LineIndex lines(std::string_view(text).substr(0, problem->offset));
    auto where = lines.At(problem->offset);
    throw LocatedError(path, where.line, where.column,
                       problem->is_nul ? "file contains a NUL byte" : "file is not valid UTF-8");
  }

  DocumentFacts loaded;
  v1::Document& document = *out;
  document.set_path(path);
  const TagOptions tag_options = ReadFrontMatterInto(path, text, options, &document, &loaded);

  // Kept by the thread from document to document: no allocation once grown.
  thread_local ProseBlocks blocks;
  if (IsPlainText(path, options.format)) {
    PlainTextProse(text, loaded.body_offset, &blocks);
  } else {
    MarkdownProse(text, loaded.body_offset, &blocks);
  }
  SplitSentences(text, blocks, document.mutable_sentences());
  blocks.ShrinkIfLarge();
  document.set_text(std::move(text));
  // Tokens first: the tagger skips the sentences they show hold no date.
  // Kept by the thread: one entry a sentence.
  thread_local std::vector<bool> time_word;
  time_word.clear();
  if (options.tokens) text::AddDocumentTokens(&document, options.word_lists.get(), &time_word);
  if (options.time_expressions) TagTimeExpressions(&document, tag_options, &time_word);
  return loaded;
}

}  // namespace factcheck
