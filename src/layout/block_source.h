#pragma once
// The article as a sequence of blocks to set, each with its style kind and
// styled spans: the title block, lead, body, editor note, footnotes, related
// list and handout extras, in reading order. What the model says, plus the
// presentation the layout asks for (labels such as 摘要, display spacing of
// two-character names); nothing is set or measured here.
#include <cstdint>
#include <string>
#include <vector>

#include "layout/layout_spec.h"
#include "model/article.h"
#include "text/paragraph.h"

namespace paiban::layout {

// A byte range of a block's text.
struct TextRange {
  uint32_t begin = 0, end = 0;
};

// Footnote markers in the text are set at this fraction of the size, raised.
inline constexpr double kFootnoteRefScale = 0.7;

struct BlockSource {
  std::string kind;                // style kind (block_kinds())
  std::vector<text::Span> spans;
  int model_block = -1;            // index into Article::blocks
  int outline_level = -1;          // 0 title, 1 and 2 headings, -1 none
  std::string outline_title;
  bool title_block = false;        // part of the head: set across all columns, kept together
  std::string footnote_label;      // footnote blocks: their marker
  std::vector<TextRange> footnote_refs;  // markers cited in this block (raised)
  std::vector<std::string> footnote_ref_labels;  // parallel to footnote_refs
  std::vector<TextRange> spaced;   // ranges set with extra space between characters
  double spacing_em = 0;           // that extra space, em of the block size
  int rule_lines = 0;              // notes area: ruled lines instead of text

  std::string text() const;        // spans concatenated
};

std::vector<BlockSource> collect_blocks(const model::Article& article, const LayoutSpec& spec);

// Display form of a byline name: two-character Han names get one em between
// their characters (`姜 荣`); the model keeps `姜荣`. Returns the ranges to space.
bool wants_name_spacing(const std::string& name);

}  // namespace paiban::layout
