#pragma once
// PDF content-stream operators for one laid-out page and for printer's marks.
// Text is DeviceGray, glyphs are written as 2-byte CIDs (Identity-H) and
// positioned with TJ adjustments so every x position of the layout survives.
#include <map>
#include <string>

#include "export/pdf/font_subset.h"
#include "layout/display_list.h"

namespace paiban::export_pdf {

struct FontResource {
  std::string name;                     // resource name without the slash: `F0`
  const EmbeddedFont* font = nullptr;
};
using FontResources = std::map<int, FontResource>;  // by FaceId

// Draws `page` with the lower-left corner of its trim box at (0,0), y up.
// Throws Error(internal) for a glyph that is not in its font's subset.
std::string page_content(const layout::Page& page, double trim_height, const FontResources& fonts);

struct Rect {
  double x = 0, y = 0, width = 0, height = 0;
};

// Crop marks at the corners of `trim`, starting `bleed` away from it and
// `length` long; registration targets centred on the left and right sides in the same band.
std::string crop_marks(const Rect& trim, double bleed, double length);
std::string registration_marks(const Rect& trim, double bleed, double length);
// Short fold marks above and below the vertical line x = `fold_x`.
std::string fold_marks(const Rect& trim, double fold_x, double bleed, double length);

}  // namespace paiban::export_pdf
