#pragma once
// The glyph a face's cmap maps each character of some text to, without
// shaping: what a layout will most likely use of that face, known before the
// layout runs, so that work on those glyphs (the PDF subset) can start early.
// Shaping may choose other glyphs (contextual forms, fallback faces); a caller
// must treat the answer as a guess.
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/font_catalog.h"

namespace paiban::text {

// Ascending, unique, with .notdef (0) first; characters the face lacks are skipped.
std::vector<uint32_t> nominal_glyphs(const FontCatalog& fonts, FaceId face, const std::vector<std::string_view>& texts);

}  // namespace paiban::text
