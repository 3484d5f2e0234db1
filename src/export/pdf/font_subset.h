#pragma once
// One face -> the font program to embed: a subset holding only the
// used glyphs, the CID each original glyph id becomes, widths and the
// descriptor metrics. TrueType faces become CIDFontType2 (CID = new glyph id);
// CFF faces give their bare `CFF ` table for CIDFontType0 (CID from the charset).
// CID-keyed CFF faces are subset by the project (cff_subset.h), the rest by
// hb-subset.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "export/pdf/cff_subset.h"
#include "text/font_catalog.h"

namespace paiban::export_pdf {

struct SubsetGlyph {
  uint16_t cid = 0;
  double width = 0;  // advance in 1/1000 em, rounded to 0.01 (the /W value)
};

struct FontDescriptorMetrics {
  double bbox[4] = {0, 0, 0, 0};  // 1/1000 em
  double ascent = 0, descent = 0, cap_height = 0;
  double stem_v = 80;
  int flags = 4;  // symbolic: glyphs are selected by CID, not by a standard encoding
};

struct EmbeddedFont {
  std::string base_name;  // subset tag + PostScript name: `KQXWZA+NotoSerifCJKsc-Regular`
  bool cff = false;
  std::string program;    // TrueType file or bare CFF table, uncompressed
  std::map<uint32_t, SubsetGlyph> glyphs;  // by original glyph id
  FontDescriptorMetrics metrics;
};

// Throws Error(data) naming the file when the face cannot be read and
// Error(internal) when hb-subset fails.
EmbeddedFont subset_face(const text::FaceInfo& face, const std::set<uint32_t>& gids);

// A CID-keyed CFF face (Noto CJK) keeps every glyph's CID in its subset, so
// all of its EmbeddedFont but the program is known before the program is
// made: the page contents can be written while another thread subsets.
// nullopt for other faces; `program` is left empty.
std::optional<EmbeddedFont> describe_cid_keyed_face(const text::FaceInfo& face, const std::set<uint32_t>& gids);

// Whether `face` is a CID-keyed CFF face: a quick look at its CFF table,
// before any glyph is asked for.
bool is_cid_keyed_face(const text::FaceInfo& face);

// The program of such a face: the bare `CFF ` table of its subset. `flattened`
// (from flatten_cid_keyed_glyphs on the same face) saves work, never changes it.
std::string cid_keyed_program(const text::FaceInfo& face, const std::set<uint32_t>& gids,
                              const FlattenedCharstrings* flattened = nullptr);

// The charstrings of `gids` (ascending, unique) of a CID-keyed CFF face,
// flattened before its subset is asked for, typically while the layout is
// still choosing glyphs (cli/render_pipeline.cpp). nullopt for other faces.
// `known`: flattened from this face before (charstring_cache.h).
std::optional<FlattenedCharstrings> flatten_cid_keyed_glyphs(const text::FaceInfo& face,
                                                             const std::vector<uint32_t>& gids,
                                                             const FlattenedCharstrings* known = nullptr);

}  // namespace paiban::export_pdf
