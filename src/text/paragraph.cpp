#include "text/paragraph.h"

#include <cmath>

#include "model/error.h"
#include "text/breaks.h"
#include "text/catalog_impl.h"
#include "text/finalize.h"
#include "text/line_metrics.h"
#include "text/linebreak.h"
#include "text/shape.h"
#include "text/spacing.h"

namespace paiban::text {
namespace {

void check(const ParagraphSpec& spec) {
  auto bad = [](double v) { return !std::isfinite(v) || v < 0; };
  if (bad(spec.measure) || spec.measure == 0 || bad(spec.first_indent) || bad(spec.left_indent))
    throw Error(ExitCode::data, "paragraph: measure and indents must be finite, the measure positive");
  for (const Span& span : spec.spans)
    if (!std::isfinite(span.style.size) || span.style.size <= 0)
      throw Error(ExitCode::data, "paragraph: font size must be positive (role " + span.style.role + ")");
}

}  // namespace

ParagraphResult set_paragraph(const FontCatalog& fonts, const ParagraphSpec& spec) {
  check(spec);
  Prepared p;
  shape_paragraph(fonts, spec, Direction::horizontal, p);
  adjust_punctuation(fonts.impl(), p);
  assign_spacing(p);
  assign_breaks(p);
  const LineMetrics metrics(p);
  const double room = spec.measure - spec.left_indent;
  const LineWidths widths{room - spec.first_indent, room, spec.align == Align::justify};
  ParagraphResult result;
  const auto fits = choose_breaks(p, metrics, widths);
  for (size_t i = 0; i < fits.size(); ++i) {
    const LineFrame frame = i == 0 ? LineFrame{spec.left_indent + spec.first_indent, widths.first}
                                   : LineFrame{spec.left_indent, widths.other};
    result.lines.push_back(finalize_line(fonts.impl(), p, metrics, fits[i], frame, spec.align));
  }
  result.warnings = std::move(p.warnings);
  return result;
}

}  // namespace paiban::text
