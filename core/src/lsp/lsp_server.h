// `factcheck lsp`: a Language Server Protocol server for Markdown and plain
// text over stdio. Each open document is checked on open and on every change
// with the configuration found as `check` finds it (--config, else the first
// .factcheck.yaml from the document's folder upward, else the bundled one):
//
//   - diagnostics: the run's severity (by default contradicted: error,
//     needs verification: warning; `rules:` in the configuration may change
//     it), verified: information, supported: hint and only with
//     initializationOptions.showSupported; the rule as code, the evidence as
//     related information;
//   - hover: the findings under the cursor with their evidence;
//   - code actions: "suppress with a reason" inserts the factcheck-ignore
//     comment before the sentence (the reason goes after the colon; until it
//     is written the comment is an error), and "mark verified" runs the
//     command factcheck.markVerified, which writes the ledger.
//
// Requests are answered in order on one thread; checks take milliseconds.
#ifndef FACTCHECK_CORE_LSP_LSP_SERVER_H_
#define FACTCHECK_CORE_LSP_LSP_SERVER_H_

#include <istream>
#include <map>
#include <memory>
#include <ostream>
#include <string>

#include "lsp/json_rpc.h"
#include "run/ledger_store.h"
#include "run/session.h"

namespace factcheck::lsp {

struct LspOptions {
  std::string config_path;  // --config; empty: found per document.
  bool stdio = true;        // --stdio, which clients pass; stdio is the only transport.
};

class LspServer {
 public:
  LspServer(std::istream& in, std::ostream& out, LspOptions options);
  ~LspServer();
  // Serves until `exit`: 0 after a shutdown request, 1 without one (as the
  // protocol asks), also when the input ends.
  int Run();

 private:
  struct Document;
  struct Checker;

  void Dispatch(const json& message);
  json Initialize(const json& params);
  void Open(const json& params);
  void Change(const json& params);
  void Close(const json& params);
  json Hover(const json& params);
  json CodeActions(const json& params);
  json ExecuteCommand(const json& params);
  json MarkVerified(const json& argument);

  void CheckAndPublish(Document& document);
  Checker& CheckerFor(const std::string& path);
  Document& DocumentFor(const json& params);

  std::istream& in_;
  Writer writer_;
  LspOptions options_;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool show_supported_ = false;
  std::string user_name_;  // initializationOptions.name, else git's user.name, else $USER.
  std::map<std::string, std::unique_ptr<Checker>> checkers_;    // By configuration and ledger.
  std::map<std::string, std::unique_ptr<Document>> documents_;  // By URI.
};

// file:///a%20b/c.md -> /a b/c.md; empty for other schemes.
std::string PathOfUri(const std::string& uri);
std::string UriOfPath(const std::string& path);

}  // namespace factcheck::lsp

#endif  // FACTCHECK_CORE_LSP_LSP_SERVER_H_
