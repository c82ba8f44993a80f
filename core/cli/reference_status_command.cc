// `factcheck reference status`: how far the office-holder reference data
// reaches — per file, the offices and terms, the day from which every holder
// is listed, the day it was last checked and how long ago, the terms still
// open — and warnings for data that declares no coverage or was checked
// long ago, since claims after that day about its offices need verification.
// With --offices, the same per jurisdiction and office, with the holder on a
// day (--as-of, default today).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <tuple>

#include "commands.h"
#include "common/partial_date.h"
#include "factcheck/error.h"
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

struct StatusArgs {
  std::vector<std::string> files;
  bool offices = false;
  std::string as_of;  // YYYY-MM-DD; empty: today.
};

// Who held `office` on `day`, as the data can tell.
std::string HolderOn(const ref::OfficeHolders& reference, const ref::Office& office, Days day) {
  for (const auto& holding : office.holders) {
    const std::string name(reference.people()[holding.person].name);
    if (holding.SurelyHeldOn(day, day)) return name;
    if (!holding.to && holding.known_until && holding.from.last <= day) {
      return "unknown (" + name + " until at least " + FormatDay(*holding.known_until) + ")";
    }
  }
  return "none listed";
}

// One line per office, sorted by jurisdiction and title.
int OfficeStatus(const ref::OfficeHolders& reference, Days day) {
  std::vector<const ref::Office*> offices;
  for (const auto& office : reference.offices()) offices.push_back(&office);
  std::sort(offices.begin(), offices.end(), [](const ref::Office* a, const ref::Office* b) {
    return std::tie(a->jurisdiction, a->title, a->id) < std::tie(b->jurisdiction, b->title, b->id);
  });
  std::cout << Column("jurisdiction", 20) << Column("office", 36) << Column("terms", 6)
            << Column("complete from", 14) << Column("checked", 11) << "holder on "
            << FormatDay(day) << "\n";
  for (const ref::Office* office : offices) {
    std::optional<Days> checked;  // The latest of its files'.
    for (const auto& holding : office->holders) {
      const auto& file = reference.FileCoverage(holding.source.file).checked;
      if (file && (!checked || file->first > *checked)) checked = file->first;
    }
    std::cout << Column(office->jurisdiction, 20) << Column(office->title, 36)
              << Column(std::to_string(office->holders.size()), 6)
              << Column(office->complete_from ? office->complete_from->text() : "-", 14)
              << Column(checked ? FormatDay(*checked) : "-", 11)
              << HolderOn(reference, *office, day) << "\n";
  }
  return 0;
}

int Status(const StatusArgs& args) {
  ref::OfficeHolders reference;
  for (const auto& path : args.files) reference.Load(path);
  reference.Finish();
  if (args.offices) {
    const auto day = args.as_of.empty() ? std::optional<Days>(floor<days>(system_clock::now()))
                                        : ParseDay(args.as_of);
    if (!day) throw Error("--as-of '" + args.as_of + "' is not a day (YYYY-MM-DD)");
    return OfficeStatus(reference, *day);
  }
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
      checked = coverage.checked->text() + " (" + std::to_string(age) + " days ago)";
      if (today - coverage.checked->first > kStale && files[f].open > 0) {
        warnings.push_back(name + " was last checked " + std::to_string(age) +
                           " days ago: claims after " + coverage.checked->text() +
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
              << Column(coverage.complete_from ? coverage.complete_from->text() : "-", 15)
              << checked << "\n";
  }
  std::cout.flush();
  for (const auto& warning : warnings) std::cerr << "warning: " << warning << "\n";
  return 0;
}

}  // namespace

void AddReferenceStatusCommand(CLI::App* reference, CommandAction* run) {
  auto args = std::make_shared<StatusArgs>();
  CLI::App* status = reference->add_subcommand(
      "status", "Show how far office-holder reference files reach and when they were checked");
  status->add_option("files", args->files, "Reference YAML files (merged)")
      ->required()
      ->check(CLI::ExistingFile);
  status->add_flag("--offices", args->offices,
                   "One line per jurisdiction and office, with the holder on a day");
  status->add_option("--as-of", args->as_of, "With --offices: the day (default today)");
  status->callback([run, args] { *run = [args] { return Status(*args); }; });
}

}  // namespace factcheck
