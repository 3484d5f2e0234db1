#include "export/pdf/glyph_usage.h"

#include "model/error.h"

namespace paiban::export_pdf {

std::string cluster_text(const layout::PageRun& run, std::size_t i) {
  const auto& glyphs = run.glyphs.glyphs;
  uint32_t start = glyphs[i].cluster;
  for (std::size_t k = 0; k < i; ++k)
    if (glyphs[k].cluster == start) return {};
  std::size_t end = run.text.size();
  for (const auto& g : glyphs)
    if (g.cluster > start && g.cluster < end) end = g.cluster;
  if (start >= end) return {};
  std::string text = run.text.substr(start, end - start);
  std::size_t keep = text.find_last_not_of(" \t\r\n");
  if (keep != std::string::npos) text.erase(keep + 1);
  return text;
}

std::map<int, FaceUsage> collect_glyph_usage(const layout::Document& document) {
  std::map<int, FaceUsage> usage;
  for (const layout::Page& page : document.pages) {
    for (const layout::PageRun& run : page.runs) {
      int face = run.glyphs.face;
      if (face < 0 || static_cast<std::size_t>(face) >= document.faces.size())
        throw Error(ExitCode::internal, "PDF export: glyph run names unknown face " + std::to_string(face));
      FaceUsage& u = usage[face];
      for (std::size_t i = 0; i < run.glyphs.glyphs.size(); ++i) {
        uint32_t gid = run.glyphs.glyphs[i].gid;
        u.gids.insert(gid);
        if (u.texts.count(gid)) continue;
        std::string text = cluster_text(run, i);
        if (!text.empty()) u.texts.emplace(gid, std::move(text));
      }
    }
  }
  return usage;
}

}  // namespace paiban::export_pdf
