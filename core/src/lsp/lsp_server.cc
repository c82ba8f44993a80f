#include "lsp/lsp_server.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "base/iso_date.h"
#include "base/utf8.h"
#include "base/verdict.h"
#include "config/config.h"
#include "factcheck/error.h"
#include "lsp/positions.h"
#include "run/ledger.h"

namespace factcheck::lsp {
namespace fs = std::filesystem;

namespace {

constexpr const char* kMarkVerified = "factcheck.markVerified";
constexpr auto kCheckDeadline = std::chrono::seconds(10);

enum Severity { kError = 1, kWarning = 2, kInformation = 3, kHint = 4 };

json PositionJson(Position p) { return {{"line", p.line}, {"character", p.character}}; }

json RangeJson(const PositionMap& map, std::size_t begin, std::size_t end) {
  return {{"start", PositionJson(map.At(begin))}, {"end", PositionJson(map.At(end))}};
}

Position PositionOf(const json& position) {
  return {position.at("line").get<std::size_t>(), position.at("character").get<std::size_t>()};
}

// The byte offset of a 1-based line and code-point column (FileError's).
std::size_t OffsetOfLineColumn(std::string_view text, unsigned line, unsigned column) {
  std::size_t at = 0;
  for (unsigned l = 1; l < line; ++l) {
    const auto next = text.find('\n', at);
    if (next == std::string_view::npos) return text.size();
    at = next + 1;
  }
  const std::string_view rest = text.substr(at);
  return at + OffsetOfColumn(rest.substr(0, rest.find('\n')), column);
}

// "reference/x.yaml:12" as a location in that file, when it is there.
std::optional<json> EvidenceLocation(const std::string& source) {
  const auto colon = source.rfind(':');
  if (colon == std::string::npos) return std::nullopt;
  unsigned line = 0;
  if (std::sscanf(source.c_str() + colon + 1, "%u", &line) != 1 || line == 0) return std::nullopt;
  std::error_code ec;
  const fs::path file = fs::absolute(source.substr(0, colon), ec);
  if (ec || !fs::is_regular_file(file, ec)) return std::nullopt;
  const json at = {{"line", line - 1}, {"character", 0}};
  return json{{"uri", UriOfPath(fs::weakly_canonical(file, ec).string())},
              {"range", {{"start", at}, {"end", at}}}};
}

std::string GitUserName() {
  std::string name;
  if (FILE* pipe = ::popen("git config user.name 2>/dev/null", "r")) {
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, pipe) != nullptr) name += buffer;
    ::pclose(pipe);
  }
  while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) name.pop_back();
  if (name.empty()) {
    if (const char* user = std::getenv("USER")) name = user;
  }
  return name;
}

}  // namespace

std::string PathOfUri(const std::string& uri) {
  if (!uri.starts_with("file://")) return "";
  std::string path;
  for (std::size_t i = 7; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size()) {
      path += static_cast<char>(std::stoi(uri.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      path += uri[i];
    }
  }
  return path;
}

std::string UriOfPath(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string uri = "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) ||
        std::string_view("/-._~").find(static_cast<char>(c)) != std::string_view::npos) {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 15];
    }
  }
  return uri;
}

// One configuration (with its ledger) and the plugins it names, loaded once
// and again when the configuration file changes.
struct LspServer::Checker {
  std::string config_path;
  fs::file_time_type config_time;
  std::unique_ptr<Session> session;
  std::unique_ptr<LedgerStore> ledger;
};

struct LspServer::Document {
  std::string uri;
  std::string path;
  std::string language;
  json version;
  std::string text;
  TextCheckResult result;  // Of `text`.
  std::string failure;     // Why it could not be checked, if it could not.
};

LspServer::LspServer(std::istream& in, std::ostream& out, LspOptions options)
    : in_(in), writer_(out), options_(std::move(options)) {}

LspServer::~LspServer() = default;

int LspServer::Run() {
  for (;;) {
    std::optional<std::string> body;
    try {
      body = ReadFrame(in_);
    } catch (const Error& e) {
      spdlog::error("{}", e.what());
      return 1;
    }
    if (!body) return 1;  // The client went without `exit`.
    json message = json::parse(*body, nullptr, false);
    if (message.is_discarded() || !message.is_object()) {
      writer_.RespondError(nullptr, kParseError, "the message is not a JSON object");
      continue;
    }
    if (message.value("method", "") == "exit") return shutdown_ ? 0 : 1;
    Dispatch(message);
  }
}

void LspServer::Dispatch(const json& message) {
  const std::string method = message.value("method", "");
  const bool request = message.contains("id");
  const json id = request ? message["id"] : json();
  const json params = message.value("params", json::object());
  try {
    if (method == "initialize") return writer_.Respond(id, Initialize(params));
    if (!initialized_) {
      if (request) writer_.RespondError(id, kServerNotInitialized, "initialize first");
      return;
    }
    if (method == "shutdown") {
      shutdown_ = true;
      return writer_.Respond(id, nullptr);
    }
    if (method == "textDocument/didOpen") return Open(params);
    if (method == "textDocument/didChange") return Change(params);
    if (method == "textDocument/didClose") return Close(params);
    if (method == "textDocument/hover") return writer_.Respond(id, Hover(params));
    if (method == "textDocument/codeAction") return writer_.Respond(id, CodeActions(params));
    if (method == "workspace/executeCommand") return writer_.Respond(id, ExecuteCommand(params));
    if (request) writer_.RespondError(id, kMethodNotFound, "factcheck does not handle " + method);
  } catch (const json::exception& e) {
    if (request) writer_.RespondError(id, kInvalidParams, method + ": " + e.what());
  } catch (const LocatedError& e) {
    if (request) writer_.RespondError(id, kRequestFailed, e.Describe());
  } catch (const std::exception& e) {
    if (request)
      writer_.RespondError(id, kRequestFailed, e.what());
    else
      spdlog::error("{}: {}", method, e.what());
  }
}

json LspServer::Initialize(const json& params) {
  initialized_ = true;
  const json init = params.value("initializationOptions", json::object());
  if (init.is_object()) {
    show_supported_ = init.value("showSupported", false);
    user_name_ = init.value("name", "");
  }
  if (user_name_.empty()) user_name_ = GitUserName();
  return {{"capabilities",
           {{"positionEncoding", "utf-16"},
            {"textDocumentSync", {{"openClose", true}, {"change", 1}}},
            {"hoverProvider", true},
            {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
            {"executeCommandProvider", {{"commands", {kMarkVerified}}}}}},
          {"serverInfo", {{"name", "factcheck"}, {"version", FACTCHECK_VERSION}}}};
}

LspServer::Checker& LspServer::CheckerFor(const std::string& path) {
  const std::string config = FindConfig(options_.config_path, path);
  const std::string key = config + "\n" + LedgerPath(path, config);
  std::error_code ec;
  const fs::file_time_type time = fs::last_write_time(config, ec);
  auto& checker = checkers_[key];
  if (!checker || checker->config_time != time) {
    auto next = std::make_unique<Checker>();
    next->config_path = config;
    next->config_time = time;
    next->session = std::make_unique<Session>(
        SessionOptions{.config_path = config, .first_input = path, .jobs = 1});
    next->ledger = std::make_unique<LedgerStore>(next->session->ledger());
    checker = std::move(next);
  }
  return *checker;
}

LspServer::Document& LspServer::DocumentFor(const json& params) {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  auto it = documents_.find(uri);
  if (it == documents_.end()) throw Error("the document " + uri + " is not open");
  return *it->second;
}

void LspServer::Open(const json& params) {
  const json& item = params.at("textDocument");
  auto document = std::make_unique<Document>();
  document->uri = item.at("uri").get<std::string>();
  document->path = PathOfUri(document->uri);
  if (document->path.empty()) document->path = document->uri;
  document->language = item.value("languageId", "");
  document->version = item.value("version", json());
  document->text = item.at("text").get<std::string>();
  Document& stored = *(documents_[document->uri] = std::move(document));
  CheckAndPublish(stored);
}

void LspServer::Change(const json& params) {
  Document& document = DocumentFor(params);
  const json& changes = params.at("contentChanges");
  if (changes.empty()) return;
  // Full sync (textDocumentSync.change = 1): the last change is the text.
  document.text = changes.back().at("text").get<std::string>();
  document.version = params.at("textDocument").value("version", json());
  CheckAndPublish(document);
}

void LspServer::Close(const json& params) {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  documents_.erase(uri);
  writer_.Notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
}

void LspServer::CheckAndPublish(Document& document) {
  document.failure.clear();
  document.result = {};
  json diagnostics = json::array();
  try {
    Checker& checker = CheckerFor(document.path);
    const TextFormat format = document.language == "plaintext"  ? TextFormat::kPlainText
                              : document.language == "markdown" ? TextFormat::kMarkdown
                                                                : TextFormat::kByPath;
    document.result = checker.session->CheckText(
        {.path = document.path, .text = document.text, .format = format},
        std::chrono::steady_clock::now() + kCheckDeadline, checker.ledger->Current().get());
  } catch (const LocatedError& e) {
    document.failure = e.Describe();
  } catch (const std::exception& e) {
    document.failure = e.what();
  }
  const PositionMap map(document.text);
  if (!document.failure.empty()) {
    diagnostics.push_back({{"range", RangeJson(map, 0, 0)},
                           {"severity", kError},
                           {"source", "factcheck"},
                           {"message", "factcheck cannot check this file: " + document.failure}});
  } else {
    const v1::FileReport& file = document.result.report.files(0);
    for (const v1::FileError& error : file.errors()) {
      const std::size_t at =
          error.line() > 0 ? OffsetOfLineColumn(document.text, error.line(), error.column()) : 0;
      diagnostics.push_back({{"range", RangeJson(map, at, at)},
                             {"severity", kError},
                             {"source", "factcheck"},
                             {"message", error.message()}});
    }
    for (const v1::Finding& f : file.findings()) {
      if (f.has_suppressed()) continue;  // The article says so itself.
      const bool verified = f.has_verified();
      if (f.verdict() == v1::VERDICT_SUPPORTED && !show_supported_ && !verified) continue;
      // The run's severity: fail_on and the configuration's rules decide it.
      const v1::Severity level = SeverityOf(f, FailOn{});
      const int severity = verified                        ? kInformation
                           : level == v1::SEVERITY_ERROR   ? kError
                           : level == v1::SEVERITY_WARNING ? kWarning
                                                           : kHint;
      std::string message = std::string(VerdictWords(f.verdict())) + ": " + f.message();
      if (verified) message += " (" + VerifiedText(f.verified()) + ")";
      const json range = RangeJson(map, f.span().begin(), f.span().end());
      json related = json::array();
      for (const v1::Evidence& e : f.evidence()) {
        related.push_back(
            {{"location",
              EvidenceLocation(e.source()).value_or(json{{"uri", document.uri}, {"range", range}})},
             {"message", e.source() + ": " + e.detail()}});
      }
      json diagnostic = {{"range", range},
                         {"severity", severity},
                         {"code", RuleId(f)},
                         {"source", "factcheck"},
                         {"message", message},
                         {"data",
                          {{"checker", f.checker()},
                           {"rule", f.rule()},
                           {"begin", f.span().begin()},
                           {"end", f.span().end()}}}};
      if (!related.empty()) diagnostic["relatedInformation"] = std::move(related);
      if (f.has_suggestion()) {
        diagnostic["data"]["suggestion"] = {{"begin", f.suggestion().span().begin()},
                                            {"end", f.suggestion().span().end()},
                                            {"replacement", f.suggestion().replacement()},
                                            {"description", f.suggestion().description()}};
      }
      diagnostics.push_back(std::move(diagnostic));
    }
  }
  json params = {{"uri", document.uri}, {"diagnostics", std::move(diagnostics)}};
  if (document.version.is_number()) params["version"] = document.version;
  writer_.Notify("textDocument/publishDiagnostics", std::move(params));
}

json LspServer::Hover(const json& params) {
  Document& document = DocumentFor(params);
  if (document.result.report.files_size() == 0) return nullptr;
  const PositionMap map(document.text);
  const std::size_t at = map.OffsetOf(PositionOf(params.at("position")));
  std::string markdown;
  std::optional<std::pair<std::size_t, std::size_t>> span;
  for (const v1::Finding& f : document.result.report.files(0).findings()) {
    if (at < f.span().begin() || at > f.span().end()) continue;
    if (!markdown.empty()) markdown += "\n\n---\n\n";
    markdown +=
        "**" + std::string(VerdictWords(f.verdict())) + "** `" + RuleId(f) + "`\n\n" + f.message();
    if (f.has_verified()) {
      markdown += "\n\n*Verified by " + f.verified().by() + " on " + f.verified().date() + ": " +
                  f.verified().note() + "*";
    }
    if (f.evidence_size() > 0) markdown += "\n\nEvidence:";
    for (const v1::Evidence& e : f.evidence()) {
      markdown += "\n- `" + e.source() + "`: " + e.detail();
      if (!e.citation().empty()) markdown += " (source: " + e.citation() + ")";
    }
    if (!span) span.emplace(f.span().begin(), f.span().end());
  }
  if (markdown.empty()) return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", markdown}}},
          {"range", RangeJson(map, span->first, span->second)}};
}

json LspServer::CodeActions(const json& params) {
  Document& document = DocumentFor(params);
  json actions = json::array();
  if (document.result.request == nullptr) return actions;
  const v1::Document& built = document.result.request->document();
  const PositionMap map(document.text);
  for (const json& diagnostic : params.at("context").value("diagnostics", json::array())) {
    if (diagnostic.value("source", "") != "factcheck" || !diagnostic.contains("data")) continue;
    const json& data = diagnostic["data"];
    // The checker's fix first: it is what the editor most likely wants.
    if (data.contains("suggestion")) {
      const json& fix = data["suggestion"];
      const std::string replacement = fix.at("replacement").get<std::string>();
      const json edit = {{"range", RangeJson(map, fix.at("begin").get<std::size_t>(),
                                             fix.at("end").get<std::size_t>())},
                         {"newText", replacement}};
      actions.push_back({{"title", "Replace with \"" + replacement + "\""},
                         {"kind", "quickfix"},
                         {"isPreferred", true},
                         {"diagnostics", json::array({diagnostic})},
                         {"edit", {{"changes", {{document.uri, json::array({edit})}}}}}});
    }
    const std::string rule =
        RuleId(data.at("checker").get<std::string>(), data.at("rule").get<std::string>());
    // The comment goes right before the sentence: it covers the next one.
    std::size_t sentence = data.at("begin").get<std::size_t>();
    for (const v1::Sentence& s : built.sentences()) {
      if (s.span().begin() <= sentence && sentence < s.span().end()) {
        sentence = s.span().begin();
        break;
      }
    }
    const bool line_start = sentence == 0 || document.text[sentence - 1] == '\n';
    const std::string comment =
        "<!-- factcheck-ignore " + rule + ":  -->" + (line_start ? "\n" : " ");
    const json insert = {{"range", RangeJson(map, sentence, sentence)}, {"newText", comment}};
    actions.push_back({{"title", "Suppress " + rule + " here (write the reason after the colon)"},
                       {"kind", "quickfix"},
                       {"diagnostics", json::array({diagnostic})},
                       {"edit", {{"changes", {{document.uri, json::array({insert})}}}}}});
    json argument = data;
    argument["uri"] = document.uri;
    actions.push_back({{"title", "Mark " + rule + " verified (records it in the ledger)"},
                       {"kind", "quickfix"},
                       {"diagnostics", json::array({diagnostic})},
                       {"command",
                        {{"title", "Mark verified"},
                         {"command", kMarkVerified},
                         {"arguments", json::array({argument})}}}});
  }
  return actions;
}

json LspServer::ExecuteCommand(const json& params) {
  const std::string command = params.at("command").get<std::string>();
  if (command != kMarkVerified) throw Error("factcheck has no command " + command);
  const json arguments = params.value("arguments", json::array());
  if (arguments.empty() || !arguments[0].is_object()) {
    throw Error(std::string(kMarkVerified) + " takes {uri, checker, rule, begin, end}");
  }
  return MarkVerified(arguments[0]);
}

// Records the finding named by `argument` in the ledger: by whom (the
// argument's "by", else initializationOptions.name, git's user.name or
// $USER) and how (its "note", else "checked in the editor").
json LspServer::MarkVerified(const json& argument) {
  Document& document = DocumentFor({{"textDocument", {{"uri", argument.at("uri")}}}});
  const std::string by = argument.value("by", user_name_);
  const std::string note = argument.value("note", "checked in the editor");
  if (by.empty()) throw Error("say who checked it: initializationOptions.name or a 'by' argument");
  if (document.result.request == nullptr) throw Error("the document has not been checked");
  const v1::Finding* finding = FindReported(
      document.result.report.files(0), argument.at("checker").get<std::string>(),
      argument.at("rule").get<std::string>(), argument.at("begin").get<std::uint32_t>(),
      argument.at("end").get<std::uint32_t>());
  if (finding == nullptr) throw Error("that finding is no longer in the document");
  Checker& checker = CheckerFor(document.path);
  const std::string ledger = checker.ledger->Record(document.result.request->document(), *finding,
                                                    by, note, FormatIsoDate(TodayUtc()));
  writer_.Notify("window/showMessage",
                 {{"type", kInformation},
                  {"message", "factcheck: recorded " + RuleId(*finding) + " as verified by " + by +
                                  " in " + ledger}});
  CheckAndPublish(document);
  return {{"ledger", ledger}};
}

}  // namespace factcheck::lsp
