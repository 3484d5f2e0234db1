#include "export/pdf/glyph_usage.h"

#include <vector>

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
  // A document sets tens of thousands of glyphs, a few hundred distinct ones:
  // a bit per glyph id tells the first occurrence of each, where a set
  // insert per glyph cost more than the rest of this pass.
  struct Seen {
    std::vector<uint64_t> bits;
    std::vector<uint64_t> with_text;
  };
  auto test_and_set = [](std::vector<uint64_t>& bits, uint32_t gid) {
    std::size_t word = gid / 64;
    if (word >= bits.size()) bits.resize(word + 1);
    uint64_t mask = uint64_t{1} << (gid % 64);
    bool was = bits[word] & mask;
    bits[word] |= mask;
    return was;
  };
  std::map<int, FaceUsage> usage;
  std::map<int, Seen> seen;
  for (const layout::Page& page : document.pages) {
    for (const layout::PageRun& run : page.runs) {
      int face = run.glyphs.face;
      if (face < 0 || static_cast<std::size_t>(face) >= document.faces.size())
        throw Error(ExitCode::internal, "PDF export: glyph run names unknown face " + std::to_string(face));
      if (!document.faces[static_cast<std::size_t>(face)].loaded)
        throw Error(ExitCode::internal, "PDF export: the document's entry for " +
                                            document.faces[static_cast<std::size_t>(face)].path +
                                            " was taken before the face was loaded");
      FaceUsage& u = usage[face];
      Seen& s = seen[face];
      for (std::size_t i = 0; i < run.glyphs.glyphs.size(); ++i) {
        uint32_t gid = run.glyphs.glyphs[i].gid;
        if (!test_and_set(s.bits, gid)) u.gids.insert(u.gids.end(), gid);
        if (s.with_text.size() > gid / 64 && (s.with_text[gid / 64] >> (gid % 64) & 1)) continue;
        std::string text = cluster_text(run, i);
        if (!text.empty()) {
          test_and_set(s.with_text, gid);
          u.texts.emplace(gid, std::move(text));
        }
      }
    }
  }
  return usage;
}

}  // namespace paiban::export_pdf
