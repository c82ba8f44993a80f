#include "reference/import.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <unordered_map>

#include "factcheck/error.h"
#include "reference/import_text.h"
#include "reference/office_holders.h"

namespace factcheck::reference {
namespace {

using import_text::ReadAll;
using import_text::Slug;
using import_text::Split;
using import_text::Trim;

std::size_t Column(const std::vector<std::string>& header, const std::string& name,
                   const std::string& path) {
  auto it = std::find(header.begin(), header.end(), name);
  if (it == header.end()) {
    std::string names;
    for (const auto& h : header) names += (names.empty() ? "" : ", ") + h;
    throw Error(path + ":1: no column '" + name + "' (columns: " + names + ")");
  }
  return static_cast<std::size_t>(it - header.begin());
}

// A date in `format`, as YYYY-MM-DD; empty when it does not parse.
std::string ConvertDate(const std::string& value, const std::string& format) {
  // ISO dates may be partial: "1953-01", "1953".
  if (format == "%Y-%m-%d" && (value.size() == 4 || value.size() == 7) &&
      ParsePartialDate(value)) {
    return value;
  }
  std::tm tm{};
  const char* end = ::strptime(value.c_str(), format.c_str(), &tm);
  if (end == nullptr || *end != '\0') return {};
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return ParsePartialDate(buffer) ? buffer : "";
}

// One value of a lookup, with the dates it held (empty: open).
struct LookupValue {
  std::string value;
  std::string from;
  std::string to;
};
using LookupMap = std::unordered_map<std::string, std::vector<LookupValue>>;

// "column=file.csv:key:value[:from:to]" -> column and a map key -> values.
std::pair<std::string, LookupMap> LoadLookup(const std::string& spec) {
  const auto eq = spec.find('=');
  const auto parts =
      eq == std::string::npos ? std::vector<std::string>{} : Split(spec.substr(eq + 1), ':');
  if (parts.size() != 3 && parts.size() != 5) {
    throw Error(
        "--lookup must be COLUMN=FILE:KEY_COLUMN:VALUE_COLUMN[:FROM_COLUMN:TO_COLUMN] (got '" +
        spec + "')");
  }
  const std::string& file = parts[0];
  auto rows = ReadCsv(file);
  if (rows.empty()) throw Error(file + ": empty");
  const auto key = Column(rows[0], parts[1], file);
  const auto value = Column(rows[0], parts[2], file);
  const bool dated = parts.size() == 5;
  const auto from = dated ? Column(rows[0], parts[3], file) : 0;
  const auto to = dated ? Column(rows[0], parts[4], file) : 0;
  LookupMap map;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    auto row = rows[r];
    if (row.size() <= std::max(key, value)) continue;
    row.resize(rows[0].size());
    auto& values = map[row[key]];
    LookupValue entry{Trim(row[value]), dated ? Trim(row[from]) : "", dated ? Trim(row[to]) : ""};
    if (!dated) values.clear();  // Undated: the last row wins, as before.
    values.push_back(std::move(entry));
  }
  return {spec.substr(0, eq), std::move(map)};
}

// The value in use on `day` (YYYY-MM-DD), else the last one; the others,
// distinct, in `others`.
std::string ValueOn(const std::vector<LookupValue>& values, const std::string& day,
                    std::vector<std::string>* others) {
  const LookupValue* chosen = &values.back();
  for (const auto& v : values) {
    if ((v.from.empty() || v.from <= day) && (v.to.empty() || day < v.to)) chosen = &v;
  }
  for (const auto& v : values) {
    if (v.value != chosen->value &&
        std::find(others->begin(), others->end(), v.value) == others->end()) {
      others->push_back(v.value);
    }
  }
  return chosen->value;
}

// Adds a term read from a source, unless it ends before it starts.
void Keep(ImportedTerm term, std::vector<ImportedTerm>* terms, std::vector<std::string>* warnings) {
  const auto from = ParsePartialDate(term.from), to = ParsePartialDate(term.to);
  // Partial dates: "1984-12" may end a term that began on 1984-12-04.
  if (from && to && to->last < from->first) {
    warnings->push_back(term.origin + ": skipped: the end " + term.to + " is before the start " +
                        term.from);
    return;
  }
  terms->push_back(std::move(term));
}

std::string Binding(const google::protobuf::Struct& row, const char* name) {
  auto it = row.fields().find(name);
  if (it == row.fields().end()) return {};
  auto value = it->second.struct_value().fields().find("value");
  return value == it->second.struct_value().fields().end() ? std::string()
                                                           : value->second.string_value();
}

// Where a date is in a row: one column read with the date format, or its
// year, month and day in columns of their own ("syear,smonth,sdate"; the
// day, or the month and the day, may be left out or empty: a partial date).
class DateColumns {
 public:
  DateColumns(const std::vector<std::string>& header, const std::string& spec,
              const std::string& path) {
    for (const auto& column : Split(spec, ','))
      columns_.push_back(Column(header, Trim(column), path));
    if (columns_.size() > 3) throw Error(spec + ": a date is one column, or year,month[,day]");
  }

  // YYYY-MM-DD (or shorter); empty when it does not parse.
  std::string Read(const std::vector<std::string>& row, const std::string& format) const {
    if (columns_.size() == 1) return ConvertDate(Trim(row[columns_[0]]), format);
    static constexpr int kLimits[] = {9999, 12, 31};
    std::string date;
    for (std::size_t part = 0; part < columns_.size(); ++part) {
      const std::string value = Trim(row[columns_[part]]);
      if (value.empty() && part > 0) break;  // A partial date.
      int number = 0;
      for (char c : value) {
        if (!std::isdigit(static_cast<unsigned char>(c)) || number > 9999) return {};
        number = number * 10 + (c - '0');
      }
      if (value.empty() || number < 1 || number > kLimits[part]) return {};
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, part == 0 ? "%04d" : "-%02d", number);
      date += buffer;
    }
    return ParsePartialDate(date) ? date : "";
  }

  // The raw text, for warnings.
  std::string Text(const std::vector<std::string>& row) const {
    std::string text;
    for (auto c : columns_) text += (text.empty() ? "" : "/") + Trim(row[c]);
    return text;
  }

 private:
  std::vector<std::size_t> columns_;
};

}  // namespace

std::vector<std::vector<std::string>> ReadCsv(const std::string& path) {
  const std::string text = ReadAll(path);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
    } else {
      field.push_back(c);
    }
  }
  if (!field.empty() || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<ImportedTerm> ImportCsv(const std::string& path, const CsvMapping& mapping,
                                    std::vector<std::string>* warnings) {
  auto rows = ReadCsv(path);
  if (rows.empty()) throw Error(path + ": empty");
  const auto& header = rows[0];
  std::map<std::size_t, LookupMap> lookups;
  for (const auto& spec : mapping.lookups) {
    auto [column, map] = LoadLookup(spec);
    lookups[Column(header, column, path)] = std::move(map);
  }
  const auto name = Column(header, mapping.name_column, path);
  const DateColumns from(header, mapping.from_column, path);
  const std::optional<DateColumns> to =
      mapping.to_column.empty()
          ? std::nullopt
          : std::optional<DateColumns>(DateColumns(header, mapping.to_column, path));
  const auto title =
      mapping.title_column.empty() ? std::string::npos : Column(header, mapping.title_column, path);
  const auto jurisdiction = mapping.jurisdiction_column.empty()
                                ? std::string::npos
                                : Column(header, mapping.jurisdiction_column, path);
  if (title == std::string::npos && mapping.title.empty()) {
    throw Error("give a title column or a fixed title");
  }
  if (jurisdiction == std::string::npos && mapping.jurisdiction.empty()) {
    throw Error("give a jurisdiction column or a fixed jurisdiction");
  }
  const import_text::TitleMap title_map(mapping.title_map);
  const auto office_key = mapping.office_key_column.empty()
                              ? std::string::npos
                              : Column(header, mapping.office_key_column, path);
  std::vector<ImportedTerm> terms;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    auto row = rows[r];
    if (row.size() == 1 && row[0].empty()) continue;
    row.resize(header.size());
    ImportedTerm term;
    if (office_key != std::string::npos) term.office_key = Trim(row[office_key]);
    // Dated lookups take the value in use when the term began.
    const std::string start = from.Read(row, mapping.date_format);
    for (auto& [column, map] : lookups) {
      auto it = map.find(row[column]);
      if (it == map.end() || it->second.empty()) continue;
      std::vector<std::string> others;
      row[column] = ValueOn(it->second, start, &others);
      if (column == name) term.aliases = std::move(others);
    }
    term.origin = path + ":" + std::to_string(r + 1);
    term.name = Trim(row[name]);
    term.title = title == std::string::npos ? mapping.title : Trim(row[title]);
    term.jurisdiction =
        jurisdiction == std::string::npos ? mapping.jurisdiction : Trim(row[jurisdiction]);
    if (!title_map.Apply(&term, mapping.only_mapped)) continue;
    if (!mapping.only_titles.empty() &&
        std::find(mapping.only_titles.begin(), mapping.only_titles.end(), term.title) ==
            mapping.only_titles.end()) {
      continue;
    }
    term.from = start;
    const std::string end = to ? to->Text(row) : "";
    const bool open = end.empty() || end == "/" || end == "//" ||
                      std::find(mapping.open_values.begin(), mapping.open_values.end(), end) !=
                          mapping.open_values.end();
    term.to = open ? "" : to->Read(row, mapping.date_format);
    if (term.name.empty() || term.title.empty() || term.from.empty() ||
        (!open && term.to.empty())) {
      warnings->push_back(term.origin + ": skipped: cannot read name, title or dates ('" +
                          from.Text(row) + "', '" + end + "')");
      continue;
    }
    Keep(std::move(term), &terms, warnings);
  }
  return terms;
}

std::vector<ImportedTerm> ImportSparqlJson(const std::string& path,
                                           std::vector<std::string>* warnings) {
  google::protobuf::Struct root;
  auto status = google::protobuf::util::JsonStringToMessage(ReadAll(path), &root);
  if (!status.ok()) throw Error(path + ": not JSON: " + status.ToString());
  std::vector<ImportedTerm> terms;
  const auto results = root.fields().find("results");
  if (results == root.fields().end()) throw Error(path + ": no 'results' (SPARQL JSON expected)");
  const auto& bindings = results->second.struct_value().fields().find("bindings");
  if (bindings == results->second.struct_value().fields().end()) {
    throw Error(path + ": no 'results.bindings'");
  }
  int index = 0;
  for (const auto& row : bindings->second.list_value().values()) {
    ++index;
    const auto& fields = row.struct_value();
    ImportedTerm term;
    term.origin = path + ": binding " + std::to_string(index);
    term.name = Binding(fields, "personLabel");
    term.jurisdiction = Binding(fields, "jurisdictionLabel");
    term.title = Binding(fields, "positionLabel");
    // "Prime Minister of Israel" with jurisdiction Israel -> "Prime Minister".
    const std::string suffix = " of " + term.jurisdiction;
    if (!term.jurisdiction.empty() && term.title.size() > suffix.size() &&
        term.title.ends_with(suffix)) {
      term.title.resize(term.title.size() - suffix.size());
    }
    if (term.jurisdiction.empty()) term.jurisdiction = "Unknown";
    term.from = Binding(fields, "start").substr(0, 10);
    term.to = Binding(fields, "end").substr(0, 10);
    if (term.name.empty() || term.title.empty() || !ParsePartialDate(term.from) ||
        (!term.to.empty() && !ParsePartialDate(term.to))) {
      warnings->push_back(term.origin +
                          ": skipped: needs personLabel, positionLabel and a start date");
      continue;
    }
    Keep(std::move(term), &terms, warnings);
  }
  return terms;
}

namespace {

// Days from one ISO date to another (partial dates count from their first
// day); 0 when either does not parse.
long DaysBetween(const std::string& from, const std::string& to) {
  const auto a = ParsePartialDate(from), b = ParsePartialDate(to);
  return a && b ? static_cast<long>((b->first - a->first).count()) : 0;
}

// Sorts an office's terms and joins a person's terms that follow each other
// (re-elected, re-appointed). A term that overlaps the next by up to a
// month, or has no end, ends where the next starts (a handover the source
// dates loosely), with a warning. Longer overlaps are holders at the same
// time (an acting holder during a leave, posts held jointly): each such
// term goes to a further office of the same title, so that no holder is
// cut. Returns the offices' terms, the first office first.
std::vector<std::vector<ImportedTerm>> Tidy(const std::string& id,
                                            std::vector<ImportedTerm> holders,
                                            std::vector<std::string>* warnings) {
  constexpr long kHandoverDays = 31;
  std::stable_sort(holders.begin(), holders.end(),
                   [](const ImportedTerm& a, const ImportedTerm& b) { return a.from < b.from; });
  std::vector<std::vector<ImportedTerm>> lanes;
  for (auto& term : holders) {
    bool placed = false;
    for (auto& lane : lanes) {
      ImportedTerm& last = lane.back();
      if (last.name == term.name && last.to == term.from) {
        last.to = term.to;
        placed = true;
      } else if (!last.to.empty() && last.to <= term.from) {
        lane.push_back(std::move(term));
        placed = true;
      } else if (last.to.empty() || DaysBetween(term.from, last.to) <= kHandoverDays) {
        warnings->push_back(last.origin + ": " + last.name + "'s term in " + id +
                            (last.to.empty() ? " has no end" : " ends " + last.to) + " but " +
                            term.name + "'s starts " + term.from + "; ended it there");
        last.to = std::max(term.from, last.from);
        lane.push_back(std::move(term));
        placed = true;
      }
      if (placed) break;
    }
    if (!placed) {
      if (!lanes.empty()) {
        warnings->push_back(term.origin + ": " + term.name + "'s term in " + id + " from " +
                            term.from + " overlaps " + lanes.back().back().name +
                            "'s; both kept, as holders at the same time");
      }
      lanes.push_back({std::move(term)});
    }
  }
  return lanes;
}

void EmitOffice(const std::string& id, const std::vector<ImportedTerm>& holders,
                const ImportHeader& header, YAML::Emitter* yaml) {
  *yaml << YAML::BeginMap << YAML::Key << "id" << YAML::Value << id << YAML::Key << "title"
        << YAML::Value << holders.front().title << YAML::Key << "jurisdiction" << YAML::Value
        << holders.front().jurisdiction;
  std::vector<std::string> office_aliases;
  for (const auto& term : holders) {
    for (const auto& alias : term.office_aliases) {
      if (std::find(office_aliases.begin(), office_aliases.end(), alias) == office_aliases.end()) {
        office_aliases.push_back(alias);
      }
    }
  }
  if (!office_aliases.empty()) {
    *yaml << YAML::Key << "aliases" << YAML::Value << YAML::Flow << office_aliases;
  }
  if (!header.adjectives.empty()) {
    *yaml << YAML::Key << "adjectives" << YAML::Value << YAML::Flow << header.adjectives;
  }
  if (!header.source.empty()) *yaml << YAML::Key << "source" << YAML::Value << header.source;
  // Terms added to an office of the preferred files (lanes after the
  // first are offices of their own).
  if (!holders.front().extends.empty() && holders.front().extends == id) {
    *yaml << YAML::Key << "extends" << YAML::Value << true;
  }
  *yaml << YAML::Key << "holders" << YAML::Value << YAML::BeginSeq;
  for (const auto& term : holders) {
    *yaml << YAML::Flow << YAML::BeginMap << YAML::Key << "name" << YAML::Value << term.name
          << YAML::Key << "from" << YAML::Value << term.from;
    if (!term.to.empty()) *yaml << YAML::Key << "to" << YAML::Value << term.to;
    *yaml << YAML::EndMap;
  }
  *yaml << YAML::EndSeq << YAML::EndMap;
}

}  // namespace

void WriteReferenceYaml(std::vector<ImportedTerm> terms, const ImportHeader& header,
                        std::ostream& out, std::vector<std::string>* warnings) {
  std::map<std::string, std::vector<ImportedTerm>> offices;  // Sorted by id.
  std::map<std::string, std::vector<std::string>> aliases;   // By person.
  for (auto& term : terms) {
    auto& known = aliases[term.name];
    for (const auto& alias : term.aliases) {
      if (std::find(known.begin(), known.end(), alias) == known.end()) known.push_back(alias);
    }
    std::string id = Slug(term.jurisdiction) + "." + Slug(term.title);
    if (!term.office_key.empty()) id += "." + Slug(term.office_key).substr(0, 12);
    if (!term.extends.empty()) id = term.extends;
    offices[id].push_back(std::move(term));
  }
  YAML::Emitter yaml;
  yaml << YAML::Comment(header.note) << YAML::BeginMap;
  if (!header.checked.empty() || !header.complete_from.empty()) {
    yaml << YAML::Key << "coverage" << YAML::Value << YAML::Flow << YAML::BeginMap;
    if (!header.checked.empty()) yaml << YAML::Key << "checked" << YAML::Value << header.checked;
    if (!header.complete_from.empty()) {
      yaml << YAML::Key << "complete_from" << YAML::Value << header.complete_from;
    }
    yaml << YAML::EndMap;
  }
  yaml << YAML::Key << "offices" << YAML::Value << YAML::BeginSeq;
  for (auto& [id, holders] : offices) {
    auto lanes = Tidy(id, std::move(holders), warnings);
    for (std::size_t lane = 0; lane < lanes.size(); ++lane) {
      EmitOffice(lane == 0 ? id : id + "." + std::to_string(lane + 1), lanes[lane], header, &yaml);
    }
  }
  yaml << YAML::EndSeq;
  // The names people had at other times: "Lord Blunkett" for David Blunkett.
  bool people = false;
  for (const auto& [person, names] : aliases) {
    if (names.empty()) continue;
    if (!people) yaml << YAML::Key << "people" << YAML::Value << YAML::BeginSeq;
    people = true;
    yaml << YAML::Flow << YAML::BeginMap << YAML::Key << "name" << YAML::Value << person
         << YAML::Key << "aliases" << YAML::Value << YAML::Flow << names << YAML::EndMap;
  }
  if (people) yaml << YAML::EndSeq;
  yaml << YAML::EndMap;
  out << yaml.c_str() << "\n";
}

}  // namespace factcheck::reference
