#include "text/linebreak.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace paiban::text {
namespace {

constexpr double kInfinite = std::numeric_limits<double>::infinity();
constexpr double kLinePenalty = 10;       // TeX's \linepenalty: fewer lines are better
constexpr double kMaxBadness = 1e6;       // gaps opened far beyond a quarter em, or letter-spaced Latin
// One character alone on a line that should be justified cannot fill the
// measure: worse than breaking a word that is already too long to fit.
constexpr double kUnfillable = 1e8;
constexpr double kLoneLastChar = 1e4;     // a paragraph ending in one character alone (孤字)
constexpr double kOverflow = 1e30;        // a cluster wider than the measure: nothing else fits
constexpr double kTolerance = 1e-6;       // pt
// Compressing punctuation blanks and Han-Latin spaces to their minimum is
// ordinary Chinese practice, milder than opening every gap by a quarter em.
constexpr double kShrinkBadness = 25;
// Lines needing more stretch than this ratio (badness 800) are only tried
// when no line within it fits (TeX's tolerance).
constexpr double kMaxStretchRatio = 2;

// Badness of one line, or infinity if it cannot be made to fit.
double badness(const LineFit& f, double room, bool stretch_it, double em) {
  const double delta = room - f.natural;
  if (delta >= -kTolerance) {
    if (!stretch_it || delta <= kTolerance) return 0;
    if (f.stretch <= 0) return f.content_end - f.begin > 1 ? kMaxBadness : kUnfillable;
    const double r = delta / (f.stretch * kStretchPerGap * em);
    return std::min(kMaxBadness, 100 * r * r * r);
  }
  if (f.shrink <= 0 || -delta > f.shrink + kTolerance) return kInfinite;
  const double r = -delta / f.shrink;
  return kShrinkBadness * r * r * r;
}

// Ragged lines (left, centre, right) are not stretched, but their unused
// room still costs as if it were right-margin glue this many ems stretchy
// (TeX's ragged right); without it every split ties at zero badness and the
// first fit wins, e.g. a two-line note set as a stub and a full line.
constexpr double kRaggedStretchEm = 3;

double ragged_badness(const LineFit& f, double room, double em) {
  const double r = std::max(0.0, room - f.natural) / (kRaggedStretchEm * em);
  return std::min(kMaxBadness, 100 * r * r * r);
}

struct Node {
  double demerits = kInfinite;
  size_t previous = 0;
};

// The dynamic programme over break positions: best[end] is the cheapest way
// to set clusters [0, end) ending a line at `end`. Candidate starts of a line
// ending at `end` lie in a window one line wide, found with a pointer that
// only moves forward, so the search is O(clusters x breaks per line).
class TotalFit {
 public:
  TotalFit(const Prepared& p, const LineMetrics& m, const LineWidths& w, bool with_last_resorts)
      : p_(p), metrics_(m), widths_(w) {
    const size_t n = p.clusters.size();
    const float max_penalty = with_last_resorts ? kEmergencyBreak : 0;
    starts_.push_back(0);
    for (size_t i = 0; i + 1 < n; ++i)
      if (p.clusters[i].forced_break || p.gaps[i].penalty <= max_penalty) starts_.push_back(i + 1);
    for (const Cluster& c : p.clusters) {
      max_em_ = std::max<double>(max_em_, c.em);
      max_edge_shrink_ = std::max<double>(max_edge_shrink_, c.start_shrink + c.end_shrink);
    }
    best_.assign(n + 1, Node{});
    best_[0].demerits = 0;
  }

  // Returns false if some line had to overflow or could not be justified.
  bool run() {
    for (size_t k = 1; k < starts_.size(); ++k) visit(starts_[k], k);
    visit(p_.clusters.size(), starts_.size());
    if (overflowed_) return false;
    if (!widths_.justify) return true;
    for (const LineFit& f : lines())
      if (!metrics_.ends_paragraph_or_line(f.end) && f.content_end - f.begin == 1) return false;
    return true;
  }

  std::vector<LineFit> lines() const {
    std::vector<LineFit> out;
    for (size_t end = p_.clusters.size(); end > 0; end = best_[end].previous)
      out.push_back(metrics_.fit(best_[end].previous, end));
    std::reverse(out.begin(), out.end());
    return out;
  }

 private:
  double room(size_t begin) const { return begin == 0 ? widths_.first : widths_.other; }

  // Too long even with every blank removed: so is every line starting earlier.
  bool too_long_for_all(const LineFit& f) const {
    const double internal_shrink = f.shrink - (f.content_end > f.begin ? p_.clusters[f.begin].start_shrink +
                                                                             p_.clusters[f.content_end - 1].end_shrink
                                                                       : 0);
    return f.natural - internal_shrink - max_edge_shrink_ > room(f.begin) + kTolerance;
  }
  // Too short to reach the measure within the tolerance: so is every line starting later.
  bool too_short_for_all(const LineFit& f) const {
    return f.natural + f.stretch * kStretchPerGap * max_em_ * kMaxStretchRatio < room(f.begin) - kTolerance;
  }

  // `floor`: the demerits of a line of badness 0 with this penalty, so that
  // a start already too costly for the best line found so far is passed
  // over before its badness is worked out. Rounding is monotonic, so the
  // sum below can only be larger: the test drops no line that could win.
  void try_line(const LineFit& f, bool final_line, double penalty, double floor, Node& node) const {
    const size_t begin = f.begin, end = f.end;
    if (best_[begin].demerits == kInfinite || floor + best_[begin].demerits >= node.demerits) return;
    double b = badness(f, room(begin), widths_.justify && !final_line, p_.clusters[begin].em);
    if (b == kInfinite) return;
    if (!widths_.justify && !final_line) b = std::max(b, ragged_badness(f, room(begin), p_.clusters[begin].em));
    double d = (kLinePenalty + b) * (kLinePenalty + b) + penalty * penalty;
    if (end == p_.clusters.size() && begin > 0 && f.content_end - begin == 1 && widths_.justify) d += kLoneLastChar;
    d += best_[begin].demerits;
    if (d < node.demerits) node = Node{d, begin};
  }

  void visit(size_t end, size_t starts_before) {
    const bool final_line = metrics_.ends_paragraph_or_line(end);
    const bool forced = end < p_.clusters.size() && p_.clusters[end - 1].forced_break;
    const double penalty = end == p_.clusters.size() || forced ? 0 : p_.gaps[end - 1].penalty;
    const LineMetrics::Ending ending(metrics_, end);
    while (lo_ + 1 < starts_before && too_long_for_all(ending.fit(starts_[lo_]))) ++lo_;
    Node& node = best_[end];
    const double floor = kLinePenalty * kLinePenalty + penalty * penalty;
    size_t k = lo_;
    for (; k < starts_before; ++k) {
      const LineFit f = ending.fit(starts_[k]);
      if (!final_line && too_short_for_all(f)) break;
      try_line(f, final_line, penalty, floor, node);
    }
    for (; node.demerits == kInfinite && k < starts_before; ++k)
      try_line(ending.fit(starts_[k]), final_line, penalty, floor, node);
    if (node.demerits == kInfinite) {  // a cluster wider than the measure
      const size_t begin = starts_[starts_before - 1];
      node = Node{best_[begin].demerits + kOverflow, begin};
      overflowed_ = true;
    }
    if (forced) lo_ = starts_before;  // no line reaches back across a line separator
  }

  const Prepared& p_;
  const LineMetrics& metrics_;
  const LineWidths& widths_;
  std::vector<size_t> starts_;  // positions a line may start at
  std::vector<Node> best_;
  size_t lo_ = 0;
  double max_em_ = 0, max_edge_shrink_ = 0;
  bool overflowed_ = false;
};

}  // namespace

std::vector<LineFit> choose_breaks(const Prepared& p, const LineMetrics& metrics, const LineWidths& widths) {
  if (p.clusters.empty()) return {};
  // Breaks that keep every rule first; the last resorts only if a chunk the
  // rules keep whole is wider than the measure, or leaves a character alone
  // on a line that cannot then be justified.
  TotalFit by_rules(p, metrics, widths, false);
  if (by_rules.run()) return by_rules.lines();
  TotalFit with_last_resorts(p, metrics, widths, true);
  with_last_resorts.run();
  return with_last_resorts.lines();
}

}  // namespace paiban::text
