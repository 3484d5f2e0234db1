#pragma once
// The file behind export_pdf's charstring cache (export/pdf/charstring_cache.h):
// one per font face, next to the font lookup cache ($XDG_CACHE_HOME/paiban or
// ~/.cache/paiban; PAIBAN_FONT_CACHE=off turns both off), keyed by the font
// file's path, face index and stamp, so a replaced font is a miss. Reading or
// writing it never fails a render: any problem is a miss, or no file.
#include <optional>

#include "export/pdf/cff_subset.h"
#include "text/font_catalog.h"

namespace paiban::cli {

std::optional<export_pdf::FlattenedCharstrings> read_cached_charstrings(const text::FaceInfo& face);
// Keeps `known` and whatever `flattened` adds to it, when it adds anything.
void update_cached_charstrings(const text::FaceInfo& face, const export_pdf::FlattenedCharstrings* known,
                               const export_pdf::FlattenedCharstrings& flattened);

}  // namespace paiban::cli
