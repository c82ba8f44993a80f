// Scale of the office-holders checker: generates reference data with
// 1,000,000 holder records (10,000 offices x 100 terms, a million people),
// then reports load time, peak memory, and check time per article.
//
//   build/bin/office_holders_bench [RECORDS]
//   FACTCHECK_BENCH_CORPUS=/tmp/reuters-md build/bin/office_holders_bench
//   build/bin/office_holders_bench --index FILE   (load a compiled index alone,
//                                                 then time the check with it)
//
// It also compiles the data it loaded into an index (`factcheck reference
// compile`) and prints the command that times loading it in a process of
// its own, so that peak memory is the index's alone.
//
// With a corpus folder it also checks every article of it against the
// generated data plus the bundled data, and reports MB/s on one core.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "config/paths.h"
#include "document/document_loader.h"
#include "office_holders/check_document.h"
#include "reference/office_holders.h"
#include "run/inputs.h"

namespace factcheck::office_holders {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

long PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

void Generate(const fs::path& path, long records) {
  std::ofstream out(path);
  const long per_office = 100;
  out << "offices:\n";
  for (long o = 0; o * per_office < records; ++o) {
    out << "  - id: c" << o % 200 << ".office-" << o << "\n    title: Minister for Portfolio " << o
        << "\n    jurisdiction: Country " << o % 200 << "\n    adjectives: [Countrian" << o % 200
        << "]\n    holders:\n";
    for (long h = 0; h < per_office && o * per_office + h < records; ++h) {
      const long id = o * per_office + h;
      const int year = 1900 + static_cast<int>(h);
      out << "      - {name: Given" << id % 5000 << " Family" << id << ", from: " << year
          << "-01-01, to: " << year + 1 << "-01-01}\n";
    }
  }
}

// The plugin builds its check once per configuration, as here.
std::size_t Check(const OfficeHoldersCheck& check, const v1::Document& document) {
  v1::CheckResponse response;
  check.Check(document, &response);
  return static_cast<std::size_t>(response.findings_size());
}

// Times the check of a typical article: names from the bundled data and the
// generated data.
void CheckArticle(const OfficeHoldersCheck& check) {
  std::string article = "---\ndate: 1950-06-15\n---\n";
  for (int i = 0; i < 20; ++i) {
    article += "Minister for Portfolio " + std::to_string(i * 37) + " Given" +
               std::to_string((i * 3700 + 50) % 5000) + " Family" + std::to_string(i * 3700 + 50) +
               " met Israeli Prime Minister Benjamin "
               "Netanyahu and the finance minister on Tuesday. Officials said the talks, "
               "the first in years, went well and that more would follow.\n\n";
  }
  LoadedDocument loaded = BuildDocument("article.md", article, DocumentOptions{});
  const int runs = 2000;
  std::size_t findings = 0;
  const auto start = Clock::now();
  for (int r = 0; r < runs; ++r) findings += Check(check, loaded.document);
  const double per_article = Seconds(start) / runs;
  std::printf("check: %.1f us per %zu-byte article (%zu findings each), %.1f MB/s\n",
              per_article * 1e6, article.size(), findings / runs,
              article.size() / per_article / 1e6);
}

// Loads a compiled index as a checker does, in this process alone.
int LoadIndex(const std::string& path) {
  const long rss_before = PeakRssMiB();
  auto start = Clock::now();
  reference::OfficeHolders reference;
  reference.Load(path);
  const double load = Seconds(start);
  start = Clock::now();
  reference.Finish();
  const double finish = Seconds(start);
  const auto counts = reference.Counts();
  std::printf(
      "index %s: %zu offices, %zu terms, %zu people: read %.2f s, validate+index %.2f s, "
      "total %.2f s, peak RSS %ld MiB (%ld MiB before loading)\n",
      path.c_str(), counts.offices, counts.holdings, counts.people, load, finish, load + finish,
      PeakRssMiB(), rss_before);
  CheckArticle(OfficeHoldersCheck(reference));
  std::printf("peak RSS after checking: %ld MiB\n", PeakRssMiB());
  return 0;
}

int Main(int argc, char** argv) {
  if (argc > 2 && std::string(argv[1]) == "--index") return LoadIndex(argv[2]);
  const long records = argc > 1 ? std::atol(argv[1]) : 1000000;
  const fs::path dir = fs::temp_directory_path() / "factcheck-bench";
  fs::create_directories(dir);
  const fs::path generated = dir / "holders.yaml";
  auto start = Clock::now();
  Generate(generated, records);
  std::printf("generated %ld holder records (%.1f MB) in %.2f s\n", records,
              fs::file_size(generated) / 1e6, Seconds(start));

  const long rss_before = PeakRssMiB();
  start = Clock::now();
  reference::OfficeHolders reference;
  std::vector<std::string> sources = {generated.string()};
  for (const auto& entry : fs::directory_iterator(fs::path(DefaultConfigPath()).parent_path() /
                                                  "reference" / "office-holders")) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") {
      sources.push_back(entry.path().string());
    }
  }
  for (const auto& source : sources) reference.Load(source);
  const double load = Seconds(start);
  start = Clock::now();
  reference.Finish();
  const double finish = Seconds(start);
  const auto counts = reference.Counts();
  const OfficeHoldersCheck check(reference);
  std::printf(
      "loaded %zu offices, %zu terms, %zu people: read %.2f s, validate+index %.2f s, "
      "peak RSS %ld MiB (%ld MiB before loading)\n",
      counts.offices, counts.holdings, counts.people, load, finish, PeakRssMiB(), rss_before);
  start = Clock::now();
  const fs::path index = dir / "holders.fcidx";
  {
    std::ofstream out(index, std::ios::binary);
    out << reference.Compile(sources);
  }
  std::printf("compiled %s (%.1f MB) in %.2f s; time loading it: %s --index %s\n", index.c_str(),
              fs::file_size(index) / 1e6, Seconds(start), argv[0], index.c_str());

  CheckArticle(check);

  if (const char* corpus = std::getenv("FACTCHECK_BENCH_CORPUS")) {
    std::vector<LoadedDocument> documents;
    std::size_t bytes = 0;
    for (const std::string_view path : ExpandInputs({corpus})) {
      std::ifstream in(std::string(path), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      bytes += buffer.str().size();
      documents.push_back(BuildDocument(std::string(path), buffer.str(), DocumentOptions{}));
    }
    start = Clock::now();
    std::size_t total = 0;
    for (const auto& document : documents) total += Check(check, document.document);
    const double seconds = Seconds(start);
    std::printf("corpus: %zu articles, %.1f MB, %zu findings, checker alone %.2f s = %.1f MB/s\n",
                documents.size(), bytes / 1e6, total, seconds, bytes / seconds / 1e6);
  }
  fs::remove(generated);
  return 0;
}

}  // namespace
}  // namespace factcheck::office_holders

int main(int argc, char** argv) { return factcheck::office_holders::Main(argc, argv); }
