#include "export/pdf/content_stream.h"

#include <algorithm>
#include <cmath>

#include "export/pdf/pdf_number.h"
#include "model/error.h"

namespace paiban::export_pdf {

namespace {

void append_cid(std::string& out, uint16_t cid) {
  static const char digits[] = "0123456789ABCDEF";
  for (int shift = 12; shift >= 0; shift -= 4) out += digits[(cid >> shift) & 0xf];
}

const SubsetGlyph& glyph_of(const FontResource& res, uint32_t gid) {
  auto it = res.font->glyphs.find(gid);
  if (it == res.font->glyphs.end())
    throw Error(ExitCode::internal, "PDF export: glyph " + std::to_string(gid) + " missing from subset");
  return it->second;
}

// One glyph run as a text object. The pen moves by the /W width after each
// glyph; a TJ number moves it on to where layout put the next glyph, and the
// rounding of each number is carried forward so errors never accumulate.
void append_run(std::string& out, const layout::PageRun& run, double trim_height, const FontResource& res) {
  const auto& glyphs = run.glyphs.glyphs;
  if (glyphs.empty()) return;
  double size = run.glyphs.size;
  if (size <= 0) return;
  double gray = std::clamp<double>(run.gray, 0, 1);
  out += "BT\n/" + res.name + ' ';
  append_number(out, size);
  out += " Tf\n";
  append_number(out, gray);
  out += " g\n";
  if (run.glyphs.embolden > 0) {  // synthetic bold: fill and stroke the outline
    append_number(out, gray);
    out += " G\n";
    append_number(out, run.glyphs.embolden);
    out += " w 1 j 2 Tr\n";
  }
  out += "1 0 0 1 ";
  append_number(out, run.x + glyphs[0].x);
  out += ' ';
  append_number(out, trim_height - run.y);
  out += " Tm\n";

  double rise = 0;
  double pen = run.x + glyphs[0].x;
  out += '[';
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    const auto& g = glyphs[i];
    if (g.y_offset != rise) {
      out += "] TJ ";
      rise = g.y_offset;
      append_number(out, rise);
      out += " Ts [";
    }
    const SubsetGlyph& sg = glyph_of(res, g.gid);
    out += '<';
    append_cid(out, sg.cid);
    out += '>';
    pen += sg.width * size / 1000;
    if (i + 1 < glyphs.size()) {
      double target = run.x + glyphs[i + 1].x;
      double adjust = std::round((pen - target) * 1000 / size * 100) / 100;
      if (adjust != 0) {
        out += ' ';
        append_number(out, adjust, 2);
        out += ' ';
        pen -= adjust * size / 1000;
      }
    }
  }
  out += "] TJ\n";
  if (rise != 0) out += "0 Ts\n";
  if (run.glyphs.embolden > 0) out += "0 Tr\n";
  out += "ET\n";
}

void append_line(std::string& out, double x0, double y0, double x1, double y1) {
  append_number(out, x0);
  out += ' ';
  append_number(out, y0);
  out += " m ";
  append_number(out, x1);
  out += ' ';
  append_number(out, y1);
  out += " l S\n";
}

}  // namespace

std::string page_content(const layout::Page& page, double trim_height, const FontResources& fonts) {
  std::string out;
  out.reserve(page.runs.size() * 200);
  for (const layout::PageRun& run : page.runs) {
    auto it = fonts.find(run.glyphs.face);
    if (it == fonts.end()) throw Error(ExitCode::internal, "PDF export: no font for a glyph run");
    append_run(out, run, trim_height, it->second);
  }
  if (!page.rules.empty()) {
    out += "q 0 G 0 J\n";
    for (const layout::Rule& r : page.rules) {
      append_number(out, r.thickness);
      out += " w ";
      append_line(out, r.x0, trim_height - r.y0, r.x1, trim_height - r.y1);
    }
    out += "Q\n";
  }
  return out;
}

std::string crop_marks(const Rect& t, double bleed, double length) {
  std::string out = "q 0 G 0.25 w 0 J\n";
  for (double x : {t.x, t.x + t.width})
    for (double y : {t.y, t.y + t.height}) {
      double sx = x == t.x ? -1 : 1, sy = y == t.y ? -1 : 1;
      append_line(out, x + sx * bleed, y, x + sx * (bleed + length), y);  // horizontal
      append_line(out, x, y + sy * bleed, x, y + sy * (bleed + length));  // vertical
    }
  out += "Q\n";
  return out;
}

std::string registration_marks(const Rect& t, double bleed, double length) {
  std::string out = "q 0 G 0.25 w\n";
  double r = length / 4;
  double mid = bleed + length / 2;
  // On the left and right sides only: the middle of the top and bottom edges
  // is where an imposed sheet's fold marks go.
  const double centres[2][2] = {{t.x - mid, t.y + t.height / 2}, {t.x + t.width + mid, t.y + t.height / 2}};
  const double k = 0.5523 * r;  // Bézier approximation of a quarter circle
  for (const auto& c : centres) {
    double cx = c[0], cy = c[1];
    append_line(out, cx - 2 * r, cy, cx + 2 * r, cy);
    append_line(out, cx, cy - 2 * r, cx, cy + 2 * r);
    auto pt = [&](double x, double y) {
      append_number(out, x);
      out += ' ';
      append_number(out, y);
      out += ' ';
    };
    pt(cx + r, cy);
    out += "m ";
    pt(cx + r, cy + k); pt(cx + k, cy + r); pt(cx, cy + r); out += "c ";
    pt(cx - k, cy + r); pt(cx - r, cy + k); pt(cx - r, cy); out += "c ";
    pt(cx - r, cy - k); pt(cx - k, cy - r); pt(cx, cy - r); out += "c ";
    pt(cx + k, cy - r); pt(cx + r, cy - k); pt(cx + r, cy); out += "c S\n";
  }
  out += "Q\n";
  return out;
}

std::string fold_marks(const Rect& t, double fold_x, double bleed, double length) {
  std::string out = "q 0 G 0.25 w [2 2] 0 d\n";
  append_line(out, fold_x, t.y - bleed, fold_x, t.y - bleed - length);
  append_line(out, fold_x, t.y + t.height + bleed, fold_x, t.y + t.height + bleed + length);
  out += "Q\n";
  return out;
}

}  // namespace paiban::export_pdf
