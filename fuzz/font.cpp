// A font file that is truncated, corrupt or not a font at all, through the
// code that reads font bytes for embedding: our own CFF charset reader on the
// bare bytes, then the whole subsetting of a face read from a file (hb-subset,
// charset, widths, descriptor metrics) as the PDF export does it.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>

#include "export/pdf/cff_charset.h"
#include "export/pdf/font_subset.h"
#include "model/error.h"

namespace {

// subset_face reads the face from a path, like the catalog gives it.
std::string scratch_path() {
  static const std::string path = "/tmp/paiban-fuzz-font-" + std::to_string(::getpid()) + ".otf";
  return path;
}

bool write_all(const std::string& path, const uint8_t* data, size_t size) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  bool ok = std::fwrite(data, 1, size, f) == size;
  return std::fclose(f) == 0 && ok;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  paiban::export_pdf::read_cff_charset(std::string_view(reinterpret_cast<const char*>(data), size));

  const std::string path = scratch_path();
  if (!write_all(path, data, size)) return 0;
  for (bool cff : {false, true}) {
    paiban::text::FaceInfo face;
    face.path = path;
    face.cff = cff;  // what the catalog found; the subsetter must not trust it blindly
    face.postscript_name = "FuzzFace";
    try {
      // Glyph 0 is always used (.notdef); the others may or may not exist.
      paiban::export_pdf::subset_face(face, std::set<uint32_t>{0, 1, 2, 3, 36, 1000, 65535});
    } catch (const paiban::Error&) {
    }
  }
  return 0;
}
