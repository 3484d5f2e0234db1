#include "layout/set_block.h"

#include <algorithm>

namespace paiban::layout {

namespace {

bool in_range(uint32_t at, const TextRange& r) { return at >= r.begin && at < r.end; }

// Display spacing: the glyphs after each spaced range move right by up to
// the spacing (less when the line has no room for it), then the line is
// aligned again.
void apply_spacing(SetLine& set, const BlockSource& source, const BlockStyle& style) {
  std::vector<uint32_t> gaps;  // line-relative byte offsets where space is added
  for (const TextRange& r : source.spaced)
    if (r.end > set.offset && r.end < set.offset + set.line.text.size()) gaps.push_back(r.end - set.offset);
  if (gaps.empty() || set.line.runs.empty()) return;
  float left = set.line.width;
  for (const text::GlyphRun& run : set.line.runs)
    for (const text::PlacedGlyph& g : run.glyphs) left = std::min(left, g.x);
  const float used = set.line.width - left;
  const float room = std::max(0.0f, set.measure - used) / static_cast<float>(gaps.size());
  const float each = std::min(static_cast<float>(style.size * source.spacing_em), room);
  const float added = each * static_cast<float>(gaps.size());
  float start = left;
  if (style.align == text::Align::center) start = (set.measure - used - added) / 2;
  if (style.align == text::Align::right) start = set.measure - used - added;
  for (text::GlyphRun& run : set.line.runs)
    for (text::PlacedGlyph& g : run.glyphs) {
      float moved = 0;
      for (uint32_t at : gaps)
        if (g.cluster >= at) moved += each;
      g.x += moved + (start - left);
    }
  set.line.width = start + used + added;
  set.line.natural += added;
}

// Footnote markers: a third of the body size up, like a superscript.
void raise_refs(SetLine& set, const BlockSource& source, const BlockStyle& style) {
  for (const TextRange& r : source.footnote_refs)
    for (text::GlyphRun& run : set.line.runs)
      for (text::PlacedGlyph& g : run.glyphs)
        if (in_range(g.cluster + set.offset, r)) g.y_offset += static_cast<float>(style.size * 0.33);
}

SetBlock rule_block(const BlockSource& source, int index, const BlockStyle& style, double width) {
  SetBlock block;
  block.source = index;
  block.style = style;
  block.width = static_cast<float>(width);
  for (int i = 0; i < source.rule_lines; ++i) {
    SetLine line;
    line.rule = true;
    line.measure = static_cast<float>(width);
    line.line.last = i + 1 == source.rule_lines;
    block.lines.push_back(line);
  }
  return block;
}

}  // namespace

SetBlock set_block(const BlockSource& source, int index, const BlockStyle& style, const text::FontCatalog& fonts,
                   double width, const std::string& language, std::vector<std::string>& warnings) {
  if (source.rule_lines > 0) return rule_block(source, index, style, width);
  text::ParagraphSpec spec;
  spec.spans = source.spans;
  const double left = style.left_indent_em * style.size, right = style.right_indent_em * style.size;
  spec.measure = std::max(width - left - right, style.size);
  spec.first_indent = style.first_indent_em * style.size;
  spec.align = style.align;
  spec.language = language;
  text::ParagraphResult result = text::set_paragraph(fonts, spec);
  warnings.insert(warnings.end(), result.warnings.begin(), result.warnings.end());

  SetBlock block;
  block.source = index;
  block.style = style;
  block.width = static_cast<float>(width);
  uint32_t offset = 0;
  for (text::Line& line : result.lines) {
    SetLine set;
    set.offset = offset;
    offset += static_cast<uint32_t>(line.text.size());
    set.indent = static_cast<float>(left);
    set.measure = static_cast<float>(spec.measure);
    set.line = std::move(line);
    apply_spacing(set, source, style);
    raise_refs(set, source, style);
    block.lines.push_back(std::move(set));
  }
  return block;
}

}  // namespace paiban::layout
