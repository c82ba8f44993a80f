#include "front_matter.h"

#include <yaml-cpp/yaml.h>

#include "factcheck/error.h"

namespace factcheck {
namespace {

// The length of the line starting at `pos` including its line break, and
// whether its content (without the break) equals `fence`.
bool LineIs(std::string_view text, std::size_t pos, std::string_view fence,
            std::size_t* line_end) {
  std::size_t end = text.find('\n', pos);
  std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
  if (end == std::string_view::npos) end = text.size();
  std::string_view content = text.substr(pos, end - pos);
  if (!content.empty() && content.back() == '\r') content.remove_suffix(1);
  while (!content.empty() && (content.back() == ' ' || content.back() == '\t'))
    content.remove_suffix(1);
  *line_end = next;
  return content == fence;
}

}  // namespace

FrontMatter ParseFrontMatter(const std::string& path, std::string_view text) {
  FrontMatter result;
  std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  std::size_t pos;
  if (!LineIs(text, start, "---", &pos)) return result;
  const std::size_t yaml_begin = pos;
  while (pos < text.size()) {
    std::size_t next;
    if (LineIs(text, pos, "---", &next) || LineIs(text, pos, "...", &next)) {
      std::string yaml(text.substr(yaml_begin, pos - yaml_begin));
      YAML::Node root;
      try {
        root = YAML::Load(yaml);
      } catch (const YAML::Exception& e) {
        throw LocatedError(path, static_cast<unsigned>(e.mark.line) + 2,
                           static_cast<unsigned>(e.mark.column) + 1,
                           "front matter is not valid YAML: " + e.msg);
      }
      if (root.IsDefined() && !root.IsNull() && !root.IsMap()) {
        throw LocatedError(path, 2, 1, "front matter must be a YAML mapping");
      }
      if (root.IsMap()) {
        for (const auto& entry : root) {
          if (!entry.first.IsScalar() || !entry.second.IsScalar()) continue;
          const YAML::Mark mark = entry.second.Mark();
          result.scalars[entry.first.Scalar()] = {
              entry.second.Scalar(), static_cast<unsigned>(mark.line) + 2,
              static_cast<unsigned>(mark.column) + 1};
        }
      }
      result.body_offset = next;
      return result;
    }
    pos = next;
  }
  return result;  // Never closed: an ordinary "---" line, not front matter.
}

}  // namespace factcheck
