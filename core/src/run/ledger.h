// The verified-claims ledger, `.factcheck-verified.yaml` at the repository
// root: which findings a person checked. An entry is keyed by the plugin, the
// rule, the claim's normalized text and its sentence (not by line numbers),
// so it survives edits elsewhere in the article and stops matching when the
// sentence itself changes.
#ifndef FACTCHECK_CORE_RUN_LEDGER_H_
#define FACTCHECK_CORE_RUN_LEDGER_H_

#include <string>
#include <vector>

#include "factcheck/v1/checker.pb.h"

namespace factcheck {

struct LedgerEntry {
  std::string checker;
  std::string rule;
  std::string claim;
  std::string sentence;  // White space folded.
  std::string by;
  std::string note;
  std::string date;
};

class Ledger {
 public:
  // Reads `path` if it exists. Throws LocatedError for a malformed file.
  static Ledger Load(const std::string& path);

  const std::string& path() const { return path_; }
  const std::vector<LedgerEntry>& entries() const { return entries_; }

  // The entry for this finding in this document, or null.
  const LedgerEntry* Find(const v1::Document& document, const v1::Finding& finding) const;

  // Adds (or replaces) the entry for a finding, then writes the file through
  // a temporary file and a rename, sorted for readable diffs.
  void Record(const v1::Document& document, const v1::Finding& finding, const std::string& by,
              const std::string& note, const std::string& date);

 private:
  std::string path_;
  std::vector<LedgerEntry> entries_;
};

// The text of the sentence of `document` that holds `finding`, with white
// space folded; empty when none does.
std::string SentenceOf(const v1::Document& document, const v1::Finding& finding);

// `.factcheck-verified.yaml` in the git repository's root around `start`,
// else in the folder of `fallback`.
std::string LedgerPath(const std::string& start, const std::string& fallback);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_LEDGER_H_
