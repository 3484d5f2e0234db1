#pragma once
// /FlateDecode stream data (zlib format, RFC 1950) made with libdeflate, which
// compresses Noto's subset charstrings and the page contents about twice as
// fast as zlib and a little smaller. libharu never compresses a stream of ours
// itself: every stream reaches it deflated (HpdfBuilder).
#include <string>
#include <string_view>

namespace paiban::export_pdf {

// libdeflate's level 6: for the font programs (flattened charstrings that
// hardly compress) as fast as zlib's level 1 was and 1.5 % smaller; for page
// contents the same size as zlib's default at half its time.
constexpr int kFlateLevel = 6;

// Throws Error(internal) when libdeflate cannot allocate a compressor.
std::string flate(std::string_view bytes, int level = kFlateLevel);

}  // namespace paiban::export_pdf
