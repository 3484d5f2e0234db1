#pragma once
// Turning chosen breaks into lines of positioned glyphs: justification by
// inter-character spacing, line-edge punctuation compression, alignment.
#include "text/catalog_impl.h"
#include "text/line_metrics.h"
#include "text/linebreak.h"
#include "text/paragraph.h"

namespace paiban::text {

struct LineFrame {
  double indent = 0;  // pt from the line's left edge to its content
  double room = 0;    // pt available for content
};

Line finalize_line(const FontCatalog::Impl& fonts, const Prepared& p, const LineMetrics& metrics,
                   const LineFit& fit, const LineFrame& frame, Align align);

}  // namespace paiban::text
