#include "reference/import_text.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "factcheck/error.h"

namespace factcheck::reference::import_text {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // A spreadsheet's BOM.
  return text;
}

std::string Trim(std::string text) {
  const auto begin = text.find_first_not_of(" \t");
  if (begin == std::string::npos) return {};
  const auto end = text.find_last_not_of(" \t");
  return text.substr(begin, end - begin + 1);
}

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  for (std::size_t end; (end = text.find(separator, begin)) != std::string::npos; begin = end + 1) {
    parts.push_back(text.substr(begin, end - begin));
  }
  parts.push_back(text.substr(begin));
  return parts;
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

TitleMap::TitleMap(const std::string& path) {
  if (path.empty()) return;
  const auto rows = ReadCsv(path);
  if (rows.empty()) throw Error(path + ": empty");
  const auto column = [&](const std::string& name) {
    const auto found = std::find(rows[0].begin(), rows[0].end(), name);
    return found == rows[0].end() ? std::string::npos
                                  : static_cast<std::size_t>(found - rows[0].begin());
  };
  const auto formal = column("formal"), title = column("title"), aliases = column("aliases");
  if (formal == std::string::npos || title == std::string::npos) {
    throw Error(path + ":1: a title map needs the columns formal and title (and aliases)");
  }
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
    rows_[Trim(row[formal])] = std::move(press);
  }
}

bool TitleMap::Apply(ImportedTerm* term, bool only_mapped) const {
  const auto press = rows_.find(term->title);
  if (press == rows_.end()) return !only_mapped;
  term->title = press->second.title;
  term->office_aliases = press->second.aliases;
  term->office_key.clear();  // One office under the press's title.
  return true;
}

}  // namespace factcheck::reference::import_text
