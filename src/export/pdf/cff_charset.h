#pragma once
// Reads the charset of a CFF table. hb-subset renumbers the glyphs of a
// CID-keyed CFF (Noto CJK) but keeps each glyph's original CID in the charset,
// and a PDF CIDFontType0 selects glyphs by CID: the content stream must carry
// the CIDs this charset gives, not the new glyph ids.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "export/pdf/cff_reader.h"

namespace paiban::export_pdf {

struct CffCharset {
  bool cid_keyed = false;         // Top DICT has ROS
  std::vector<uint16_t> gid_to_cid;  // CID (or SID) of every glyph; [0] = 0
};

// nullopt when the table is malformed.
std::optional<CffCharset> read_cff_charset(std::string_view cff);

// The CIDs of `gids`, ascending glyph ids, in a CID-keyed CFF table. nullopt
// when the table is name-keyed or malformed.
std::optional<std::vector<uint16_t>> cids_of(std::string_view table, const std::vector<uint32_t>& gids);

// The CIDs (SIDs in a name-keyed font) of `gids`, ascending glyph ids, from
// the charset at `pos` of a font of glyph_count glyphs. nullopt when the
// charset is malformed or a glyph id is out of range.
std::optional<std::vector<uint16_t>> charset_ids(cff::Reader& r, std::size_t pos, std::size_t glyph_count,
                                                 const std::vector<uint32_t>& gids);

}  // namespace paiban::export_pdf
