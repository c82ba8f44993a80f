#include "run/suppressions.h"

#include <fnmatch.h>

#include <optional>
#include <string_view>

#include "base/utf8.h"
#include "base/verdict.h"
#include "factcheck/error.h"

namespace factcheck {
namespace {

std::string Trim(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

std::vector<std::string> Patterns(std::string_view list) {
  std::vector<std::string> out;
  for (std::size_t begin = 0; begin <= list.size();) {
    std::size_t end = list.find(',', begin);
    if (end == std::string_view::npos) end = list.size();
    if (std::string pattern = Trim(list.substr(begin, end - begin)); !pattern.empty()) {
      out.push_back(pattern);
    }
    begin = end + 1;
  }
  return out;
}

}  // namespace

std::vector<Suppression> ParseSuppressions(const std::string& path, const v1::Document& document) {
  const std::string& text = document.text();
  std::vector<Suppression> out;
  // Built only for an article with a directive: most have none.
  std::optional<LineIndex> index;
  auto lines = [&]() -> const LineIndex& {
    if (!index) index.emplace(text);
    return *index;
  };
  auto fail = [&](std::size_t offset, const std::string& message) {
    const auto where = lines().At(offset);
    throw LocatedError(path, where.line, where.column, message);
  };
  std::optional<Suppression> open;
  std::size_t open_at = 0;
  static constexpr std::string_view kOpen = "<!--";
  // HTML comments do not nest: the next one starts after this one's "-->",
  // so a directive inside another comment's body is no directive.
  std::size_t next = 0;
  for (std::size_t at = text.find(kOpen); at != std::string::npos; at = text.find(kOpen, next)) {
    const std::size_t close = text.find("-->", at + 4);
    if (close == std::string::npos) break;
    next = close + 3;
    const std::string body = Trim(std::string_view(text).substr(at + 4, close - at - 4));
    if (!body.starts_with("factcheck-ignore")) continue;
    std::string_view rest = std::string_view(body).substr(16);
    enum { kNext, kBegin, kEnd } kind = kNext;
    if (rest.starts_with("-begin")) {
      kind = kBegin;
      rest.remove_prefix(6);
    } else if (rest.starts_with("-end")) {
      kind = kEnd;
      rest.remove_prefix(4);
    } else if (!rest.empty() && rest.front() != ' ') {
      fail(at, "unknown directive '" + body + "' (factcheck-ignore, -begin or -end)");
    }
    const std::uint32_t after = static_cast<std::uint32_t>(close + 3);
    if (kind == kEnd) {
      if (!open) fail(at, "factcheck-ignore-end without a factcheck-ignore-begin");
      open->end = static_cast<std::uint32_t>(at);
      out.push_back(*open);
      open.reset();
      continue;
    }
    const std::size_t colon = rest.find(':');
    if (colon == std::string_view::npos || Trim(rest.substr(colon + 1)).empty()) {
      fail(at, "a factcheck-ignore needs a reason: <!-- factcheck-ignore PLUGIN: why -->");
    }
    Suppression suppression{Patterns(rest.substr(0, colon)), after, after,
                            Trim(rest.substr(colon + 1)), lines().At(at).line};
    if (suppression.patterns.empty()) fail(at, "a factcheck-ignore needs a plugin or rule pattern");
    if (kind == kBegin) {
      if (open) fail(at, "factcheck-ignore-begin inside another one (opened earlier)");
      open = suppression;
      open_at = at;
      continue;
    }
    // The next sentence: the first one that starts after the comment.
    for (const auto& sentence : document.sentences()) {
      if (sentence.span().begin() >= after) {
        suppression.begin = sentence.span().begin();
        suppression.end = sentence.span().end();
        break;
      }
    }
    out.push_back(suppression);
  }
  if (open) fail(open_at, "factcheck-ignore-begin without a factcheck-ignore-end");
  return out;
}

bool MatchesRulePattern(const std::vector<std::string>& patterns, const std::string& checker,
                        const std::string& rule_id) {
  for (const std::string& pattern : patterns) {
    if (fnmatch(pattern.c_str(), checker.c_str(), 0) == 0 ||
        fnmatch(pattern.c_str(), rule_id.c_str(), 0) == 0) {
      return true;
    }
  }
  return false;
}

const Suppression* SuppressionOf(const std::vector<Suppression>& suppressions,
                                 const v1::Finding& finding) {
  const std::string rule_id = RuleId(finding);
  for (const Suppression& s : suppressions) {
    if (finding.span().begin() < s.begin || finding.span().begin() >= s.end) continue;
    if (MatchesRulePattern(s.patterns, finding.checker(), rule_id)) return &s;
  }
  return nullptr;
}

}  // namespace factcheck
