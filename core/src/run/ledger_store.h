// The ledger of a long-running process (the check server, the language
// server): many checks read it while editors record claims. Readers take a
// snapshot that stays valid for their check; a record writes the file and
// publishes a new snapshot.
#ifndef FACTCHECK_CORE_RUN_LEDGER_STORE_H_
#define FACTCHECK_CORE_RUN_LEDGER_STORE_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "factcheck/v1/report.pb.h"
#include "run/ledger.h"

namespace factcheck {

class LedgerStore {
 public:
  explicit LedgerStore(Ledger ledger);

  std::shared_ptr<const Ledger> Current() const;
  // Records that `by` checked `finding` of `document` (as Ledger::Record),
  // then publishes the new ledger. Returns the file written. Throws Error
  // when the file cannot be written; the published ledger is then unchanged.
  std::string Record(const v1::Document& document, const v1::Finding& finding,
                     const std::string& by, const std::string& note, const std::string& date);
  // Publishes a ledger read again (a reload).
  void Replace(Ledger ledger);

 private:
  // Records are rare and write a file: one at a time; readers never wait
  // for the file, only for the pointer swap under `mutex_`.
  std::mutex record_mutex_;
  mutable std::mutex mutex_;
  std::shared_ptr<const Ledger> current_;
};

// The finding of `file` that an editor points at, by plugin, rule and span;
// null when there is none.
const v1::Finding* FindReported(const v1::FileReport& file, const std::string& checker,
                                const std::string& rule, std::uint32_t begin, std::uint32_t end);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_RUN_LEDGER_STORE_H_
