#pragma once
// The set blocks of one article as a flow of lines, each with the space it
// needs and whether a page or column may end after it: widow and orphan
// control (two lines), keep-with-next, the title block kept together.
#include <vector>

#include "layout/block_source.h"
#include "layout/layout_spec.h"
#include "layout/set_block.h"

namespace paiban::layout {

struct FlowLine {
  int block = 0;           // index into the set blocks
  int line = 0;            // index into that block's lines
  double height = 0;       // the line's cell: its leading, or a notes line's spacing
  double gap_before = 0;   // space above it unless it starts a column
  double top_pad = 0;      // space above it when it starts a column (centring on the grid)
  bool on_grid = false;    // body line: its cell snaps to the character grid
  bool break_after = true; // a column may end after this line
  bool spans = false;      // set across all columns (title block of a multi-column layout)
  std::vector<int> footnotes;  // page-foot footnote blocks first cited on this line
};

// FOOTNOTE_BLOCKS receives the blocks that go to the page foot (cited by a
// line of the flow); they are not in the flow themselves.
std::vector<FlowLine> build_flow(const LayoutSpec& spec, const std::vector<BlockSource>& sources,
                                 const std::vector<SetBlock>& blocks, bool spanning_title);

// A block's lines as flow lines (footnotes at the article end, deferred ones).
void append_block(const LayoutSpec& spec, const SetBlock& block, int index, double gap_before,
                  std::vector<FlowLine>& flow);

}  // namespace paiban::layout
