#include "text/finalize.h"

#include <algorithm>

namespace paiban::text {
namespace {

// How the line's free space (or excess) is taken up.
struct Adjustment {
  double shrink_ratio = 0;  // fraction of every shrinkable amount removed
  double per_stretch = 0;   // pt added per unit of gap stretch weight
  double per_gap = 0;       // pt added to every gap when no gap may stretch
};

Adjustment adjustment(const LineFit& f, double room, bool stretch_it) {
  Adjustment a;
  const double delta = room - f.natural;
  if (delta < 0 && f.shrink > 0) {
    a.shrink_ratio = std::min(1.0, -delta / f.shrink);
  } else if (delta > 0 && stretch_it) {
    const size_t gaps = f.content_end - f.begin - 1;
    if (f.stretch > 0) a.per_stretch = delta / f.stretch;
    else if (gaps > 0) a.per_gap = delta / static_cast<double>(gaps);
  }
  return a;
}

bool same_run(const ShapedGlyph& a, const ShapedGlyph& b) {
  return a.face == b.face && a.size == b.size && a.embolden == b.embolden;
}

// Glyph `at` of the paragraph, placed at X; glyphs [at, line_end) are the
// rest of the line. A new run is sized for all its glyphs at once rather
// than grown glyph by glyph.
void append_glyph(Line& line, const Prepared& p, uint32_t at, uint32_t line_end, double x, uint32_t line_start) {
  const ShapedGlyph& g = p.glyphs[at];
  if (line.runs.empty() || line.runs.back().face != g.face || line.runs.back().size != g.size ||
      line.runs.back().embolden != g.embolden) {
    line.runs.push_back(GlyphRun{g.face, g.size, g.embolden, {}});
    uint32_t run_end = at + 1;
    while (run_end < line_end && same_run(p.glyphs[run_end], g)) ++run_end;
    line.runs.back().glyphs.reserve(run_end - at);
  }
  line.runs.back().glyphs.push_back(
      PlacedGlyph{g.gid, static_cast<float>(x + g.x_offset), g.y_offset, g.font_advance, g.cluster - line_start});
}

void set_vertical_metrics(const FontCatalog::Impl& fonts, const Prepared& p, const LineFit& f, Line& line) {
  for (const GlyphRun& run : line.runs) {
    const FaceInfo& info = fonts.info(run.face);
    line.ascent = std::max(line.ascent, info.ascender * run.size);
    line.descent = std::max(line.descent, info.descender * run.size);
  }
  if (line.runs.empty() && f.begin < p.clusters.size()) {  // blank line: the primary face's metrics
    line.ascent = 0.88f * p.clusters[f.begin].em;
    line.descent = 0.12f * p.clusters[f.begin].em;
  }
}

// Lays the content clusters out from `pen`; returns the pen after the last.
double place_clusters(const Prepared& p, const LineFit& f, const Adjustment& a, double pen, Line& line) {
  const uint32_t line_start = p.clusters[f.begin].start;
  const uint32_t line_end = p.clusters[f.content_end - 1].glyph_end;
  for (size_t j = f.begin; j < f.content_end; ++j) {
    const Cluster& c = p.clusters[j];
    const double start_cut = j == f.begin ? c.start_shrink * a.shrink_ratio : 0;
    const double end_cut = j + 1 == f.content_end ? c.end_shrink * a.shrink_ratio : 0;
    double glyph_pen = pen - c.left_trim - start_cut;
    for (uint32_t g = c.glyph_begin; g < c.glyph_end; ++g) {
      append_glyph(line, p, g, line_end, glyph_pen, line_start);
      glyph_pen += p.glyphs[g].advance;
    }
    pen += c.width - start_cut - end_cut;
    if (j + 1 < f.content_end) {
      const Gap& gap = p.gaps[j];
      pen += gap.extra - gap.shrink * a.shrink_ratio + gap.stretch * a.per_stretch + a.per_gap;
    }
  }
  return pen;
}

}  // namespace

Line finalize_line(const FontCatalog::Impl& fonts, const Prepared& p, const LineMetrics& metrics,
                   const LineFit& f, const LineFrame& frame, Align align) {
  Line line;
  const bool line_end = metrics.ends_paragraph_or_line(f.end);
  line.last = f.end == p.clusters.size();
  line.text = p.text.substr(p.clusters[f.begin].start, p.clusters[f.end - 1].end - p.clusters[f.begin].start);
  line.natural = static_cast<float>(frame.indent + f.natural);
  if (f.content_end == f.begin) {
    line.width = static_cast<float>(frame.indent);
    set_vertical_metrics(fonts, p, f, line);
    return line;
  }
  const Adjustment a = adjustment(f, frame.room, align == Align::justify && !line_end);
  // Placed from 0 first: the set width decides where centred and right-aligned lines start.
  const double set_width = place_clusters(p, f, a, 0, line);
  double start = frame.indent;
  if (align == Align::center) start += std::max(0.0, (frame.room - set_width) / 2);
  if (align == Align::right) start += std::max(0.0, frame.room - set_width);
  for (GlyphRun& run : line.runs)
    for (PlacedGlyph& g : run.glyphs) g.x = static_cast<float>(g.x + start);
  const double end = start + set_width;
  line.width = static_cast<float>(end);
  set_vertical_metrics(fonts, p, f, line);
  return line;
}

}  // namespace paiban::text
