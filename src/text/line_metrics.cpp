#include "text/line_metrics.h"

namespace paiban::text {

LineMetrics::LineMetrics(const Prepared& p) : p_(p) {
  const size_t n = p.clusters.size();
  width_.assign(n + 1, 0);
  stretch_.assign(n + 1, 0);
  shrink_.assign(n + 1, 0);
  content_end_.assign(n + 1, 0);
  for (size_t j = 0; j < n; ++j) {
    width_[j + 1] = width_[j] + p.clusters[j].width + p.gaps[j].extra;
    stretch_[j + 1] = stretch_[j] + p.gaps[j].stretch;
    shrink_[j + 1] = shrink_[j] + p.gaps[j].shrink;
    const Cluster& c = p.clusters[j];
    bool invisible = c.cls == CharClass::space || c.forced_break;
    content_end_[j + 1] = invisible ? content_end_[j] : j + 1;
  }
}

LineFit LineMetrics::fit(size_t begin, size_t end) const {
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

bool LineMetrics::ends_paragraph_or_line(size_t end) const {
  return end == p_.clusters.size() || p_.clusters[end - 1].forced_break;
}

}  // namespace paiban::text
