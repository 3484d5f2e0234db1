#pragma once
// Flattened charstrings kept between runs, as bytes (the CLI reads and writes
// the file: cli/charstring_cache_file.h). Flattening Noto Serif's few hundred
// charstrings for an article is the largest piece of CPU left in a render,
// 2-3 ms of memory stalls on a 15 MB table; the same glyphs come back article
// after article. A glyph's flattened charstring depends only on the glyph and
// the font file, so a cache keyed by the file's identity gives the very bytes
// flattening would.
//
// Nothing read is trusted: every size and offset is checked, gids must
// ascend, and a CRC-32 over the whole file must match. Any doubt is a miss.
#include <optional>
#include <string>
#include <string_view>

#include "export/pdf/cff_subset.h"

namespace paiban::export_pdf {

// `key` names the font file and face it was flattened from (and its stamp).
std::string serialize_charstrings(const FlattenedCharstrings& charstrings, std::string_view key);
// nullopt for anything but a file serialize_charstrings wrote with this key.
std::optional<FlattenedCharstrings> parse_charstrings(std::string_view file, std::string_view key);
// Every glyph of both; where both have a glyph, a's bytes.
FlattenedCharstrings merge_charstrings(const FlattenedCharstrings& a, const FlattenedCharstrings& b);

}  // namespace paiban::export_pdf
