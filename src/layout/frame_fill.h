#pragma once
// Filling one frame (a column, or the whole text block for a title block
// across columns) from the flow: lines go in while they fit, with their
// page-foot footnotes; when one does not, the frame ends after the last line
// a column may end after (widows, orphans, keep-with-next).
#include <cstddef>
#include <vector>

#include "layout/flow.h"

namespace paiban::layout {

struct FrameBox {
  double x = 0, width = 0, top = 0, bottom = 0;
  double grid_origin = 0;  // top of the page's text block
  double grid_step = 0;    // 0: no grid
};

struct Placed {
  int item = 0;    // index into the flow
  double top = 0;  // top of its cell
};

struct FrameResult {
  std::vector<Placed> lines;
  std::vector<int> footnotes;  // footnote blocks set at this frame's foot, in order
  std::vector<int> deferred;   // footnote blocks that fit no frame: they go to the article end
  std::size_t end = 0;         // first flow line not placed
  double bottom_of_text = 0;   // y below the last placed cell
  bool forced = false;         // ended where no rule allowed (a keep chain longer than a frame)
  bool overflow = false;       // a line taller than an empty frame was placed anyway
};

// The first multiple of the grid step at or below Y (no grid: Y).
double snap_to_grid(const FrameBox& box, double y);

// FOOTNOTE_HEIGHTS: space each footnote block (by block index) takes at the
// foot; SEPARATOR is added once above a frame's first footnote. SPANNING
// selects the title-block lines (true) or the rest.
FrameResult fill_frame(const FrameBox& box, const std::vector<FlowLine>& flow, std::size_t start, bool spanning,
                       double separator, const std::vector<double>& footnote_heights);

}  // namespace paiban::layout
