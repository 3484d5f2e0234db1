#pragma once
// Setting one paragraph: shaping with per-character fallback, clreq line
// breaking chosen over the whole paragraph, punctuation compression and
// inter-character justification. The result is lines of positioned glyphs.
#include <cstdint>
#include <string>
#include <vector>

#include "text/font_catalog.h"

namespace paiban::text {

struct TextStyle {
  std::string role = "body";  // font role
  double size = 10.5;         // pt
  bool bold = false;          // real bold face if the role has one, else synthetic
};

struct Span {
  std::string text;  // UTF-8
  TextStyle style;
};

enum class Align { justify, left, center, right };

struct ParagraphSpec {
  std::vector<Span> spans;
  double measure = 0;       // line width in pt
  double first_indent = 0;  // pt, e.g. 2 em of the body size
  double left_indent = 0;   // pt, every line
  Align align = Align::justify;
  std::string language = "zh-Hans";
};

struct PlacedGlyph {
  uint32_t gid = 0;
  float x = 0;         // pen position from the line's left edge, pt
  float y_offset = 0;  // pt, positive up
  float advance = 0;   // the font's own advance at this size, pt (for PDF /W)
  uint32_t cluster = 0;  // byte offset into Line::text where this glyph's text starts
};

// Glyphs of one face and size inside a line.
struct GlyphRun {
  FaceId face = 0;
  float size = 0;
  float embolden = 0;  // synthetic bold stroke width in pt, 0 for none
  std::vector<PlacedGlyph> glyphs;
};

// Horizontal positions are from the line's left edge, indents included. A
// justified line (every one but the last and those ending in a line
// separator) has width == measure.
struct Line {
  std::vector<GlyphRun> runs;
  std::string text;     // exactly the characters of the paragraph on this line,
                        // including a trailing break space (which has no glyph)
  float width = 0;      // right edge of the set content after adjustment, pt
  float natural = 0;    // the same before justification and compression, pt
  float ascent = 0, descent = 0;  // pt, largest in the line, from the faces' metrics
  bool last = false;    // last line of the paragraph (not stretched)
};

struct ParagraphResult {
  std::vector<Line> lines;            // none for an empty paragraph
  std::vector<std::string> warnings;  // e.g. "U+XXXX at byte N has no glyph in any font"
};

// Thread-safe on a shared catalog. `\n` (or U+2028) in a span ends a line.
// Throws Error(data) for a non-positive measure or size or an unknown role.
ParagraphResult set_paragraph(const FontCatalog& fonts, const ParagraphSpec& spec);

// Opens ICU's line-breaking data, which the first paragraph set in a process
// would otherwise wait for: a helper thread can do it while another shapes.
void prepare_line_breaking();

// Creates the shape plan for Han text of STYLE's primary face: the first plan
// of a face reads its GSUB and GPOS tables, a tenth of a millisecond and
// more for a Noto CJK face, which a helper thread can take on early. Does
// nothing for an unknown role.
void prepare_shaping(const FontCatalog& fonts, const TextStyle& style, const std::string& language);

}  // namespace paiban::text
