// `factcheck reference status`: how far the office-holder reference data
// reaches — per file, the offices and terms, the day from which every holder
// is listed, the day it was last checked and how long ago, the terms still
// open — and warnings for data that declares no coverage or was checked
// long ago, since claims after that day about its offices need verification.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "reference/office_holders.h"

namespace factcheck {
namespace {

namespace ref = factcheck::reference;
using namespace std::chrono;

// Data older than this is reported as stale: a cabinet changes in months.
constexpr days kStale{180};

struct FileStatus {
  std::size_t offices = 0;
  std::size_t terms = 0;
  std::size_t open = 0;  // Terms with no end.
};

std::string Column(const std::string& text, std::size_t width) {
  return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

int Status(const std::vector<std::string>& paths) {
  ref::OfficeHolders reference;
  for (const auto& path : paths) reference.Load(path);
  reference.Finish();
  std::vector<FileStatus> files(reference.files().size());
  for (std::uint32_t o = 0; o < reference.offices().size(); ++o) {
    const auto& office = reference.offices()[o];
    FileStatus& file = files[office.source.file];
    ++file.offices;
    file.terms += office.holders.size();
    for (const auto& holding : office.holders) file.open += holding.to ? 0 : 1;
  }
  const Days today = floor<days>(system_clock::now());
  std::size_t width = 5;
  for (const auto& name : reference.files()) width = std::max(width, name.size() + 1);
  std::cout << Column("file", width) << Column("offices", 8) << Column("terms", 7)
            << Column("open", 6) << Column("complete from", 15) << "checked\n";
  std::vector<std::string> warnings;
  for (std::uint32_t f = 0; f < files.size(); ++f) {
    const std::string& name = reference.files()[f];
    const ref::Coverage& coverage = reference.FileCoverage(f);
    std::string checked = "-";
    if (coverage.checked) {
      const auto age = (today - coverage.checked->first).count();
      checked = coverage.checked->text + " (" + std::to_string(age) + " days ago)";
      if (today - coverage.checked->first > kStale && files[f].open > 0) {
        warnings.push_back(name + " was last checked " + std::to_string(age) +
                           " days ago: claims after " + coverage.checked->text +
                           " about its offices need verification until it is checked again");
      }
    } else if (files[f].offices > 0) {
      warnings.push_back(name +
                         " declares no coverage (`coverage: {checked: YYYY-MM-DD}`): its "
                         "open terms are taken as lasting to any date");
    }
    std::cout << Column(name, width) << Column(std::to_string(files[f].offices), 8)
              << Column(std::to_string(files[f].terms), 7)
              << Column(std::to_string(files[f].open), 6)
              << Column(coverage.complete_from ? coverage.complete_from->text : "-", 15) << checked
              << "\n";
  }
  std::cout.flush();
  for (const auto& warning : warnings) std::cerr << "warning: " << warning << "\n";
  return 0;
}

}  // namespace

void AddReferenceStatusCommand(CLI::App* reference, CommandAction* run) {
  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* status = reference->add_subcommand(
      "status", "Show how far office-holder reference files reach and when they were checked");
  status->add_option("files", *files, "Reference YAML files (merged)")
      ->required()
      ->check(CLI::ExistingFile);
  status->callback([run, files] { *run = [files] { return Status(*files); }; });
}

}  // namespace factcheck
