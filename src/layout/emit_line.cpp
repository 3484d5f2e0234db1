#include "layout/emit_line.h"

#include <algorithm>

namespace paiban::layout {

namespace {

constexpr double kEmAscent = 0.88;  // ideographic em box above the baseline

uint32_t first_cluster(const text::GlyphRun& run) {
  uint32_t c = UINT32_MAX;
  for (const text::PlacedGlyph& g : run.glyphs) c = std::min(c, g.cluster);
  return c;
}

}  // namespace

double baseline_in_cell(double top, double height, double size) {
  return top + (height - size) / 2 + kEmAscent * size;
}

void emit_line(Page& page, const SetLine& set, const BlockStyle& style, double x, double baseline,
               LineRecord record) {
  const text::Line& line = set.line;
  record.x = static_cast<float>(x);
  record.y = static_cast<float>(baseline);
  record.measure = set.measure;
  record.width = line.width;
  record.natural = line.natural;
  record.text = line.text;
  record.last = line.last;
  record.size = static_cast<float>(style.size);
  record.justified = style.align == text::Align::justify && !line.last;
  record.align = style.align;
  record.first_run = static_cast<int>(page.runs.size());

  // Each run keeps the text from its first cluster up to the next run's.
  std::vector<uint32_t> starts;
  for (const text::GlyphRun& run : line.runs) starts.push_back(run.glyphs.empty() ? UINT32_MAX : first_cluster(run));
  for (std::size_t r = 0; r < line.runs.size(); ++r) {
    const text::GlyphRun& run = line.runs[r];
    if (run.glyphs.empty()) continue;
    uint32_t begin = std::min<uint32_t>(starts[r], static_cast<uint32_t>(line.text.size()));
    uint32_t end = static_cast<uint32_t>(line.text.size());
    for (uint32_t s : starts)
      if (s > begin && s < end) end = s;
    PageRun out;
    out.x = static_cast<float>(x);
    out.y = static_cast<float>(baseline);
    out.glyphs = run;
    for (text::PlacedGlyph& g : out.glyphs.glyphs) g.cluster -= std::min(g.cluster, begin);
    out.text = line.text.substr(begin, end - begin);
    out.gray = style.gray;
    page.runs.push_back(std::move(out));
  }
  record.run_count = static_cast<int>(page.runs.size()) - record.first_run;
  page.lines.push_back(std::move(record));
}

}  // namespace paiban::layout
