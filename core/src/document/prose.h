// Finds the checkable prose of an article: the text of paragraphs, headings,
// list items and table cells, without front matter, code, raw HTML, HTML
// comments, images, or link targets. Offsets always refer to the file's bytes.
#ifndef FACTCHECK_CORE_DOCUMENT_PROSE_H_
#define FACTCHECK_CORE_DOCUMENT_PROSE_H_

#include <cstddef>
#include <cstdint>
#include <span>
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

// The blocks of prose of a text (a paragraph, a heading, a cell: sentences
// never cross blocks), every block's pieces in one array, so that a document
// reuses the last one's storage instead of allocating a vector per block.
class ProseBlocks {
 public:
  std::size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  // Block i's pieces, in order.
  std::span<const ProsePiece> operator[](std::size_t i) const {
    const std::uint32_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::span<const ProsePiece>(pieces_).subspan(begin, ends_[i] - begin);
  }
  void clear() {
    pieces_.clear();
    ends_.clear();
  }

  // Building, a block at a time: pieces go to the open block, which
  // EndBlock closes (a block without pieces is none).
  void Add(const ProsePiece& piece) { pieces_.push_back(piece); }
  // The open block's last piece, or null when it has none yet.
  ProsePiece* LastOpen() { return pieces_.size() > OpenBegin() ? &pieces_.back() : nullptr; }
  void EndBlock() {
    if (pieces_.size() > OpenBegin()) ends_.push_back(static_cast<std::uint32_t>(pieces_.size()));
  }

  // Frees the storage a very long text left, rather than holding it while
  // the document is checked.
  void ShrinkIfLarge() {
    if (pieces_.capacity() > (1u << 16)) *this = ProseBlocks();  // Never fewer pieces than ends.
  }

 private:
  std::size_t OpenBegin() const { return ends_.empty() ? 0 : ends_.back(); }

  std::vector<ProsePiece> pieces_;
  std::vector<std::uint32_t> ends_;  // Per block, one past its last piece.
};

// Markdown (CommonMark with GitHub tables, strikethrough and task lists),
// parsed with md4c from `body_offset` on, into `out` (cleared first). A body
// of plain paragraphs (most news copy) is read without md4c, to the same
// blocks (PlainParagraphs).
void MarkdownProse(std::string_view text, std::size_t body_offset, ProseBlocks* out);

// Plain text from `body_offset` on, into `out` (cleared first). A file with
// a line longer than 100 bytes is taken as one paragraph per line (text
// pasted from an editor); otherwise lines are hard-wrapped, paragraphs are
// separated by blank lines, and a line that opens a paragraph, lacks closing
// punctuation and ends well short of the wrap width (the longest line) even
// with the next word added is a heading.
void PlainTextProse(std::string_view text, std::size_t body_offset, ProseBlocks* out);

namespace internal {

// md4c's reading of the body alone, as MarkdownProse without its fast path,
// into `out` (cleared first).
void Md4cProse(std::string_view text, std::size_t body_offset, ProseBlocks* out);

// The blocks md4c would give a body of plain paragraphs: lines of text
// without inline markup (no escapes, code spans, emphasis, links, entities,
// strikethrough or table pipes; raw HTML only as simple tags such as
// "<Texaco Inc>", one that goes on to the next line among them) and no line
// that opens a block other than a paragraph or an indented code block (no
// prose: a wire story's indented table).
// False, with `blocks` unspecified, for any other body: md4c reads it.
bool PlainParagraphs(std::string_view text, std::size_t body_offset, ProseBlocks* blocks);

}  // namespace internal
}  // namespace factcheck

#endif  // FACTCHECK_CORE_DOCUMENT_PROSE_H_
