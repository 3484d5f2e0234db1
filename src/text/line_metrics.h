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
  // Lines ending at one END with many starts (the break search tries every
  // start in a window against each end): what depends on the end alone is
  // looked up once. fit(begin) is the line of clusters [begin, END).
  class Ending {
   public:
    Ending(const LineMetrics& m, size_t end) : m_(m), end_(end), content_end_(m.content_end_[end]) {
      if (content_end_ == 0) return;
      const size_t last = content_end_ - 1;
      width_ = m.width_[content_end_];
      extra_ = m.p_.gaps[last].extra;
      stretch_ = m.stretch_[last];
      shrink_ = m.shrink_[last];
      end_shrink_ = m.p_.clusters[last].end_shrink;
    }
    LineFit fit(size_t begin) const {
      LineFit f;
      f.begin = begin;
      f.end = end_;
      f.content_end = std::max(begin, content_end_);
      if (f.content_end == begin) return f;
      f.natural = width_ - m_.width_[begin] - extra_;
      f.stretch = stretch_ - m_.stretch_[begin];
      f.shrink = shrink_ - m_.shrink_[begin] + m_.p_.clusters[begin].start_shrink + end_shrink_;
      return f;
    }

   private:
    const LineMetrics& m_;
    size_t end_, content_end_;
    double width_ = 0, stretch_ = 0, shrink_ = 0;  // prefix sums at the end's content
    float extra_ = 0, end_shrink_ = 0;             // of the end's last content cluster
  };

  // The line of clusters [begin, end).
  LineFit fit(size_t begin, size_t end) const { return Ending(*this, end).fit(begin); }
  bool ends_paragraph_or_line(size_t end) const {  // last cluster or a forced break
    return end == p_.clusters.size() || p_.clusters[end - 1].forced_break;
  }

 private:
  const Prepared& p_;
  std::vector<double> width_, stretch_, shrink_;  // prefix sums over cluster + gap after it
  std::vector<size_t> content_end_;               // per end position
};

}  // namespace paiban::text
