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

}  // namespace paiban::text
