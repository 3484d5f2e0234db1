#pragma once
// The paragraph between shaping and line breaking: clusters (the smallest
// pieces a line can be cut between) with their widths, and the gaps between
// them with their spacing and break penalties. Internal to the text engine.
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "text/clreq.h"
#include "text/font_catalog.h"

namespace paiban::text {

struct ShapedGlyph {
  uint32_t gid = 0;
  uint32_t cluster = 0;  // byte offset in Prepared::text
  float advance = 0;     // pen advance from shaping, pt
  float font_advance = 0;  // the font's own advance, pt (for PDF /W)
  float x_offset = 0, y_offset = 0;
  FaceId face = 0;
  float size = 0;
  float embolden = 0;
};

struct Cluster {
  uint32_t start = 0, end = 0;          // bytes in Prepared::text
  uint32_t glyph_begin = 0, glyph_end = 0;
  char32_t first = 0, last = 0;         // first and last code point
  CharClass cls = CharClass::other;
  float em = 0;                         // font size, pt
  float width = 0;                      // advance after adjacent-punctuation compression
  float left_trim = 0;                  // blank removed on the left (glyph moves left)
  float start_shrink = 0;               // more blank removable when the cluster starts a line
  float end_shrink = 0;                 // more blank removable when it ends a line
  bool forced_break = false;            // a line separator: the line ends after it
};

// Penalties of a break between two clusters (TeX's scale, squared into demerits).
constexpr float kNoBreak = std::numeric_limits<float>::infinity();
// Last resorts, only taken when a chunk the rules keep whole is wider than
// the measure: first a break only clreq forbids (before a unit, inside 33 939),
// then one UAX #14 forbids too (inside a word, before a closing mark).
constexpr float kClreqBreak = 1e6f;
constexpr float kEmergencyBreak = 1e7f;

struct Gap {  // between cluster i and i+1
  float extra = 0;     // natural space, e.g. the Han-Latin quarter em
  float stretch = 0;   // weight of this gap in inter-character justification
  float shrink = 0;    // pt removable when a line is too long
  float penalty = kNoBreak;
};

struct Prepared {
  std::string text;                 // the paragraph, all spans concatenated
  std::vector<ShapedGlyph> glyphs;  // logical order
  std::vector<Cluster> clusters;
  std::vector<Gap> gaps;            // clusters.size() entries; the last is unused
  std::vector<std::string> warnings;
};

}  // namespace paiban::text
