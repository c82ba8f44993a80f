// Private helpers of the importers: reading a source file, trimming and
// splitting fields, and the title map that gives formal post names the
// titles the press uses.
#ifndef FACTCHECK_PLUGINS_REFERENCE_IMPORT_TEXT_H_
#define FACTCHECK_PLUGINS_REFERENCE_IMPORT_TEXT_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "reference/import.h"

namespace factcheck::reference::import_text {

// The whole file, without a spreadsheet's byte order mark. Throws Error.
std::string ReadAll(const std::string& path);
std::string Trim(std::string text);
std::vector<std::string> Split(const std::string& text, char separator);
// "Secretary of State" -> "secretary-of-state".
std::string Slug(const std::string& text);

// A CSV with the columns formal, title and aliases (separated by ';').
class TitleMap {
 public:
  // Reads `path`; an empty path is a map with no rows. Throws Error.
  explicit TitleMap(const std::string& path);

  // Gives `term` the title (and aliases) the press uses for its formal
  // post name. False when the term is to be left out: `only_mapped` and
  // the map does not name its post.
  bool Apply(ImportedTerm* term, bool only_mapped) const;

 private:
  struct PressTitle {
    std::string title;
    std::vector<std::string> aliases;
  };
  std::unordered_map<std::string, PressTitle> rows_;
};

}  // namespace factcheck::reference::import_text

#endif  // FACTCHECK_PLUGINS_REFERENCE_IMPORT_TEXT_H_
