#pragma once
// Layout display list -> print-ready PDF bytes. No file I/O: the caller writes
// the bytes. Fonts are embedded as hb-subset subsets (Type0, Identity-H) with
// ToUnicode maps; boxes, marks and saddle-stitch imposition are optional.
#include <cstdint>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "export/pdf/cff_subset.h"
#include "layout/display_list.h"

namespace paiban::export_pdf {

enum class Imposition { none, saddle };
// How the printer turns the sheet for its back side. Short edge is the usual
// setting for landscape booklet sheets; long edge needs the backs rotated 180°.
enum class Duplex { short_edge, long_edge };

// Charstrings of one face flattened while the layout ran
// (flatten_cid_keyed_glyphs), for the face at `path` and `index`.
struct EarlyCharstrings {
  std::string path;
  unsigned index = 0;
  std::shared_future<std::optional<FlattenedCharstrings>> charstrings;
};

struct PdfOptions {
  bool marks = false;                    // crop and registration marks outside the bleed
  Imposition impose = Imposition::none;  // none: one PDF page per page, reader order
  Duplex duplex = Duplex::short_edge;
  // Shingling compensation for saddle stitch: the innermost sheet's pages move
  // this far towards the fold, outer sheets proportionally less (0 on the cover).
  double creep_mm = 0;
  // Seconds since the epoch written as CreationDate/ModDate; the CLI takes it
  // from SOURCE_DATE_EPOCH. Unset: no dates, so the output stays deterministic.
  std::optional<std::int64_t> creation_time;
  // Subset faces and compress streams on helper threads (two phases, see
  // write_pdf.cpp). A caller that already keeps every core busy with one
  // document per thread (`paiban batch`) turns this off: the output is the same.
  bool threads = true;
  // Work on the subsets begun before the layout was done; the PDF is the same
  // without it, only made later.
  std::vector<EarlyCharstrings> early;
};

// Throws paiban::Error(internal) when libharu or hb-subset fail and
// Error(data) when a font file cannot be read.
std::string write_pdf(const layout::Document& document, const PdfOptions& options = {});

}  // namespace paiban::export_pdf
