// Finds the checkable prose of an article: the text of paragraphs, headings,
// list items and table cells, without front matter, code, raw HTML, HTML
// comments, images, or link targets. Offsets always refer to the file's bytes.
#ifndef FACTCHECK_CORE_DOCUMENT_PROSE_H_
#define FACTCHECK_CORE_DOCUMENT_PROSE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace factcheck {

// A run of prose bytes [begin, end) in the original text. `break_before`
// says that something not copied (a line break, a code span, an image) stood
// between it and the previous piece, so the two must not be glued together.
struct ProsePiece {
  std::uint32_t begin;
  std::uint32_t end;
  bool break_before;
};

// One block of prose (a paragraph, a heading, a cell): sentences never cross
// blocks.
using ProseBlock = std::vector<ProsePiece>;

// Markdown (CommonMark with GitHub tables, strikethrough and task lists),
// parsed with md4c from `body_offset` on. A body of plain paragraphs (most
// news copy) is read without md4c, to the same blocks (PlainParagraphs).
std::vector<ProseBlock> MarkdownProse(std::string_view text, std::size_t body_offset);

// Plain text from `body_offset` on. A file with a line longer than 100 bytes
// is taken as one paragraph per line (text pasted from an editor); otherwise
// lines are hard-wrapped, paragraphs are separated by blank lines, and a line
// that opens a paragraph, lacks closing punctuation and ends well short of
// the wrap width (the longest line) even with the next word added is a
// heading.
std::vector<ProseBlock> PlainTextProse(std::string_view text, std::size_t body_offset);

namespace internal {

// md4c's reading of the body alone, as MarkdownProse without its fast path.
std::vector<ProseBlock> Md4cProse(std::string_view text, std::size_t body_offset);

// The blocks md4c would give a body of plain paragraphs: lines of text
// without inline markup (no escapes, code spans, emphasis, links, entities,
// strikethrough or table pipes; raw HTML only as simple tags such as
// "<Texaco Inc>") and no line that opens a block other than a paragraph.
// False, with `blocks` unspecified, for any other body: md4c reads it.
bool PlainParagraphs(std::string_view text, std::size_t body_offset,
                     std::vector<ProseBlock>* blocks);

}  // namespace internal
}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_PROSE_H_
