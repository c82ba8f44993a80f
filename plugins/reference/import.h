// Turns real-world sources into office-holder reference YAML: a spreadsheet
// exported as CSV (with a column mapping and a date format), or the JSON
// results of a Wikidata SPARQL query for "position held" statements.
#ifndef FACTCHECK_PLUGINS_REFERENCE_IMPORT_H_
#define FACTCHECK_PLUGINS_REFERENCE_IMPORT_H_

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "common/partial_date.h"

namespace factcheck::reference {

// One imported term, before grouping into offices.
struct ImportedTerm {
  std::string name;
  std::string title;
  std::string jurisdiction;
  std::string from;    // YYYY-MM-DD (or shorter).
  std::string to;      // Empty: still in office.
  std::string origin;  // "file.csv:12", for warnings.
  // The person's other names in the source ("Lord Blunkett" for a term of
  // "David Blunkett"): written as the person's aliases.
  std::vector<std::string> aliases;
  // Set when the source tells offices of one title apart ("Minister of
  // State" at each department): part of the office's id.
  std::string office_key;
  // Other names of the office, from a title map ("Home Office Secretary").
  std::vector<std::string> office_aliases;
  // The id of the preferred data's office this term adds to (see DeferTo):
  // written as that office, with `extends: true`.
  std::string extends;
};

struct CsvMapping {
  std::string name_column;
  std::string title_column;  // Or a fixed `title`.
  std::string title;
  std::string jurisdiction_column;  // Or a fixed `jurisdiction`.
  std::string jurisdiction;
  // A column with the date, or the columns of its year, month and day
  // separated by commas ("syear,smonth,sdate"; month and day optional).
  std::string from_column;
  std::string to_column;
  std::string date_format = "%Y-%m-%d";  // strptime (ISO may be partial); %y pivots at 1969.
  std::vector<std::string> open_values;  // End values meaning "still in office".
  // Replace a column's value through another CSV: "column=file.csv:key:value",
  // or "column=file.csv:key:value:from:to" when the other CSV gives each
  // value the dates it held (a person's names over time): the value in use
  // on the term's start is taken, and for the name column the others become
  // the person's aliases.
  std::vector<std::string> lookups;
  // A column (read before lookups) whose value keys the office together
  // with the title: offices of one title in several departments stay apart.
  std::string office_key_column;
  // A CSV with the columns formal, title and aliases (separated by ';'):
  // a source's formal post name and the title (and other names) the press
  // uses. A mapped post is one office under that title, whatever the
  // office key.
  std::string title_map;
  std::vector<std::string> only_titles;  // Keep only these titles (empty: all).
  // Keep only the posts the title map names (a source's cabinet posts out of
  // every junior post).
  bool only_mapped = false;
};

// What the written file says about itself besides its terms.
struct ImportHeader {
  std::string note;                     // The comment at the top.
  std::string source;                   // Every office's `source:`, if given.
  std::string checked;                  // `coverage: checked`, if given.
  std::string complete_from;            // `coverage: complete_from`, if given.
  std::vector<std::string> adjectives;  // Every office's adjectives.
};

// The records of a CSV file, the header first: quoted fields may hold
// commas, doubled quotes and line breaks; a spreadsheet's byte order mark is
// skipped. Throws Error when the file cannot be read.
std::vector<std::vector<std::string>> ReadCsv(const std::string& path);

// Reads terms from a CSV file. Rows whose dates do not parse are skipped
// with a warning. Throws Error for a missing column or unreadable file.
std::vector<ImportedTerm> ImportCsv(const std::string& path, const CsvMapping& mapping,
                                    std::vector<std::string>* warnings);

// Reads terms from SPARQL JSON results with the variables personLabel,
// positionLabel, start, end (optional) and jurisdictionLabel (optional).
std::vector<ImportedTerm> ImportSparqlJson(const std::string& path,
                                           std::vector<std::string>* warnings);

// Reads the congress-legislators project's YAML (github.com/unitedstates/
// congress-legislators): the presidents' and vice presidents' terms of
// executive.yaml, and the leadership roles of legislators*.yaml ("Speaker of
// the House", "Senate Majority Leader"), in the United States. A person is
// named as the press names them: the nickname or the official full name if
// the source gives one ("Bill Clinton"), else the first name, the initials
// of the middle names and the last name ("Harry S. Truman"), with the middle
// names written out as an alias ("John Quincy Adams"). The title map and
// `only_mapped` of `mapping` apply as for a CSV. Throws Error for a file
// that is not such YAML.
std::vector<ImportedTerm> ImportCongressLegislators(const std::string& path,
                                                    const CsvMapping& mapping,
                                                    std::vector<std::string>* warnings);

class OfficeHolders;

// Leaves out the terms that `preferred` (hand-curated data) already gives:
// an office of the same jurisdiction and title (or alias) with a holder on
// one of the term's days. Where that holder has another surname, a warning
// names both records. The terms kept for such an office are marked to
// extend it. Returns how many terms were left out.
// A term that shares up to a month with a preferred one at its start or
// end (a handover the sources date apart) is trimmed instead. An open term
// of the import is taken to run to `open_until` (its source's check).
std::size_t DeferTo(const OfficeHolders& preferred, std::optional<Days> open_until,
                    std::vector<ImportedTerm>* terms, std::vector<std::string>* warnings);

// Groups terms into offices (id: jurisdiction.title, slugged), sorts holders,
// joins a person's terms that follow each other in one office (re-elected,
// re-appointed), trims a term that overlaps the next one in the same office
// (with a warning), and writes the reference YAML.
void WriteReferenceYaml(std::vector<ImportedTerm> terms, const ImportHeader& header,
                        std::ostream& out, std::vector<std::string>* warnings);

}  // namespace factcheck::reference

#endif  // FACTCHECK_PLUGINS_REFERENCE_IMPORT_H_
