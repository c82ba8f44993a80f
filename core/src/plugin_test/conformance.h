// `factcheck plugin test`: the conformance kit a plugin author runs against a
// plugin, whatever its language or transport. It checks that the plugin keeps
// the protocol's rules — Describe answers with the protocol version, rules and
// options; Configure rejects bad options with INVALID_ARGUMENT; Check on the
// built-in edge cases (edge_cases.h) returns only declared rules, valid spans
// and verdicts; 8 concurrent Checks give the same answers as one at a time;
// every call answers within timeout_ms — then runs the author's fixtures with
// their inline expectations (fixture.h). One PASS or FAIL line per check.
#ifndef FACTCHECK_CORE_PLUGIN_TEST_CONFORMANCE_H_
#define FACTCHECK_CORE_PLUGIN_TEST_CONFORMANCE_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "config/config.h"

namespace factcheck {

struct PluginTestOptions {
  std::vector<std::string> fixture_paths;  // Folders or files of fixtures.
  std::string plugin;                      // Only this configured plugin; empty: each.
  std::size_t concurrency = 8;             // Checks at once in the concurrency check.
};

struct PluginTestResult {
  int passed = 0;
  int failed = 0;
};

// Tests the plugins of `config`, writing "PASS check: detail" and
// "FAIL check: detail" lines (with indented details), then "N passed, N
// failed". Throws Error when `options.plugin` names no configured plugin or
// the configuration has none.
PluginTestResult RunPluginTest(const Config& config, const PluginTestOptions& options,
                               std::ostream& out);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_PLUGIN_TEST_CONFORMANCE_H_
