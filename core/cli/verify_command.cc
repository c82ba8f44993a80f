// `factcheck verify PATH:LINE[:COL]`: records in the ledger that a person
// checked the finding there.
#include <cstdio>
#include <iostream>

#include "base/iso_date.h"
#include "base/verdict.h"
#include "commands.h"
#include "document/document_loader.h"
#include "factcheck/error.h"
#include "run/session.h"

namespace factcheck {
namespace {

struct VerifyArgs {
  std::string location;  // PATH:LINE[:COL]
  std::string by;
  std::string note;
  std::string config;
  std::string as_of;
  bool trust_config = false;
};

struct Location {
  std::string path;
  unsigned line = 0;
  unsigned column = 0;  // 0: any.
};

Location ParseLocation(const std::string& text) {
  const auto first = text.find(':');
  if (first == std::string::npos) throw Error("give the finding as PATH:LINE or PATH:LINE:COL");
  Location location{text.substr(0, first)};
  const std::string rest = text.substr(first + 1);
  if (std::sscanf(rest.c_str(), "%u:%u", &location.line, &location.column) < 1 ||
      location.line == 0) {
    throw Error("give the finding as PATH:LINE or PATH:LINE:COL (got '" + text + "')");
  }
  return location;
}

// The one finding at `where`; an error when there is none, or several and no
// column tells them apart.
v1::Finding FindingAt(const v1::FileReport& file, const Location& where, const std::string& shown) {
  std::vector<v1::Finding> at;
  for (const auto& finding : file.findings()) {
    if (finding.line() == where.line && (where.column == 0 || finding.column() == where.column))
      at.push_back(finding);
  }
  if (at.empty()) throw Error("no finding at " + shown);
  if (at.size() > 1) {
    std::string columns;
    for (const auto& f : at) {
      columns += " " + std::to_string(f.column()) + " (" + RuleId(f) + ")";
    }
    throw Error(std::to_string(at.size()) + " findings on line " + std::to_string(where.line) +
                "; add the column:" + columns);
  }
  return at.front();
}

int RunVerify(const VerifyArgs& args) {
  const Location where = ParseLocation(args.location);
  Session session(
      {.config_path = args.config, .first_input = where.path, .as_of = args.as_of, .jobs = 1});
  CheckResult result = session.Check({where.path});
  const v1::FileReport& file = result.report.files(0);
  const v1::Finding finding = FindingAt(file, where, args.location);
  const LoadedDocument document =
      BuildDocument(file.path(), ReadInput(where.path, session.config().max_file_bytes),
                    session.run_options().document);
  Ledger ledger = session.ledger();
  ledger.Record(document.document, finding, args.by, args.note, FormatIsoDate(TodayUtc()));
  std::cout << "recorded in " << ledger.path() << ": " << finding.checker() << "/" << finding.rule()
            << " \"" << finding.claim() << "\" verified by " << args.by << "\n";
  return 0;
}

}  // namespace

void AddVerifyCommand(CLI::App& app, CommandAction* action) {
  auto args = std::make_shared<VerifyArgs>();
  CLI::App* verify = app.add_subcommand(
      "verify", "Record in the ledger that a person checked the finding at PATH:LINE[:COL]");
  verify->add_option("location", args->location, "PATH:LINE or PATH:LINE:COL")->required();
  verify->add_option("--by", args->by, "Who checked it")->required();
  verify->add_option("--note", args->note, "How it was checked")->required();
  verify->add_option("--config", args->config, "Configuration file")->check(CLI::ExistingFile);
  verify->add_option("--as-of", args->as_of, "The date the article speaks from, YYYY-MM-DD");
  verify->add_flag("--trust-config", args->trust_config,
                   "Let a .factcheck.yaml found next to the article run programs and plugins");
  verify->callback([action, args] { *action = [args] { return RunVerify(*args); }; });
}

}  // namespace factcheck
