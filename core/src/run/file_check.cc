#include "run/file_check.h"

#include <google/protobuf/arena.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <string_view>
#include <tuple>
#include <vector>

#include "document/document_loader.h"
#include "factcheck/error.h"
#include "host/call_policy.h"
#include "run/ledger.h"
#include "run/result_cache.h"

namespace factcheck {
namespace {

bool ByPosition(const v1::Finding& a, const v1::Finding& b) {
  return std::forward_as_tuple(a.span().begin(), a.span().end(), a.checker(), a.rule(),
                               a.message()) < std::forward_as_tuple(b.span().begin(),
                                                                    b.span().end(), b.checker(),
                                                                    b.rule(), b.message());
}

// The last `rules:` entry that matches the finding's rule, or null.
const RuleSetting* RuleSettingFor(const std::vector<RuleSetting>& rules,
                                  const v1::Finding& finding) {
  const std::string rule_id = RuleId(finding);
  const RuleSetting* found = nullptr;
  for (const RuleSetting& rule : rules) {
    if (MatchesRulePattern({rule.pattern}, finding.checker(), rule_id)) found = &rule;
  }
  return found;
}

void MarkVerified(const Ledger& ledger, const v1::Document& document, v1::Finding* finding) {
  if (const LedgerEntry* entry = ledger.Find(document, *finding)) {
    auto* verified = finding->mutable_verified();
    verified->set_by(entry->by);
    verified->set_note(entry->note);
    verified->set_date(entry->date);
  }
}

// Whether a line break or control character may start at a byte: a
// control byte, or the lead byte of U+0085, U+2028 or U+2029. A test the
// compiler runs over many bytes at once.
bool MayBreakAt(char byte) {
  const auto c = static_cast<unsigned char>(byte);
  return c < 0x20 || c == 0x7F || c == 0xC2 || c == 0xE2;
}

// The bytes of the line break or control character at text[i] (U+0085,
// U+2028 and U+2029 break lines too), or 0.
std::size_t BreakAt(std::string_view text, std::size_t i) {
  if (!MayBreakAt(text[i])) return 0;
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  if (c < 0x20 || c == 0x7F) return 1;
  if (c == 0xC2 && i + 1 < text.size() && byte(i + 1) == 0x85) return 2;
  if (c == 0xE2 && i + 2 < text.size() && byte(i + 1) == 0x80 &&
      (byte(i + 2) == 0xA8 || byte(i + 2) == 0xA9)) {
    return 3;
  }
  return 0;
}

// Folds line breaks, tabs and other control characters in a plugin's text
// into single spaces: a message is one line in every report, and a plugin
// cannot start a line of its own (a fake "file:line:col:" in the text report).
void FoldToOneLine(std::string* text) {
  // Nearly every text is one line already: it is copied from its first
  // break on, if it has one.
  auto candidate = text->begin();
  while ((candidate = std::find_if(candidate, text->end(), MayBreakAt)) != text->end() &&
         BreakAt(*text, static_cast<std::size_t>(candidate - text->begin())) == 0) {
    ++candidate;
  }
  const auto first = static_cast<std::size_t>(candidate - text->begin());
  if (first == text->size() && (text->empty() || text->back() != ' ')) {
    // Held to the end of its file: a text built by appending gives back the
    // room it grew by (a thirtieth of a finding's memory, were it kept), as
    // a folded one does.
    text->shrink_to_fit();
    return;
  }
  std::string out;
  out.reserve(text->size());
  out.assign(*text, 0, first);
  bool space = !out.empty() && out.back() == ' ';
  for (std::size_t i = first; i < text->size();) {
    if (const std::size_t length = BreakAt(*text, i); length > 0) {
      i += length;
      if (!space && !out.empty()) out += ' ';
      space = true;
      continue;
    }
    space = (*text)[i] == ' ';
    out += (*text)[i++];
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  *text = std::move(out);
}

void FoldPluginText(v1::Finding* finding) {
  FoldToOneLine(finding->mutable_message());
  FoldToOneLine(finding->mutable_claim());
  for (auto& evidence : *finding->mutable_evidence()) {
    FoldToOneLine(evidence.mutable_source());
    FoldToOneLine(evidence.mutable_detail());
  }
}

// A request whose messages live on one arena, freed with it: a document's
// sentences, time expressions and tokens are not allocated one by one.
struct RequestOnArena {
  // A news article's document (its sentences, time expressions and token
  // arrays) fits in the first block, taken in one allocation; the default
  // first block (256 bytes, doubling) took seven.
  static google::protobuf::ArenaOptions Options() {
    google::protobuf::ArenaOptions options;
    options.start_block_size = 16 * 1024;
    options.max_block_size = 256 * 1024;
    return options;
  }

  // Clears the request for another file, keeping its document's messages:
  // a cleared repeated field keeps its elements to be filled again, but
  // Clear on a message drops its message fields (new ones would be taken
  // from the arena), so the document and its token arrays are taken out
  // first. The arrays are kept aside until a document asks for tokens
  // (`with_tokens`), as a document without them has none. The request
  // itself is cleared whole, so that a field added to it one day is
  // cleared too.
  void ClearForReuse(bool with_tokens) {
    v1::Document* document = request->unsafe_arena_release_document();
    request->Clear();
    if (document != nullptr) {
      if (document->has_tokens()) spare_tokens = document->unsafe_arena_release_tokens();
      document->Clear();
      request->unsafe_arena_set_allocated_document(document);
    }
    if (with_tokens && spare_tokens != nullptr) {
      spare_tokens->Clear();
      request->mutable_document()->unsafe_arena_set_allocated_tokens(spare_tokens);
      spare_tokens = nullptr;
    }
  }

  // The bytes the request holds: its arena's blocks, and the buffers of
  // the largest strings on it, which live on the heap and keep their
  // capacity when cleared (the text, and the tokens' folded forms).
  std::uint64_t BytesHeld() const {
    std::uint64_t bytes = arena.SpaceAllocated();
    const auto add_tokens = [&bytes](const v1::Tokens& tokens) {
      bytes += tokens.folded().capacity() + tokens.transliterated().capacity();
    };
    if (request->has_document()) {
      bytes += request->document().text().capacity();
      if (request->document().has_tokens()) add_tokens(request->document().tokens());
    }
    if (spare_tokens != nullptr) add_tokens(*spare_tokens);
    return bytes;
  }

  google::protobuf::Arena arena{Options()};
  v1::CheckRequest* request = google::protobuf::Arena::CreateMessage<v1::CheckRequest>(&arena);
  v1::Tokens* spare_tokens = nullptr;  // On the arena, while no document holds it.
};

// Requests no one holds any more, kept for the next files, so that a
// document's sentences with their segments, its time expressions and token
// arrays and their strings are filled again where they stand: a new arena
// for every file took some seventy messages and arrays for a news article.
// What a clear drops is taken from the arena again (each sentence's and
// expression's span, front matter's map entries). A request that holds
// more than kMostKept (a long document, or one reused until what a clear
// drops has piled up) is let go, so that its memory is not held for the
// rest of a run; so is one returned while kMostRequests wait.
class RequestPool {
 public:
  // A cleared request, shared by whoever checks its file; it comes back here
  // when the last of them lets go. Its document holds (empty) token arrays
  // if `with_tokens`.
  static std::shared_ptr<v1::CheckRequest> Take(bool with_tokens) {
    RequestPool& pool = Get();
    std::unique_ptr<RequestOnArena> owner;
    {
      std::lock_guard lock(pool.mutex_);
      if (!pool.free_.empty()) {
        owner = std::move(pool.free_.back());
        pool.free_.pop_back();
      }
    }
    if (owner == nullptr) {
      owner = std::make_unique<RequestOnArena>();
    } else {
      owner->ClearForReuse(with_tokens);
    }
    v1::CheckRequest* request = owner->request;
    return std::shared_ptr<v1::CheckRequest>(request, [owner = owner.release()](auto*) {
      Get().Return(std::unique_ptr<RequestOnArena>(owner));
    });
  }

 private:
  static constexpr std::uint64_t kMostKept = 256 * 1024;
  static constexpr std::size_t kMostRequests = 16;

  // Never destroyed: a request may be let go by a thread as the process ends.
  static RequestPool& Get() {
    static auto* pool = new RequestPool();
    return *pool;
  }

  void Return(std::unique_ptr<RequestOnArena> owner) {
    if (owner->BytesHeld() > kMostKept) return;
    std::lock_guard lock(mutex_);
    if (free_.size() < kMostRequests) free_.push_back(std::move(owner));
  }

  std::mutex mutex_;
  std::vector<std::unique_ptr<RequestOnArena>> free_;
};

// Builds the document of `text` for `check` and reads its suppressions; on
// bad input, records the error and marks the check done.

void BuildChecked(FileCheck& check, std::string text, const RunOptions& options) {
  std::shared_ptr<v1::CheckRequest> request = RequestPool::Take(options.document.tokens);
  try {
    const DocumentFacts facts = BuildDocumentInto(check.report.path(), std::move(text),
                                                  options.document, request->mutable_document());
    check.report.set_as_of(request->document().as_of());
    check.report.set_as_of_source(request->document().as_of_source());
    check.body_offset = facts.body_offset;
  } catch (const LocatedError& e) {
    AddFileError(&check.report, "", e.what(), e.line(), e.column());
    check.done = true;
    return;
  } catch (const Error& e) {
    AddFileError(&check.report, "", e.what());
    check.done = true;
    return;
  }
  const v1::Document& document = request->document();
  try {
    check.suppressions = ParseSuppressions(check.report.path(), document);
  } catch (const LocatedError& e) {
    AddFileError(&check.report, "", e.what(), e.line(), e.column());
  }
  check.request = std::move(request);
}

}  // namespace

void AddFileError(v1::FileReport* report, const std::string& checker, const std::string& message,
                  unsigned line, unsigned column) {
  v1::FileError* error = report->add_errors();
  error->set_checker(checker);
  error->set_message(message);
  error->set_line(line);
  error->set_column(column);
}

std::string_view ShownPath(std::string_view path, const RunOptions& options) {
  if (path != "-") return path;
  return options.stdin_path.empty() ? std::string_view("<stdin>") : options.stdin_path;
}

FileCheck LoadFile(const std::string& path, ReadOutcome read, const RunOptions& options,
                   v1::FileReport* reuse) {
  FileCheck check;
  check.report.Swap(reuse);
  check.report.Clear();  // Whatever the caller left in it; its storage kept.
  // As reports and plugins see it: a file name that is not UTF-8 is escaped.
  EscapeInvalidUtf8(ShownPath(path, options), check.report.mutable_path());
  if (!read.text) {
    AddFileError(&check.report, "", read.error);
    check.done = true;
    return check;
  }
  std::string text = std::move(*read.text);
  if (options.cache != nullptr) {
    if (auto cached = options.cache->Get(check.report.path(), text)) {
      check.report = std::move(*cached);
      check.cache_text = std::move(text);  // For excerpts, if it has findings.
      check.done = true;
      return check;
    }
    check.cache_text = text;
  }
  BuildChecked(check, std::move(text), options);
  return check;
}

FileCheck LoadText(const std::string& path, std::string text, const RunOptions& options) {
  FileCheck check;
  check.report.set_path(path);
  BuildChecked(check, std::move(text), options);
  return check;
}

void AddPluginFindings(FileCheck& check, const ActivePlugin& plugin, const grpc::Status& status,
                       v1::CheckResponse* response) {
  const std::string& path = check.report.path();
  if (!status.ok()) {
    AddFileError(&check.report, plugin.name,
                 "plugin '" + plugin.name + "' failed on " + path + ": " + DescribeStatus(status));
    return;
  }
  if (response->findings().empty()) return;
  const v1::Document& document = check.request->document();
  // Most files have no finding: their line index is never built.
  if (!check.lines) check.lines.emplace(document.text());
  const std::string problem =
      AcceptFindings(plugin, document, *check.lines, response->mutable_findings());
  if (!problem.empty()) {
    AddFileError(&check.report, plugin.name,
                 "plugin '" + plugin.name + "' returned a bad finding for " + path + ": " +
                     problem + "; its findings were dropped");
    return;
  }
  for (auto& finding : *response->mutable_findings()) {
    *check.report.add_findings() = std::move(finding);
  }
}

void FinishFile(FileCheck& check, const RunOptions& options, SourceText* source) {
  // `source` may be another file's: made anew, its text's storage kept.
  std::string storage = std::move(source->text);
  storage.clear();
  *source = {.text = std::move(storage), .plain_text = IsPlainTextPath(check.report.path())};
  if (check.done) {  // An error, or a report from the cache: no document was built.
    if (options.keep_sources && !check.report.findings().empty()) {
      source->body_offset = ArticleBodyOffset(check.report.path(), check.cache_text);
      source->text = std::move(check.cache_text);
    }
    return;
  }
  const v1::Document& document = check.request->document();
  auto* findings = check.report.mutable_findings();
  // Rules the configuration turns off are not reported at all.
  findings->erase(std::remove_if(findings->begin(), findings->end(),
                                 [&](const v1::Finding& finding) {
                                   const RuleSetting* rule = RuleSettingFor(options.rules, finding);
                                   return rule != nullptr && rule->off;
                                 }),
                  findings->end());
  std::uint32_t suppressed = 0;
  for (auto& finding : *findings) {
    const RuleSetting* rule = RuleSettingFor(options.rules, finding);
    finding.set_severity(rule != nullptr ? rule->severity
                                         : DefaultSeverity(finding.verdict(), options.fail_on));
    if (const Suppression* directive = SuppressionOf(check.suppressions, finding)) {
      finding.mutable_suppressed()->set_reason(directive->reason);
      finding.mutable_suppressed()->set_line(directive->line);
      ++suppressed;
    }
    if (options.ledger != nullptr) MarkVerified(*options.ledger, document, &finding);
  }
  check.report.set_suppressed(suppressed);
  std::sort(findings->begin(), findings->end(), ByPosition);
  if (options.keep_sources && !findings->empty()) {
    source->text = document.text();
    source->body_offset = check.body_offset;
  }
  // Reports with errors (a plugin that failed this time) are not kept.
  if (options.cache != nullptr && check.report.errors().empty()) {
    options.cache->Put(check.report.path(), check.cache_text, check.report);
  }
}

std::string AcceptFindings(const ActivePlugin& plugin, const v1::Document& document,
                           const LineIndex& lines,
                           google::protobuf::RepeatedPtrField<v1::Finding>* findings) {
  const std::string& text = document.text();
  for (const v1::Finding& finding : *findings) {
    const auto begin = finding.span().begin();
    const auto end = finding.span().end();
    // The finding named in a problem, written only for one.
    const auto problem = [&](const std::string& what) {
      return "finding [" + std::to_string(begin) + ", " + std::to_string(end) + ") of rule '" +
             finding.rule() + "' " + what;
    };
    if (begin > end || end > text.size()) {
      return problem("has a span outside the document (" + std::to_string(text.size()) + " bytes)");
    }
    if (!IsCodePointBoundary(text, begin) || !IsCodePointBoundary(text, end)) {
      return problem("has a span that splits a UTF-8 character");
    }
    if (!plugin.rule_ids.count(finding.rule())) {
      return problem("names a rule the plugin did not describe");
    }
    if (finding.verdict() == v1::VERDICT_UNSPECIFIED || !v1::Verdict_IsValid(finding.verdict())) {
      return problem("has no valid verdict");
    }
    if (finding.has_suggestion()) {
      const auto& span = finding.suggestion().span();
      if (span.begin() < begin || span.end() > end || span.begin() > span.end() ||
          !IsCodePointBoundary(text, span.begin()) || !IsCodePointBoundary(text, span.end())) {
        return problem("suggests a replacement outside the flagged text");
      }
    }
  }
  for (v1::Finding& finding : *findings) {
    FoldPluginText(&finding);
    finding.set_checker(plugin.name);
    const auto start = lines.At(finding.span().begin());
    const auto stop = lines.At(finding.span().end());
    finding.set_line(start.line);
    finding.set_column(start.column);
    finding.set_end_line(stop.line);
    finding.set_end_column(stop.column);
    if (finding.has_suggestion()) {
      v1::Suggestion* suggestion = finding.mutable_suggestion();
      const auto from = lines.At(suggestion->span().begin());
      const auto to = lines.At(suggestion->span().end());
      suggestion->set_line(from.line);
      suggestion->set_column(from.column);
      suggestion->set_end_line(to.line);
      suggestion->set_end_column(to.column);
    }
    // Fields only the host sets.
    finding.clear_severity();
    finding.clear_suppressed();
    finding.clear_verified();
  }
  return {};
}

}  // namespace factcheck
