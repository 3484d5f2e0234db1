#pragma once
// One input through each fuzzed entry point, shared by the libFuzzer targets
// (fuzz/*.cpp) and the hardening test that replays fuzz/regressions/ in the
// normal build. Each returns normally for any input: a paiban::Error is a
// correct refusal; anything else (a crash, another exception, a sanitizer
// report) is a finding.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>

#include "export/pdf/cff_charset.h"
#include "export/pdf/charstring_cache.h"
#include "export/pdf/cff_subset.h"
#include "export/pdf/font_subset.h"
#include "layout/layout_spec.h"
#include "model/error.h"
#include "parse/parse.h"

namespace paiban::fuzz {

inline void parse_one(std::string_view bytes) {
  try {
    parse::parse_bytes(bytes, "fuzz.txt");
  } catch (const Error&) {
  }
}

inline void layout_xml_one(std::string_view bytes) {
  try {
    layout::parse_layout_xml(std::string(bytes), "fuzz.xml");
  } catch (const Error&) {
  }
}

// Font bytes through our CFF charset reader and CID-keyed CFF subsetter (as a
// bare CFF table), then through the subsetting of a face read from a file as
// the PDF export does it (the catalog hands export a path): our subsetter or
// hb-subset, charset, widths, descriptor metrics.
inline void font_one(std::string_view bytes) {
  export_pdf::read_cff_charset(bytes);
  export_pdf::subset_cid_cff(bytes, {0, 1, 2, 3, 36, 1000});
  export_pdf::parse_charstrings(bytes, "key");  // a cache file of flattened charstrings
  static const std::string path = "/tmp/paiban-fuzz-font-" + std::to_string(::getpid()) + ".otf";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return;
  bool written = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  if (std::fclose(f) != 0 || !written) return;
  for (bool cff : {false, true}) {
    text::FaceInfo face;
    face.path = path;
    face.cff = cff;  // what the catalog found; the subsetter must not trust it blindly
    face.postscript_name = "FuzzFace";
    try {
      // Glyph 0 (.notdef) is always used; the others may or may not exist.
      export_pdf::subset_face(face, std::set<uint32_t>{0, 1, 2, 3, 36, 1000, 65535});
    } catch (const Error&) {
    }
  }
}

}  // namespace paiban::fuzz
