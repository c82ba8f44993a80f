// How fast the host turns article bytes into a Document (UTF-8 check, front
// matter, Markdown prose, ICU sentences), before any plugin runs.
//
//   build/bin/document_bench
//   FACTCHECK_BENCH_CORPUS=/tmp/reuters-md build/bin/document_bench
//
// The second form also reads every .md/.txt file of a folder (for example
// the Reuters articles made by ../shared/tools/reuters_to_markdown.py) and
// reports bytes per second over the whole corpus.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "document/document_loader.h"
#include "run/inputs.h"
#include "run/session.h"

namespace factcheck {
namespace {

// About 1 MB of news-like Markdown in articles of about 2 KB.
std::vector<std::pair<std::string, std::string>> SyntheticArticles() {
  const std::string paragraph =
      "Treasury Secretary James Baker said on Tuesday that the U.S. would not "
      "intervene in currency markets, and Mr. Baker told reporters the dollar's "
      "fall was orderly. Prime Minister Yasuhiro Nakasone, speaking in Tokyo, "
      "said Japan would stimulate domestic demand. The central bank cut its "
      "discount rate to 2.5 pct from 3.0 pct, the first cut since 1986.\n\n";
  std::vector<std::pair<std::string, std::string>> articles;
  for (int i = 0; i < 500; ++i) {
    std::string text = "---\ntitle: \"Article " + std::to_string(i) + "\"\ndate: 1987-03-0" +
                       std::to_string(1 + i % 9) + "\n---\n";
    while (text.size() < 2000) text += paragraph;
    articles.emplace_back("article" + std::to_string(i) + ".md", std::move(text));
  }
  return articles;
}

// Argument 1: with tokens, as a run of the built-in checkers builds it (and
// the host's answers to the tagger's sentence filter).
void RunOver(benchmark::State& state,
             const std::vector<std::pair<std::string, std::string>>& articles) {
  DocumentOptions options;
  if (state.range(0) != 0) {
    std::vector<ActivePlugin> plugins(1);
    plugins[0].description.add_annotations(v1::ANNOTATION_TIME_EXPRESSIONS);
    plugins[0].description.add_annotations(v1::ANNOTATION_TOKENS);
    SetAnnotations(plugins, &options);
  }
  std::size_t bytes = 0, sentences = 0;
  for (auto _ : state) {
    for (const auto& [path, text] : articles) {
      LoadedDocument loaded = BuildDocument(path, text, options);
      sentences += loaded.document.sentences_size();
      bytes += text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["sentences"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}

void BM_BuildDocumentSynthetic(benchmark::State& state) {
  static const auto articles = SyntheticArticles();
  RunOver(state, articles);
}
BENCHMARK(BM_BuildDocumentSynthetic)
    ->ArgName("tokens")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond);

void BM_BuildDocumentCorpus(benchmark::State& state) {
  static const auto articles = [] {
    std::vector<std::pair<std::string, std::string>> out;
    for (const std::string_view path : ExpandInputs({std::getenv("FACTCHECK_BENCH_CORPUS")})) {
      std::ifstream in(std::string(path), std::ios::binary);
      std::stringstream buffer;
      buffer << in.rdbuf();
      out.emplace_back(path, buffer.str());
    }
    return out;
  }();
  RunOver(state, articles);
}
}  // namespace
}  // namespace factcheck

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (std::getenv("FACTCHECK_BENCH_CORPUS") != nullptr) {
    benchmark::RegisterBenchmark("BM_BuildDocumentCorpus", factcheck::BM_BuildDocumentCorpus)
        ->ArgName("tokens")
        ->Arg(0)
        ->Arg(1)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
