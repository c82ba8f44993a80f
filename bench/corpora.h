// The real news corpora the injection benchmark reads from
// ../shared/data: Reuters-21578 (SGML, 1987, dated stories) and the BBC
// 2004-2005 articles (one plain-text story per file, undated).
#ifndef FACTCHECK_BENCH_CORPORA_H_
#define FACTCHECK_BENCH_CORPORA_H_

#include <filesystem>
#include <string>
#include <vector>

namespace factcheck::bench {

struct Article {
  std::string path;  // "reuters/127.md", "bbc/business/001.txt": .md or .txt decides the format.
  std::string text;  // Markdown with `date:` front matter, or plain text.
};

// Every story with a body in the Reuters-21578 SGML files of `dir`, as
// Markdown with its date in the front matter (the way
// tools/reuters_to_markdown.py writes them).
std::vector<Article> ReadReuters(const std::filesystem::path& dir);

// Every .txt file under `dir`, by path.
std::vector<Article> ReadTextFiles(const std::filesystem::path& dir, const std::string& prefix);

}  // namespace factcheck::bench

#endif  // FACTCHECK_BENCH_CORPORA_H_
