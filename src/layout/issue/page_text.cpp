#include "layout/issue/page_text.h"

#include <algorithm>

namespace paiban::layout::issue {

namespace {

text::ParagraphSpec paragraph_spec(const std::vector<StyledText>& spans, double measure) {
  text::ParagraphSpec spec;
  for (const StyledText& s : spans)
    if (!s.text.empty()) spec.spans.push_back({s.text, {s.style.font_role, s.style.size, s.style.bold}});
  spec.measure = measure;
  spec.align = text::Align::left;
  return spec;
}

// A PageRun's text is exactly the characters of its own glyphs, so that the
// PDF writer can map every glyph back to text without looking at neighbours.
// Runs of a horizontal line follow the text order: run i owns the text from
// its first cluster up to the next run's first cluster.
std::vector<std::size_t> run_starts(const text::Line& line) {
  std::vector<std::size_t> starts;
  for (const text::GlyphRun& run : line.runs) {
    std::size_t first = line.text.size();
    for (const text::PlacedGlyph& g : run.glyphs) first = std::min<std::size_t>(first, g.cluster);
    starts.push_back(first);
  }
  starts.push_back(line.text.size());
  return starts;
}

}  // namespace

std::vector<text::Line> set_lines(const text::FontCatalog& fonts, const std::string& text,
                                  const BlockStyle& style, double measure) {
  return set_spans(fonts, {{text, style}}, measure);
}

std::vector<text::Line> set_spans(const text::FontCatalog& fonts, const std::vector<StyledText>& spans,
                                  double measure) {
  text::ParagraphSpec spec = paragraph_spec(spans, measure);
  if (spec.spans.empty()) return {};
  return text::set_paragraph(fonts, spec).lines;
}

double leading_of(const BlockStyle& style) { return style.leading > 0 ? style.leading : style.size * 1.5; }

text::Line set_single_line(const text::FontCatalog& fonts, const std::string& text,
                           const BlockStyle& style) {
  std::vector<text::Line> lines = set_lines(fonts, text, style, 1e6);
  return lines.empty() ? text::Line{} : lines.front();
}

void place_line(Page& page, const text::Line& line, const LineSlot& slot, const BlockStyle& style,
                const std::string& block) {
  std::vector<std::size_t> starts = run_starts(line);
  for (std::size_t i = 0; i < line.runs.size(); ++i) {
    const text::GlyphRun& run = line.runs[i];
    if (run.glyphs.empty()) continue;
    std::size_t begin = starts[i];
    std::size_t end = std::max(begin, starts[i + 1]);
    PageRun placed;
    placed.x = static_cast<float>(slot.pen_x);
    placed.y = static_cast<float>(slot.baseline);
    placed.glyphs = run;
    for (text::PlacedGlyph& g : placed.glyphs.glyphs) g.cluster -= static_cast<uint32_t>(begin);
    placed.text = line.text.substr(begin, end - begin);
    placed.gray = style.gray;
    page.runs.push_back(std::move(placed));
  }
  LineRecord record;
  record.x = static_cast<float>(slot.left);
  record.y = static_cast<float>(slot.baseline);
  record.measure = static_cast<float>(slot.measure);
  record.width = line.width;
  record.text = line.text;
  record.block = block;
  record.last = true;
  record.size = static_cast<float>(style.size);
  record.natural = line.natural;
  page.lines.push_back(std::move(record));
}

double aligned_x(double left, double measure, double width, text::Align align) {
  switch (align) {
    case text::Align::center: return left + (measure - width) / 2;
    case text::Align::right: return left + measure - width;
    default: return left;
  }
}

}  // namespace paiban::layout::issue
