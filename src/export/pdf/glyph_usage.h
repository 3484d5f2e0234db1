#pragma once
// First pass over a document: which glyphs of which face are used, and the
// text each glyph stands for (for ToUnicode).
#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "layout/display_list.h"

namespace paiban::export_pdf {

struct FaceUsage {
  std::set<uint32_t> gids;
  // The text of the cluster a glyph starts, first occurrence wins; glyphs that
  // continue a cluster (second glyph of a decomposition) map to nothing.
  std::map<uint32_t, std::string> texts;
};

// Keyed by FaceId. Throws Error(internal) for a run naming an unknown face.
std::map<int, FaceUsage> collect_glyph_usage(const layout::Document& document);

// The text of glyph `i` of a run: from its cluster to the next larger cluster
// (or the end of the text); empty when glyph i continues the previous glyph's
// cluster. Trailing white space is cut unless the cluster is only white space.
std::string cluster_text(const layout::PageRun& run, std::size_t i);

}  // namespace paiban::export_pdf
