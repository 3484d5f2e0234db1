#include "text/spacing.h"

#include <algorithm>

namespace paiban::text {
namespace {

// clreq "Spacing between Chinese and Western text": a quarter em, which may
// shrink to an eighth when a line is too long.
constexpr float kHanLatinSpace = 0.25f;
constexpr float kHanLatinShrink = 0.125f;
// A word space may lose a third of its width.
constexpr float kSpaceShrink = 1.f / 3.f;
// Below this advance (in em) a punctuation glyph is proportional: no blank to remove.
constexpr float kFullWidth = 0.9f;

bool cjk_like(CharClass c) {
  return c == CharClass::han || c == CharClass::dash || is_punctuation(c);
}

// The blank parts of a cluster's glyph in pt: from the font's `halt` where it
// has one for this glyph, else from the GB convention of clreq.
BlankSides blanks(const FontCatalog::Impl& fonts, const Prepared& p, const Cluster& c) {
  if (!is_punctuation(c.cls) || c.glyph_end - c.glyph_begin != 1) return {};
  const ShapedGlyph& g = p.glyphs[c.glyph_begin];
  if (g.advance < kFullWidth * g.size) return {};
  if (const PunctTrim* t = find_trim(fonts.halt(g.face), g.gid))
    return {t->left * g.size, t->right * g.size};
  BlankSides b = blank_sides(c.cls);
  return {b.left * g.size, b.right * g.size};
}

}  // namespace

// clreq "Punctuation adjustment": of two adjacent full-width marks one loses
// its blank half: the first's right blank (。” ”, )、 》。) or else the
// second's left blank (“《 (「).
void adjust_punctuation(const FontCatalog::Impl& fonts, Prepared& p) {
  std::vector<BlankSides> blank(p.clusters.size());
  for (size_t i = 0; i < p.clusters.size(); ++i) blank[i] = blanks(fonts, p, p.clusters[i]);
  for (size_t i = 0; i + 1 < p.clusters.size(); ++i) {
    BlankSides& a = blank[i];
    BlankSides& b = blank[i + 1];
    if (!is_punctuation(p.clusters[i].cls) || !is_punctuation(p.clusters[i + 1].cls)) continue;
    if (a.right > 0) {
      p.clusters[i].width -= a.right;
      a.right = 0;
    } else if (b.left > 0) {
      p.clusters[i + 1].width -= b.left;
      p.clusters[i + 1].left_trim += b.left;
      b.left = 0;
    }
  }
  for (size_t i = 0; i < p.clusters.size(); ++i) {
    Cluster& c = p.clusters[i];
    if (c.cls == CharClass::opening) c.start_shrink = blank[i].left;
    if (c.cls == CharClass::closing || c.cls == CharClass::stop || c.cls == CharClass::middle)
      c.end_shrink = blank[i].right;
  }
}

void assign_spacing(Prepared& p) {
  p.gaps.assign(p.clusters.size(), Gap{});
  for (size_t i = 0; i + 1 < p.clusters.size(); ++i) {
    const Cluster& a = p.clusters[i];
    const Cluster& b = p.clusters[i + 1];
    Gap& gap = p.gaps[i];
    if (a.forced_break) continue;
    const float em = std::max(a.em, b.em);
    if (han_latin_spacing(a.cls, b.cls)) {
      gap.extra = kHanLatinSpace * em;
      gap.shrink = kHanLatinShrink * em;
      gap.stretch = 1;
    } else if (cjk_like(a.cls) || cjk_like(b.cls)) {
      gap.stretch = 1;
    } else if (a.cls == CharClass::space) {
      gap.stretch = 1;
      gap.shrink = a.width * kSpaceShrink;
    }
  }
}

}  // namespace paiban::text
