#include "layout/dump.h"

#include <cstdio>
#include <filesystem>

namespace paiban::layout {

namespace {

std::string fmt(const char* format, double a) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, a);
  return buf;
}

std::string pt(double v) { return fmt("%.2f", v); }

// `f0×12 f3×2`: the faces of a line's runs and their glyph counts.
std::string run_summary(const Page& page, const LineRecord& line) {
  std::string s;
  for (int r = line.first_run; r < line.first_run + line.run_count; ++r) {
    const PageRun& run = page.runs[static_cast<std::size_t>(r)];
    if (!s.empty()) s += ' ';
    s += "f" + std::to_string(run.glyphs.face) + "/" + fmt("%g", run.glyphs.size) + "x" +
         std::to_string(run.glyphs.glyphs.size());
    if (run.glyphs.embolden > 0) s += "b";
  }
  return s;
}

void dump_line(std::string& out, const Page& page, const LineRecord& l) {
  out += "  " + pt(l.y) + "  x " + pt(l.x) + "  w " + pt(l.width) + "/" + pt(l.measure);
  out += l.justified ? " J" : l.last ? " L" : " -";
  out += "  " + l.block;
  if (l.model_block >= 0) out += "#" + std::to_string(l.model_block);
  out += "  [" + run_summary(page, l) + "]  " + l.text + "\n";
}

}  // namespace

std::string dump(const Document& d) {
  std::string out = "document " + pt(d.trim_width) + " x " + pt(d.trim_height) + " pt, bleed " + pt(d.bleed) + ", " +
                    std::to_string(d.pages.size()) + " pages\n";
  for (std::size_t f = 0; f < d.faces.size(); ++f)
    out += "face f" + std::to_string(f) + " " + d.faces[f].family + (d.faces[f].bold ? " bold" : "") + " (" +
           std::filesystem::path(d.faces[f].path).filename().string() + "#" + std::to_string(d.faces[f].index) + ")\n";
  out += "info title=" + d.info.title + " | author=" + d.info.author + " | subject=" + d.info.subject +
         " | keywords=" + d.info.keywords + "\n";
  for (const ArticlePages& a : d.articles)
    out += "article " + a.title + " pages " + std::to_string(a.first_page + 1) + "-" + std::to_string(a.last_page + 1) + "\n";
  for (const OutlineItem& o : d.outline)
    out += "outline " + std::string(static_cast<std::size_t>(o.level) * 2, ' ') + o.title + " -> page " +
           std::to_string(o.page + 1) + " y " + pt(o.y) + "\n";
  for (const std::string& w : d.warnings) out += "warning " + w + "\n";
  for (std::size_t p = 0; p < d.pages.size(); ++p) {
    const Page& page = d.pages[p];
    out += "\npage " + std::to_string(p + 1) + " label " + page.label + (page.recto ? " recto" : " verso") +
           (page.article < 0 ? " blank" : " article " + std::to_string(page.article)) + "\n";
    for (const LineRecord& l : page.lines) dump_line(out, page, l);
    for (const Rule& r : page.rules)
      out += "  rule " + pt(r.x0) + "," + pt(r.y0) + " - " + pt(r.x1) + "," + pt(r.y1) + " " + pt(r.thickness) + "\n";
    for (const PageImage& i : page.images)  // the box; the picture is fitted into it
      out += "  image " + pt(i.x) + "," + pt(i.y) + " " + pt(i.width) + "x" + pt(i.height) + " " +
             std::filesystem::path(i.path).filename().string() + "\n";
  }
  return out;
}

}  // namespace paiban::layout
