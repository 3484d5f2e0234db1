#include "text/linebreak.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace paiban::text {
namespace {

constexpr double kInfinite = std::numeric_limits<double>::infinity();
constexpr double kLinePenalty = 10;       // TeX's \linepenalty: fewer lines are better
constexpr double kMaxBadness = 1e6;       // a line that cannot stretch at all
constexpr double kLoneLastChar = 1e4;     // a paragraph ending in one character alone (孤字)
constexpr double kOverflow = 1e30;        // a cluster wider than the measure: nothing else fits
constexpr double kTolerance = 1e-6;       // pt
// Compressing punctuation blanks and Han-Latin spaces to their minimum is
// ordinary Chinese practice, milder than opening every gap by a quarter em.
constexpr double kShrinkBadness = 25;

// Badness of one line, or infinity if it cannot be made to fit.
double badness(const LineFit& f, double room, bool stretch_it, double em) {
  const double delta = room - f.natural;
  if (delta >= -kTolerance) {
    if (!stretch_it || delta <= kTolerance) return 0;
    if (f.stretch <= 0) return kMaxBadness;
    const double r = delta / (f.stretch * kStretchPerGap * em);
    return std::min(kMaxBadness, 100 * r * r * r);
  }
  if (f.shrink <= 0 || -delta > f.shrink + kTolerance) return kInfinite;
  const double r = -delta / f.shrink;
  return kShrinkBadness * r * r * r;
}

struct Node {
  double demerits = kInfinite;
  size_t previous = 0;
};

}  // namespace

std::vector<LineFit> choose_breaks(const Prepared& p, const LineMetrics& metrics, const LineWidths& widths) {
  const size_t n = p.clusters.size();
  if (n == 0) return {};
  // Positions a line may start at: the paragraph start and after every gap that may break.
  std::vector<size_t> starts{0};
  for (size_t i = 0; i + 1 < n; ++i)
    if (p.gaps[i].penalty != kNoBreak) starts.push_back(i + 1);
  std::vector<Node> best(n + 1);
  best[0].demerits = 0;
  auto visit_end = [&](size_t end, size_t starts_before) {
    const bool final_line = metrics.ends_paragraph_or_line(end);
    const double penalty = end == n || p.clusters[end - 1].forced_break ? 0 : p.gaps[end - 1].penalty;
    Node& node = best[end];
    for (size_t k = starts_before; k-- > 0;) {
      const size_t begin = starts[k];
      if (best[begin].demerits == kInfinite) continue;
      const double room = begin == 0 ? widths.first : widths.other;
      const LineFit f = metrics.fit(begin, end);
      const double em = p.clusters[begin].em;
      const double b = badness(f, room, widths.justify && !final_line, em);
      if (b != kInfinite) {
        double d = (kLinePenalty + b) * (kLinePenalty + b) + penalty * penalty;
        if (end == n && begin > 0 && f.content_end - begin == 1 && widths.justify) d += kLoneLastChar;
        d += best[begin].demerits;
        if (d < node.demerits) node = Node{d, begin};
      }
      // Far enough back that no earlier start can fit (internal shrink never exceeds half the width).
      if (f.natural > 2 * room + 2 * em) break;
      if (begin > 0 && p.clusters[begin - 1].forced_break) break;
    }
    if (node.demerits == kInfinite && starts_before > 0) {  // a cluster wider than the measure
      size_t begin = starts[starts_before - 1];
      node = Node{best[begin].demerits + kOverflow, begin};
    }
  };
  for (size_t k = 1; k < starts.size(); ++k) visit_end(starts[k], k);
  visit_end(n, starts.size());
  std::vector<LineFit> lines;
  for (size_t end = n; end > 0; end = best[end].previous) lines.push_back(metrics.fit(best[end].previous, end));
  std::reverse(lines.begin(), lines.end());
  return lines;
}

}  // namespace paiban::text
