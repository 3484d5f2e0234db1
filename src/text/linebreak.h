#pragma once
// Choosing the line breaks of a whole paragraph at once (total fit, after
// Knuth and Plass): the breaks minimising the sum of demerits, where a line's
// demerits grow with how far it must be stretched or compressed and with the
// penalty of its break. Lines never exceed the measure while any set of
// breaks avoids it.
#include <vector>

#include "text/line_metrics.h"
#include "text/paragraph.h"

namespace paiban::text {

struct LineWidths {
  double first = 0;  // room for the first line's content, pt
  double other = 0;  // room for every other line
  bool justify = true;
};

// Stretch of one gap at adjustment ratio 1, in em: badness 100 when every
// gap of a line opens by a quarter em.
constexpr double kStretchPerGap = 0.25;

// Clusters [begin, end) of each line, in order.
std::vector<LineFit> choose_breaks(const Prepared& p, const LineMetrics& metrics, const LineWidths& widths);

}  // namespace paiban::text
