#pragma once
// Widths of candidate lines in O(1) from prefix sums over the clusters, for
// the break search and for justifying the chosen lines.
#include <vector>

#include "text/prepared.h"

namespace paiban::text {

struct LineFit {
  size_t begin = 0, content_end = 0, end = 0;  // clusters; content excludes trailing spaces
  double natural = 0;  // pt, before justification
  double stretch = 0;  // sum of gap weights
  double shrink = 0;   // pt removable
};

class LineMetrics {
 public:
  explicit LineMetrics(const Prepared& p);
  // The line of clusters [begin, end).
  LineFit fit(size_t begin, size_t end) const;
  bool ends_paragraph_or_line(size_t end) const;  // last cluster or a forced break

 private:
  const Prepared& p_;
  std::vector<double> width_, stretch_, shrink_;  // prefix sums over cluster + gap after it
  std::vector<size_t> content_end_;               // per end position
};

}  // namespace paiban::text
