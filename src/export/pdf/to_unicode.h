#pragma once
// The ToUnicode CMap of one embedded font: CID -> the text of the cluster the
// glyph starts, as UTF-16BE (characters beyond the BMP as surrogate pairs).
#include <cstdint>
#include <map>
#include <string>

namespace paiban::export_pdf {

// UTF-8 -> UTF-16BE bytes; invalid sequences become U+FFFD.
std::string utf8_to_utf16be(const std::string& utf8);

// `texts` maps CID to UTF-8 text; empty texts are left out.
std::string to_unicode_cmap(const std::map<uint16_t, std::string>& texts);

}  // namespace paiban::export_pdf
