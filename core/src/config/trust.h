// Trust for configurations found in content. A `.factcheck.yaml` that
// discovery finds next to the articles (a pull request, an archive, a
// partner's folder) may use the bundled plugins and their options only, and
// name reference files inside its own folder. Anything that runs code or
// reaches out — `command:`, `endpoint:`, a `library:` outside the bundled
// plugin folder, a path that leaves the configuration's folder — needs an
// explicit decision: `--trust-config` for one run, or `factcheck trust PATH`,
// which records the file's SHA-256 so that a changed file is untrusted again
// (as direnv and editors' workspace trust do). Model: docs/security.md.
#ifndef FACTCHECK_CORE_CONFIG_TRUST_H_
#define FACTCHECK_CORE_CONFIG_TRUST_H_

#include <string>
#include <vector>

#include "config/config.h"

namespace factcheck {

// The user's trust store: $XDG_CONFIG_HOME/factcheck/trusted, else
// ~/.config/factcheck/trusted; lines of "SHA-256  absolute path".
std::string TrustStorePath();

// Whether the file at `config_path`, as it is now, is in the trust store.
bool IsTrustedFile(const std::string& config_path);

// Records (or, with `trust` false, removes) the file as it is now. Returns
// the line written, "SHA-256  path". Throws Error when the store cannot be
// written.
std::string SetTrusted(const std::string& config_path, bool trust);

// Throws LocatedError naming the configuration's file, line and column, and
// how to trust it, when an untrusted configuration asks for a program, an
// endpoint, a library outside the bundled plugin folder, or shared reference
// files outside its folder.
void CheckUntrustedConfig(const Config& config);

// Whether `path` (relative to `dir`, symbolic links resolved) is inside `dir`.
bool InsideFolder(const std::string& path, const std::string& dir);

// "trust it with `factcheck trust PATH` or run with --trust-config".
std::string HowToTrust(const Config& config);

}  // namespace factcheck

#endif  // FACTCHECK_CORE_CONFIG_TRUST_H_
