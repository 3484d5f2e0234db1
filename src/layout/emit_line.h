#pragma once
// A set line put on a page: its glyph runs (each with the text its glyphs
// came from, clusters rebased to it) and the record `--dump` prints.
#include "layout/display_list.h"
#include "layout/layout_spec.h"
#include "layout/set_block.h"

namespace paiban::layout {

// Where a line's baseline sits in a cell of HEIGHT whose top is TOP: the em
// box (ideographic, 0.88 above and 0.12 below the baseline) centred in the cell.
double baseline_in_cell(double top, double height, double size);

// Adds LINE at (X, BASELINE) to PAGE. X is the line's origin (the measure's
// left edge); RECORD carries block, ids and article, the rest is filled here.
void emit_line(Page& page, const SetLine& line, const BlockStyle& style, double x, double baseline,
               LineRecord record);

}  // namespace paiban::layout
