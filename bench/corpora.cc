#include "corpora.h"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <sstream>

namespace factcheck::bench {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Latin1ToUtf8(const std::string& in) {
  std::string out;
  out.reserve(in.size());
  for (unsigned char c : in) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

// The text between <tag> and </tag> inside [from, to), or nothing.
std::string Element(const std::string& s, std::size_t from, std::size_t to,
                    const std::string& tag) {
  const std::size_t open = s.find("<" + tag + ">", from);
  if (open == std::string::npos || open >= to) return "";
  const std::size_t begin = open + tag.size() + 2;
  const std::size_t close = s.find("</" + tag + ">", begin);
  if (close == std::string::npos || close > to) return "";
  return s.substr(begin, close - begin);
}

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  for (std::size_t at = s->find(from); at != std::string::npos;
       at = s->find(from, at + to.size())) {
    s->replace(at, from.size(), to);
  }
}

std::string Unescape(std::string s) {
  ReplaceAll(&s, "&lt;", "<");
  ReplaceAll(&s, "&gt;", ">");
  ReplaceAll(&s, "&quot;", "\"");
  ReplaceAll(&s, "&#3;", "");
  ReplaceAll(&s, "&amp;", "&");
  return s;
}

// "26-FEB-1987 15:01:01.79" -> "1987-02-26".
std::string IsoDate(const std::string& date) {
  std::tm tm{};
  std::istringstream in(date);
  in >> std::get_time(&tm, "%d-%b-%Y");
  if (in.fail()) return "";
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return out;
}

std::string Trim(const std::string& s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

}  // namespace

std::vector<Article> ReadReuters(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".sgm") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Article> articles;
  for (const fs::path& file : files) {
    const std::string s = Latin1ToUtf8(ReadAll(file));
    for (std::size_t at = s.find("<REUTERS"); at != std::string::npos;
         at = s.find("<REUTERS", at + 1)) {
      const std::size_t end = s.find("</REUTERS>", at);
      if (end == std::string::npos) break;
      const std::size_t id_at = s.find("NEWID=\"", at);
      if (id_at == std::string::npos || id_at > end) continue;
      const std::string id = s.substr(id_at + 7, s.find('"', id_at + 7) - id_at - 7);
      const std::string date = IsoDate(Trim(Element(s, at, end, "DATE")));
      std::string body = Element(s, at, end, "BODY");
      if (date.empty() || body.empty()) continue;
      body = Unescape(body);
      ReplaceAll(&body, "\x03", "");
      ReplaceAll(&body, " Reuter\n", "\n");
      articles.push_back(
          {"reuters/" + id + ".md",
           "---\ndate: " + date + "\nsource: Reuters-21578\n---\n" + Trim(body) + "\n"});
    }
  }
  return articles;
}

std::vector<Article> ReadTextFiles(const fs::path& dir, const std::string& prefix) {
  std::vector<Article> articles;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    articles.push_back({prefix + fs::relative(entry.path(), dir).string(), ReadAll(entry.path())});
  }
  std::sort(articles.begin(), articles.end(),
            [](const Article& a, const Article& b) { return a.path < b.path; });
  return articles;
}

}  // namespace factcheck::bench
