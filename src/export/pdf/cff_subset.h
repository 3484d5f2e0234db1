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

// Charstrings flattened ahead of a subset (cff_charstring.h). Reading a CJK
// font's charstrings, scattered over megabytes of the file, is most of what a
// subset costs; a thread can do it for the glyphs a document will likely use
// while its layout still decides which it does use. A glyph's flattened
// charstring depends on nothing but the glyph, so a subset made with these is
// byte for byte the one made without.
struct FlattenedCharstrings {
  std::vector<uint32_t> gids;  // ascending
  std::vector<uint32_t> ends;  // gids[i]'s charstring ends at bytes[ends[i]], starts where gids[i - 1]'s ends
  std::string bytes;

  // The flattened charstring of `gid`, or nullopt when it was not flattened.
  std::optional<std::string_view> find(uint32_t gid) const;
};

// `gids`: ascending, unique, starting with 0. A glyph that cannot be flattened
// is left out (the subset meets it again and declines). nullopt when the
// table is not a CID-keyed CFF that subset_cid_cff understands.
// `known`, flattened from the same table before (a cache: charstring_cache.h),
// gives the glyphs it holds without flattening them again.
std::optional<FlattenedCharstrings> flatten_cid_charstrings(std::string_view table, const std::vector<uint32_t>& gids,
                                                            const FlattenedCharstrings* known = nullptr);

// `gids`: ascending, unique, starting with 0 (.notdef); glyph gids[i] becomes
// glyph i. nullopt when the table is not a CID-keyed CFF this subsetter
// understands (name-keyed, CFF2, malformed): the caller then uses hb-subset.
// `flattened`, made from the same table, saves flattening the glyphs it holds.
std::optional<std::string> subset_cid_cff(std::string_view table, const std::vector<uint32_t>& gids,
                                          const FlattenedCharstrings* flattened = nullptr);

}  // namespace paiban::export_pdf
