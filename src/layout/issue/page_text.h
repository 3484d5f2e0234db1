#pragma once
// Setting the issue's own text (cover, contents, running heads, folios) with
// the text engine and placing its lines on pages. Lines are always set flush
// left; callers place them (centred, right-aligned) from the measured width.
#include <string>
#include <vector>

#include "layout/display_list.h"
#include "layout/layout_spec.h"
#include "text/font_catalog.h"
#include "text/paragraph.h"

namespace paiban::layout::issue {

// TEXT in STYLE broken into lines of at most MEASURE points.
std::vector<text::Line> set_lines(const text::FontCatalog& fonts, const std::string& text,
                                  const BlockStyle& style, double measure);
// Spans of different styles set as one paragraph (a contents entry: title
// in the body face, authors in kai).
struct StyledText {
  std::string text;
  BlockStyle style;
};
std::vector<text::Line> set_spans(const text::FontCatalog& fonts, const std::vector<StyledText>& spans,
                                  double measure);
// TEXT on one line (never broken): its natural width is `width`.
text::Line set_single_line(const text::FontCatalog& fonts, const std::string& text,
                           const BlockStyle& style);

// Where a line goes: the measure it belongs to (recorded for the dump) and
// its pen origin and baseline.
struct LineSlot {
  double left = 0, measure = 0;
  double pen_x = 0, baseline = 0;
};

// Puts LINE on PAGE, recording it for the dump as a line of kind BLOCK set
// in STYLE (size and gray).
void place_line(Page& page, const text::Line& line, const LineSlot& slot, const BlockStyle& style,
                const std::string& block);

// Baseline-to-baseline distance of STYLE.
double leading_of(const BlockStyle& style);

// X of a line of WIDTH placed in [LEFT, LEFT+MEASURE] with ALIGN.
double aligned_x(double left, double measure, double width, text::Align align);

}  // namespace paiban::layout::issue
