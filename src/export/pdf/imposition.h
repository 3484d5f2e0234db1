#pragma once
// Saddle-stitch imposition: which page goes on which half of which sheet side.
#include <vector>

namespace paiban::export_pdf {

struct SheetSide {
  int left = -1, right = -1;  // 0-based page index, -1 for a blank padding page
  int sheet = 0;              // 0 = outermost sheet (the cover)
  bool back = false;          // the side printed second
};

// Pages padded with blanks to a multiple of 4; sheet s front carries pages
// (N-1-2s | 2s), its back (2s+1 | N-2-2s), so folded and nested the sheets read
// 1..N. Fronts and backs alternate: front of sheet 0, back of sheet 0, ...
std::vector<SheetSide> saddle_stitch_order(int page_count);

}  // namespace paiban::export_pdf
