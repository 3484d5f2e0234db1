#pragma once
// /FlateDecode stream data (zlib format, RFC 1950) made with libdeflate, which
// compresses Noto's subset charstrings and the page contents about twice as
// fast as zlib and a little smaller. libharu never compresses a stream of ours
// itself: every stream reaches it deflated (HpdfBuilder).
#include <string>
#include <string_view>

namespace paiban::export_pdf {

// Everything at level 1, libdeflate's fastest.
// Page contents and CMaps: level 6 made the example's 1.6 KB smaller (16.8
// against 18.5 KB, 0.9 % of the PDF) for 2.1 M more instructions on the
// thread that writes the pages, the critical one (callgrind).
constexpr int kFlateLevel = 1;
// Font programs: Noto's subset charstrings (most of a PDF's bytes) shrink by
// only 19 % at level 6 and 17.5 % at level 1, which takes 60 % of the time
// (example article: 188.5 KB -> 155.5 KB in 1.4 ms, against 152.0 KB in 2.3 ms).
constexpr int kFontFlateLevel = 1;

// Throws Error(internal) when libdeflate cannot allocate a compressor.
std::string flate(std::string_view bytes, int level = kFlateLevel);

}  // namespace paiban::export_pdf
