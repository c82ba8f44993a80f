// The congress-legislators project's YAML: executive.yaml (presidents and
// vice presidents) and legislators-*.yaml (leadership roles).
#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "factcheck/error.h"
#include "reference/import.h"
#include "reference/import_text.h"
#include "reference/office_holders.h"

namespace factcheck::reference {
namespace {

using import_text::Trim;

std::string Field(const YAML::Node& map, const char* key) {
  const YAML::Node value = map[key];
  return value && value.IsScalar() ? Trim(value.Scalar()) : std::string();
}

// "Herbert Walker" -> "H. W."; "S." stays "S.".
std::string Initials(const std::string& middle) {
  std::string initials;
  for (const auto& word : import_text::Split(middle, ' ')) {
    if (word.empty()) continue;
    initials += (initials.empty() ? "" : " ") + word.substr(0, 1) + ".";
  }
  return initials;
}

// The name the press uses, and the name with the middle names written out
// when the source gives them in full (an alias).
std::pair<std::string, std::string> PressName(const YAML::Node& name) {
  const std::string first = Field(name, "first"), middle = Field(name, "middle"),
                    last = Field(name, "last"), nickname = Field(name, "nickname"),
                    official = Field(name, "official_full");
  if (!official.empty()) return {official, ""};
  if (!nickname.empty()) return {nickname + " " + last, ""};
  if (middle.empty()) return {first + " " + last, ""};
  const std::string initials = Initials(middle);
  const bool written_out = initials != middle;
  return {first + " " + initials + " " + last,
          written_out ? first + " " + middle + " " + last : std::string()};
}

std::string Where(const std::string& path, const YAML::Node& node) {
  return path + ":" + std::to_string(node.Mark().line + 1) + ":" +
         std::to_string(node.Mark().column + 1);
}

// The term's fields shared by both kinds of record.
bool ReadDates(const YAML::Node& record, const std::string& origin, ImportedTerm* term,
               std::vector<std::string>* warnings) {
  term->from = Field(record, "start");
  term->to = Field(record, "end");
  if (term->from.empty() || !ParsePartialDate(term->from) ||
      (!term->to.empty() && !ParsePartialDate(term->to))) {
    warnings->push_back(origin + ": skipped: cannot read the dates ('" + term->from + "', '" +
                        term->to + "')");
    return false;
  }
  return true;
}

void ReadPerson(const YAML::Node& person, const std::string& path, const CsvMapping& mapping,
                const import_text::TitleMap& titles, std::vector<ImportedTerm>* terms,
                std::vector<std::string>* warnings) {
  if (!person.IsMap() || !person["name"] || !person["name"].IsMap()) {
    throw Error(Where(path, person) + ": a person needs a 'name' map (congress-legislators YAML)");
  }
  // Not a structured binding: clang before 16 cannot capture one.
  const std::pair<std::string, std::string> names = PressName(person["name"]);
  const std::string& name = names.first;
  const std::string& written_out = names.second;
  const auto read = [&](const YAML::Node& record, std::string title) {
    ImportedTerm term;
    term.origin = Where(path, record);
    term.name = name;
    if (!written_out.empty()) term.aliases.push_back(written_out);
    term.title = std::move(title);
    term.jurisdiction = "United States";
    if (!titles.Apply(&term, mapping.only_mapped) ||
        !ReadDates(record, term.origin, &term, warnings))
      return;
    if (!term.to.empty() && term.to < term.from) {
      warnings->push_back(term.origin + ": skipped: the end is before the start");
      return;
    }
    terms->push_back(std::move(term));
  };
  if (const YAML::Node served = person["terms"]; served && served.IsSequence()) {
    for (const auto& record : served) {
      const std::string type = Field(record, "type");
      if (type == "prez") read(record, "President");
      if (type == "viceprez") read(record, "Vice President");
    }
  }
  if (const YAML::Node roles = person["leadership_roles"]; roles && roles.IsSequence()) {
    for (const auto& record : roles) read(record, Field(record, "title"));
  }
}

}  // namespace

std::vector<ImportedTerm> ImportCongressLegislators(const std::string& path,
                                                    const CsvMapping& mapping,
                                                    std::vector<std::string>* warnings) {
  YAML::Node root;
  try {
    root = YAML::Load(import_text::ReadAll(path));
  } catch (const YAML::Exception& e) {
    throw Error(path + ":" + std::to_string(e.mark.line + 1) + ":" +
                std::to_string(e.mark.column + 1) + ": not YAML: " + e.msg);
  }
  if (!root.IsSequence()) {
    throw Error(path + ":1:1: expected a list of people (congress-legislators YAML)");
  }
  const import_text::TitleMap titles(mapping.title_map);
  std::vector<ImportedTerm> terms;
  for (const auto& person : root) ReadPerson(person, path, mapping, titles, &terms, warnings);
  return terms;
}

}  // namespace factcheck::reference
