#include "run/ledger_store.h"

namespace factcheck {

LedgerStore::LedgerStore(Ledger ledger)
    : current_(std::make_shared<const Ledger>(std::move(ledger))) {}

std::shared_ptr<const Ledger> LedgerStore::Current() const {
  std::lock_guard lock(mutex_);
  return current_;
}

std::string LedgerStore::Record(const v1::Document& document, const v1::Finding& finding,
                                const std::string& by, const std::string& note,
                                const std::string& date) {
  std::lock_guard record_lock(record_mutex_);
  Ledger next = *Current();
  next.Record(document, finding, by, note, date);
  std::string path = next.path();
  std::lock_guard lock(mutex_);
  current_ = std::make_shared<const Ledger>(std::move(next));
  return path;
}

void LedgerStore::Replace(Ledger ledger) {
  auto next = std::make_shared<const Ledger>(std::move(ledger));
  std::lock_guard lock(mutex_);
  current_ = std::move(next);
}

const v1::Finding* FindReported(const v1::FileReport& file, const std::string& checker,
                                const std::string& rule, std::uint32_t begin, std::uint32_t end) {
  for (const v1::Finding& finding : file.findings()) {
    if (finding.checker() == checker && finding.rule() == rule && finding.span().begin() == begin &&
        finding.span().end() == end) {
      return &finding;
    }
  }
  return nullptr;
}

}  // namespace factcheck
