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
#include "reference/office_holders.h"

namespace factcheck::reference {
namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // A spreadsheet's BOM.
  return text;
}

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

std::string Trim(std::string text) {
  const auto begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  const auto end = text.find_last_not_of(" \t");
  return text.substr(begin, end - begin + 1);
}

// A date in `format`, as YYYY-MM-DD; empty when it does not parse.
std::string ConvertDate(const std::string& value, const std::string& format) {
  std::tm tm{};
  const char* end = ::strptime(value.c_str(), format.c_str(), &tm);
  if (end == nullptr || *end != '\0') return {};
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return ParsePartialDate(buffer) ? buffer : "";
}

std::string Slug(const std::string& text) {
  std::string slug;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      slug.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

// One value of a lookup, with the dates it held (empty: open).
struct LookupValue {
  std::string value;
  std::string from;
  std::string to;
};
using LookupMap = std::unordered_map<std::string, std::vector<LookupValue>>;

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  for (std::size_t end; (end = text.find(separator, begin)) != std::string::npos; begin = end + 1) {
    parts.push_back(text.substr(begin, end - begin));
  }
  parts.push_back(text.substr(begin));
  return parts;
}

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
  if (!term.to.empty() && term.to < term.from) {
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

// A title map's row: the title the press uses and its other names.
struct PressTitle {
  std::string title;
  std::vector<std::string> aliases;
};

std::unordered_map<std::string, PressTitle> LoadTitleMap(const std::string& path) {
  std::unordered_map<std::string, PressTitle> map;
  if (path.empty()) return map;
  const auto rows = ReadCsv(path);
  if (rows.empty()) throw Error(path + ": empty");
  const auto formal = Column(rows[0], "formal", path);
  const auto title = Column(rows[0], "title", path);
  const auto found = std::find(rows[0].begin(), rows[0].end(), "aliases");
  const std::size_t aliases = found == rows[0].end()
                                  ? std::string::npos
                                  : static_cast<std::size_t>(found - rows[0].begin());
  for (std::size_t r = 1; r < rows.size(); ++r) {
    auto row = rows[r];
    if (row.size() == 1 && row[0].empty()) continue;
    row.resize(rows[0].size());
    if (Trim(row[formal]).empty() || Trim(row[title]).empty()) {
      throw Error(path + ":" + std::to_string(r + 1) + ": needs a formal name and a title");
    }
    PressTitle press{Trim(row[title]), {}};
    if (aliases != std::string::npos) {
      for (auto& alias : Split(row[aliases], ';')) {
        if (!Trim(alias).empty()) press.aliases.push_back(Trim(alias));
      }
    }
    map[Trim(row[formal])] = std::move(press);
  }
  return map;
}

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
  const auto title_map = LoadTitleMap(mapping.title_map);
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
    if (auto press = title_map.find(term.title); press != title_map.end()) {
      term.title = press->second.title;
      term.office_aliases = press->second.aliases;
      term.office_key.clear();  // One office under the press's title.
    }
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

void WriteReferenceYaml(std::vector<ImportedTerm> terms, const std::string& source_note,
                        const std::vector<std::string>& adjectives, std::ostream& out,
                        std::vector<std::string>* warnings) {
  std::map<std::string, std::vector<ImportedTerm>> offices;  // Sorted by id.
  std::map<std::string, std::vector<std::string>> aliases;   // By person.
  for (auto& term : terms) {
    auto& known = aliases[term.name];
    for (const auto& alias : term.aliases) {
      if (std::find(known.begin(), known.end(), alias) == known.end()) known.push_back(alias);
    }
    std::string id = Slug(term.jurisdiction) + "." + Slug(term.title);
    if (!term.office_key.empty()) id += "." + Slug(term.office_key).substr(0, 12);
    offices[id].push_back(std::move(term));
  }
  YAML::Emitter yaml;
  yaml << YAML::Comment(source_note) << YAML::BeginMap << YAML::Key << "offices" << YAML::Value
       << YAML::BeginSeq;
  for (auto& [id, holders] : offices) {
    std::stable_sort(holders.begin(), holders.end(),
                     [](const ImportedTerm& a, const ImportedTerm& b) { return a.from < b.from; });
    // A term still open, or running past the next one's start, ends there.
    for (std::size_t i = 0; i + 1 < holders.size(); ++i) {
      ImportedTerm& term = holders[i];
      const ImportedTerm& next = holders[i + 1];
      if (term.to.empty() || term.to > next.from) {
        warnings->push_back(term.origin + ": " + term.name + "'s term in " + id +
                            (term.to.empty() ? " has no end" : " ends " + term.to) + " but " +
                            next.name + "'s starts " + next.from + "; ended it there");
        term.to = std::max(next.from, term.from);
      }
    }
    yaml << YAML::BeginMap << YAML::Key << "id" << YAML::Value << id << YAML::Key << "title"
         << YAML::Value << holders.front().title << YAML::Key << "jurisdiction" << YAML::Value
         << holders.front().jurisdiction;
    std::vector<std::string> office_aliases;
    for (const auto& term : holders) {
      for (const auto& alias : term.office_aliases) {
        if (std::find(office_aliases.begin(), office_aliases.end(), alias) ==
            office_aliases.end()) {
          office_aliases.push_back(alias);
        }
      }
    }
    if (!office_aliases.empty()) {
      yaml << YAML::Key << "aliases" << YAML::Value << YAML::Flow << office_aliases;
    }
    if (!adjectives.empty()) {
      yaml << YAML::Key << "adjectives" << YAML::Value << YAML::Flow << adjectives;
    }
    yaml << YAML::Key << "holders" << YAML::Value << YAML::BeginSeq;
    for (const auto& term : holders) {
      yaml << YAML::Flow << YAML::BeginMap << YAML::Key << "name" << YAML::Value << term.name
           << YAML::Key << "from" << YAML::Value << term.from;
      if (!term.to.empty()) yaml << YAML::Key << "to" << YAML::Value << term.to;
      yaml << YAML::EndMap;
    }
    yaml << YAML::EndSeq << YAML::EndMap;
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
