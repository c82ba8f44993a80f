// The published sources reference records name (`source:` on an office, a
// holder or an event: a URL or a citation such as "Office of the Historian,
// Secretaries of State"), kept once each, so a record carries a number.
#ifndef FACTCHECK_PLUGINS_REFERENCE_CITATIONS_H_
#define FACTCHECK_PLUGINS_REFERENCE_CITATIONS_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace factcheck::reference {

class Citations {
 public:
  // The number of `citation`: 1 + its index; 0 for an empty one.
  std::uint32_t Add(const std::string& citation) {
    if (citation.empty()) return 0;
    auto [it, inserted] =
        ids_.try_emplace(citation, static_cast<std::uint32_t>(citations_.size() + 1));
    if (inserted) citations_.push_back(citation);
    return it->second;
  }
  // The citation numbered `id`; empty for 0.
  const std::string& Get(std::uint32_t id) const {
    static const std::string kNone;
    return id == 0 || id > citations_.size() ? kNone : citations_[id - 1];
  }

 private:
  std::vector<std::string> citations_;
  std::unordered_map<std::string, std::uint32_t> ids_;
};

}  // namespace factcheck::reference

#endif  // FACTCHECK_PLUGINS_REFERENCE_CITATIONS_H_
