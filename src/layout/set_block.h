#pragma once
// One block source set into lines at a given width: the text engine breaks
// and justifies; this adds what it does not know (display spacing of names,
// raised footnote markers) and records each line's indent and measure.
#include <string>
#include <vector>

#include "layout/block_source.h"
#include "layout/layout_spec.h"
#include "text/font_catalog.h"
#include "text/paragraph.h"

namespace paiban::layout {

struct SetLine {
  text::Line line;
  float indent = 0;    // from the column's left edge to the line's origin, pt
  float measure = 0;   // width available from that origin, pt
  uint32_t offset = 0; // byte offset of line.text in the block's text
  bool rule = false;   // a ruled notes line rather than text
};

struct SetBlock {
  int source = -1;     // index into the block sources
  BlockStyle style;
  std::vector<SetLine> lines;
  float width = 0;     // the column or text-block width it was set for
};

// Sets SOURCE at WIDTH; warnings of the text engine are appended to WARNINGS.
SetBlock set_block(const BlockSource& source, int index, const BlockStyle& style, const text::FontCatalog& fonts,
                   double width, const std::string& language, std::vector<std::string>& warnings);

}  // namespace paiban::layout
