// Fixture articles with their expected findings written inline, in the style
// of clang-tidy's check tests; the built-in checkers' tests and `factcheck
// plugin test` read them alike (docs/writing-plugins.md documents the format
// for plugin authors). After the sentence that must be flagged:
//
//   <!-- expect: contradicted office-holders/former-title "former Prime Minister" -->
//
// names the verdict, checker/rule and, optionally, the exact flagged text. An
// expectation binds to the last sentence that ends before the comment; any
// finding without a matching expectation, and any expectation without a
// finding, is a failure. A fixture without expectations expects no findings.
#ifndef FACTCHECK_CORE_PLUGIN_TEST_FIXTURE_H_
#define FACTCHECK_CORE_PLUGIN_TEST_FIXTURE_H_

#include <string>
#include <vector>

#include "factcheck/v1/report.pb.h"

namespace factcheck {

struct Expectation {
  std::string verdict;  // contradicted | needs-verification | supported
  std::string checker;
  std::string rule;
  std::string text;    // Empty: any span inside the sentence.
  std::size_t offset;  // Where the comment is.
  unsigned line;
};

// Reads the expectations of a fixture's text. Malformed expect comments are
// returned as problems.
std::vector<Expectation> ParseExpectations(const std::string& text,
                                           std::vector<std::string>* problems);

// Compares a file's report with the expectations in its text; returns one
// line per mismatch (empty when the fixture passes).
std::vector<std::string> CompareWithFixture(const v1::Document& document,
                                            const v1::FileReport& report);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_PLUGIN_TEST_FIXTURE_H_
