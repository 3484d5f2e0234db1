#pragma once
// Itemising a paragraph (font by coverage per character, script, style) and
// shaping each item with HarfBuzz into glyphs grouped by cluster.
#include "text/paragraph.h"
#include "text/prepared.h"

namespace paiban::text {

// Horizontal today; vertical (TTB with `vert`) is a later direction value.
enum class Direction { horizontal };

bool is_traditional(const std::string& language);

// Fills text, glyphs, clusters (widths unadjusted) and warnings of `out`.
void shape_paragraph(const FontCatalog& fonts, const ParagraphSpec& spec, Direction direction, Prepared& out);

}  // namespace paiban::text
