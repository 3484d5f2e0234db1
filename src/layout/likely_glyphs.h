#pragma once
// Before the layout: the face an article's paragraphs will be set in and the
// glyphs of it the article will most likely use (each character's nominal
// glyph, text/nominal_glyphs.h). Work that only depends on those glyphs, such
// as preparing the face's PDF subset, can then run beside the layout.
#include <cstdint>
#include <vector>

#include "layout/layout_spec.h"
#include "model/article.h"
#include "text/font_catalog.h"

namespace paiban::layout {

// The primary face of the layout's paragraph style. Throws Error(data) for a
// role the catalog lacks, as the layout would.
text::FaceId paragraph_face(const LayoutSpec& spec, const text::FontCatalog& fonts);

// Opens, ahead of the layout and on another thread, what setting the first
// paragraph needs and costs most to open: ICU's line-break data and the
// paragraph face's shape plan (HarfBuzz reads Noto's GSUB and GPOS for it).
void prepare_paragraphs(const model::Article& article, const LayoutSpec& spec, const text::FontCatalog& fonts);

// The glyphs of `face` the article's text maps to: ascending, .notdef first.
std::vector<uint32_t> likely_glyphs(const model::Article& article, text::FaceId face, const text::FontCatalog& fonts);

}  // namespace paiban::layout
