// `factcheck reference check|import`: validating office-holder reference files
// and importing them from spreadsheets and Wikidata.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "base/atomic_file.h"
#include "commands.h"
#include "factcheck/error.h"
#include "reference/import.h"
#include "reference/office_holders.h"

namespace factcheck {
namespace {

namespace ref = factcheck::reference;

struct ImportArgs {
  std::string format;  // csv | wikidata | congress
  std::string input;
  std::string output;
  ref::CsvMapping mapping;
  ref::ImportHeader header;
  std::vector<std::string> defer_to;  // Preferred reference files.
};

std::string CountsLine(const ref::ReferenceCounts& counts) {
  return std::to_string(counts.files) + (counts.files == 1 ? " file: " : " files: ") +
         std::to_string(counts.offices) + " offices, " + std::to_string(counts.holdings) +
         " terms, " + std::to_string(counts.people) + " people, " +
         std::to_string(counts.jurisdictions) + " jurisdictions";
}

int Check(const std::vector<std::string>& files) {
  ref::OfficeHolders reference;
  for (const auto& file : files) reference.Load(file);
  reference.Finish();
  std::cout << "ok: " << CountsLine(reference.Counts()) << "\n";
  // Files merged for one run must agree on who held an office when.
  for (const auto& disagreement : reference.Disagreements()) {
    std::cerr << "warning: the files disagree: " << disagreement << "\n";
  }
  return 0;
}

int Import(const ImportArgs& args) {
  std::vector<std::string> warnings;
  std::vector<ref::ImportedTerm> terms =
      args.format == "csv" ? ref::ImportCsv(args.input, args.mapping, &warnings)
      : args.format == "congress"
          ? ref::ImportCongressLegislators(args.input, args.mapping, &warnings)
          : ref::ImportSparqlJson(args.input, &warnings);
  if (!args.defer_to.empty()) {
    ref::OfficeHolders preferred;
    for (const auto& file : args.defer_to) preferred.Load(file);
    preferred.Finish();
    const auto checked = ref::ParsePartialDate(args.header.checked);
    const std::size_t left_out = ref::DeferTo(
        preferred, checked ? std::optional<Days>(checked->first) : std::nullopt, &terms, &warnings);
    std::cerr << left_out << " terms left out: the preferred files give them\n";
  }
  const std::size_t count = terms.size();
  ref::ImportHeader header = args.header;
  const std::string imported = "imported by `factcheck reference import " + args.format +
                               "` from " + std::filesystem::path(args.input).filename().string();
  header.note = header.note.empty() ? imported : header.note + "\n" + imported;
  std::ostringstream yaml;
  ref::WriteReferenceYaml(std::move(terms), header, yaml, &warnings);
  for (const auto& warning : warnings) std::cerr << "warning: " << warning << "\n";
  if (args.output.empty()) {
    std::cout << yaml.str();
    return 0;
  }
  WriteFileAtomically(args.output, yaml.str());
  // What was written must load: check it as `reference check` would.
  ref::OfficeHolders reference;
  reference.Load(args.output);
  reference.Finish();
  std::cerr << "wrote " << args.output << ": " << count << " terms imported, " << warnings.size()
            << " warnings; " << CountsLine(reference.Counts()) << "\n";
  return 0;
}

// Compiles office-holder YAML into an index that loads without parsing.
int Compile(const std::vector<std::string>& files, const std::string& output) {
  ref::OfficeHolders reference;
  std::vector<std::string> sources;
  for (const auto& file : files) {
    reference.Load(file);
    sources.push_back(std::filesystem::absolute(file).lexically_normal().string());
  }
  reference.Finish();  // Refuses what `reference check` refuses.
  const std::string index = reference.Compile(sources);
  WriteFileAtomically(output, index);
  std::cerr << "wrote " << output << " (" << index.size()
            << " bytes): " << CountsLine(reference.Counts()) << "\n";
  return 0;
}

}  // namespace

void AddReferenceCommand(CLI::App& app, CommandAction* run) {
  CLI::App* reference = app.add_subcommand("reference", "Validate or import reference data");
  reference->require_subcommand(1);

  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* check =
      reference->add_subcommand("check", "Validate office-holder reference files and print counts");
  check->add_option("files", *files, "Reference YAML files (merged)")
      ->required()
      ->check(CLI::ExistingFile);
  check->callback([run, files] { *run = [files] { return Check(*files); }; });
  AddReferenceStatusCommand(reference, run);

  auto compile_files = std::make_shared<std::vector<std::string>>();
  auto compile_output = std::make_shared<std::string>();
  CLI::App* compile = reference->add_subcommand(
      "compile",
      "Compile office-holder YAML files into an index that loads without parsing (name it in "
      "`reference:` instead of the files)");
  compile->add_option("files", *compile_files, "Reference YAML files (merged, in this order)")
      ->required()
      ->check(CLI::ExistingFile);
  compile->add_option("-o,--output", *compile_output, "The index to write (atomically)")
      ->required();
  compile->callback([run, compile_files, compile_output] {
    *run = [compile_files, compile_output] { return Compile(*compile_files, *compile_output); };
  });

  auto args = std::make_shared<ImportArgs>();
  CLI::App* import = reference->add_subcommand(
      "import",
      "Turn a CSV spreadsheet, Wikidata SPARQL JSON results or congress-legislators YAML into "
      "reference YAML");
  import->add_option("format", args->format, "csv, wikidata or congress")
      ->required()
      ->check(CLI::IsMember({"csv", "wikidata", "congress"}));
  import->add_option("input", args->input, "The source file")->required()->check(CLI::ExistingFile);
  import->add_option("-o,--output", args->output, "Write here (atomically) instead of stdout");
  auto& h = args->header;
  import->add_option("--adjective", h.adjectives,
                     "Jurisdiction adjective for every office (repeatable)");
  import->add_option("--source", h.source, "The published source every office cites");
  import->add_option("--checked", h.checked,
                     "coverage: the day the source was checked (YYYY-MM-DD)");
  import->add_option("--complete-from", h.complete_from,
                     "coverage: the first day from which the source lists every holder");
  import->add_option("--note", h.note, "A comment for the top of the file");
  import
      ->add_option("--defer-to", args->defer_to,
                   "Reference YAML preferred to the source: its terms are left out of the "
                   "import, with a warning where it names someone else (repeatable)")
      ->check(CLI::ExistingFile);
  auto& m = args->mapping;
  import->add_option("--name", m.name_column, "CSV: column with the person's name");
  import->add_option("--title-column", m.title_column, "CSV: column with the office title");
  import->add_option("--title", m.title, "CSV: one title for every row");
  import->add_option("--jurisdiction-column", m.jurisdiction_column, "CSV: jurisdiction column");
  import->add_option("--jurisdiction", m.jurisdiction, "CSV: one jurisdiction for every row");
  import->add_option("--from", m.from_column,
                     "CSV: column with the start date, or YEAR,MONTH[,DAY] columns");
  import->add_option("--to", m.to_column,
                     "CSV: column with the end date, or YEAR,MONTH[,DAY] columns");
  import->add_option("--date-format", m.date_format, "CSV: strptime format (default %Y-%m-%d)");
  import->add_option("--open-value", m.open_values,
                     "CSV: an end value meaning 'still in office' (repeatable)");
  import->add_option(
      "--lookup", m.lookups,
      "CSV: COLUMN=FILE:KEY_COLUMN:VALUE_COLUMN[:FROM_COLUMN:TO_COLUMN], replace ids "
      "by names, by date when the file dates them (repeatable)");
  import->add_option("--only-title", m.only_titles, "CSV: keep only this title (repeatable)");
  import
      ->add_option("--title-map", m.title_map,
                   "CSV: formal,title,aliases - the titles the press uses for formal post names")
      ->check(CLI::ExistingFile);
  import->add_flag("--only-mapped", m.only_mapped, "Keep only the posts the title map names");
  import->add_option("--office-key", m.office_key_column,
                     "CSV: column (before lookups) that tells offices of one title apart");
  import->callback([run, args] {
    if (args->format == "csv" &&
        (args->mapping.name_column.empty() || args->mapping.from_column.empty())) {
      throw CLI::ValidationError("import csv", "--name and --from are required for CSV");
}
if (args->mapping.only_mapped && args->mapping.title_map.empty()) {
  throw CLI::ValidationError("import", "--only-mapped needs --title-map");
}
for (const auto* date : {&args->header.checked, &args->header.complete_from}) {
  if (!date->empty() && !ref::ParsePartialDate(*date)) {
    throw CLI::ValidationError("import", "'" + *date + "' is not a date (YYYY[-MM[-DD]])");
  }
}
*run = [args] { return Import(*args); };
}  // namespace factcheck
);
}

}  // namespace factcheck
