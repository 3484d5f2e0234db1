#pragma once
// A subset of a CID-keyed CFF table (Noto CJK): the kept glyphs' charstrings,
// each made self-contained (cff_charstring.h), the Font DICTs they use, and a
// charset that keeps each glyph's CID. hb-subset made the same subset at about
// 50,000 instructions a glyph through its general machinery, the largest
// single cost of a render; this copies bytes.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paiban::export_pdf {

// `gids`: ascending, unique, starting with 0 (.notdef); glyph gids[i] becomes
// glyph i. nullopt when the table is not a CID-keyed CFF this subsetter
// understands (name-keyed, CFF2, malformed): the caller then uses hb-subset.
std::optional<std::string> subset_cid_cff(std::string_view table, const std::vector<uint32_t>& gids);

}  // namespace paiban::export_pdf
