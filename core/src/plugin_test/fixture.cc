#include "plugin_test/fixture.h"

#include <regex>

#include "base/utf8.h"
#include "base/verdict.h"

namespace factcheck {

std::vector<Expectation> ParseExpectations(const std::string& text,
                                           std::vector<std::string>* problems) {
  static const std::regex kComment(R"(<!--\s*expect\b([^>]*?)-->)");
  static const std::regex kBody(
      R"re(^:\s*(contradicted|needs-verification|supported)\s+([\w.-]+)/([\w.-]+)(?:\s+"([^"]*)")?\s*$)re");
  std::vector<Expectation> out;
  LineIndex lines(text);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kComment);
       it != std::sregex_iterator(); ++it) {
    const auto offset = static_cast<std::size_t>(it->position(0));
    const unsigned line = lines.At(offset).line;
    const std::string body = (*it)[1].str();
    std::smatch m;
    if (!std::regex_match(body, m, kBody)) {
      problems->push_back("line " + std::to_string(line) + ": malformed expectation '" +
                          it->str(0) + "'");
      continue;
    }
    out.push_back({m[1].str(), m[2].str(), m[3].str(), m[4].str(), offset, line});
  }
  return out;
}

std::vector<std::string> CompareWithFixture(const v1::Document& document,
                                            const v1::FileReport& report) {
  std::vector<std::string> problems;
  for (const auto& error : report.errors()) {
    problems.push_back("error: " + error.message());
  }
  const std::string& text = document.text();
  std::vector<Expectation> expectations = ParseExpectations(text, &problems);
  // Findings a factcheck-ignore comment suppressed are the host's business:
  // the fixture neither expects nor forbids them.
  std::vector<bool> used(report.findings_size(), false);
  for (int i = 0; i < report.findings_size(); ++i) used[i] = report.findings(i).has_suppressed();
  for (const Expectation& expected : expectations) {
    // The sentence the comment follows. A finding may begin in a sentence
    // before it that the host split off after an initial ("George W.").
    const v1::Sentence* sentence = nullptr;
    for (const auto& s : document.sentences()) {
      if (s.span().end() <= expected.offset) sentence = &s;
    }
    bool found = false;
    for (int i = 0; sentence != nullptr && i < report.findings_size() && !found; ++i) {
      const v1::Finding& f = report.findings(i);
      const std::string flagged = text.substr(f.span().begin(), f.span().end() - f.span().begin());
      if (used[i] || f.checker() != expected.checker || f.rule() != expected.rule ||
          VerdictKeyword(f.verdict()) != expected.verdict ||
          f.span().end() <= sentence->span().begin() || f.span().end() > sentence->span().end() ||
          (!expected.text.empty() && flagged != expected.text)) {
        continue;
      }
      used[i] = found = true;
    }
    if (!found) {
      problems.push_back("line " + std::to_string(expected.line) + ": expected " +
                         expected.verdict + " " + expected.checker + "/" + expected.rule +
                         (expected.text.empty() ? "" : " \"" + expected.text + "\"") +
                         " in the sentence before, but it was not reported");
    }
  }
  for (int i = 0; i < report.findings_size(); ++i) {
    if (used[i]) continue;
    const v1::Finding& f = report.findings(i);
    problems.push_back(
        "line " + std::to_string(f.line()) + ":" + std::to_string(f.column()) + ": unexpected " +
        VerdictKeyword(f.verdict()) + " " + f.checker() + "/" + f.rule() + " \"" +
        text.substr(f.span().begin(), f.span().end() - f.span().begin()) + "\": " + f.message());
  }
  return problems;
}

}  // namespace factcheck
