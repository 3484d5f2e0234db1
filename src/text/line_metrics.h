#pragma once
// Widths of candidate lines in O(1) from prefix sums over the clusters, for
// the break search and for justifying the chosen lines.
#include <algorithm>
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
  // The line of clusters [begin, end). Inline: the break search calls it
  // for every candidate line, a few times per cluster and candidate start.
  LineFit fit(size_t begin, size_t end) const {
    LineFit f;
    f.begin = begin;
    f.end = end;
    f.content_end = std::max(begin, content_end_[end]);
    if (f.content_end == begin) return f;
    const size_t last = f.content_end - 1;
    f.natural = width_[f.content_end] - width_[begin] - p_.gaps[last].extra;
    f.stretch = stretch_[last] - stretch_[begin];
    f.shrink = shrink_[last] - shrink_[begin] + p_.clusters[begin].start_shrink + p_.clusters[last].end_shrink;
    return f;
  }
  bool ends_paragraph_or_line(size_t end) const {  // last cluster or a forced break
    return end == p_.clusters.size() || p_.clusters[end - 1].forced_break;
  }

 private:
  const Prepared& p_;
  std::vector<double> width_, stretch_, shrink_;  // prefix sums over cluster + gap after it
  std::vector<size_t> content_end_;               // per end position
};

}  // namespace paiban::text
