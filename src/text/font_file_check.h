#pragma once
// A structural check of a font file before HarfBuzz reads it. HarfBuzz treats
// a table that lies past the end of the file as absent and sets text with
// outline-less glyphs; a file cut short or overwritten must instead stop the
// run with a clear error. Only the table directory and a few fields are read
// (no table checksums), so the check costs microseconds per face.
#include <hb.h>

#include <string>
#include <string_view>

namespace paiban::text {

// Throws Error(ExitCode::data, "font file PATH is damaged: ...") unless
// `bytes` hold an sfnt (TrueType or CFF OpenType) or a collection of them
// whose face `face_index` has an intact table directory, every table inside
// the file, the tables outlines need, and (TrueType) a loca whose last glyph
// ends inside glyf.
void check_font_file(std::string_view bytes, unsigned face_index, const std::string& path);
void check_font_file(hb_blob_t* font_file, unsigned face_index, const std::string& path);

}  // namespace paiban::text
