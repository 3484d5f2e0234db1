#include "layout/frame_fill.h"

#include <algorithm>
#include <cmath>

namespace paiban::layout {

double snap_to_grid(const FrameBox& box, double y) {
  if (box.grid_step <= 0) return y;
  double steps = std::ceil((y - box.grid_origin) / box.grid_step - 1e-6);
  return box.grid_origin + std::max(0.0, steps) * box.grid_step;
}

FrameResult fill_frame(const FrameBox& box, const std::vector<FlowLine>& flow, std::size_t start, bool spanning,
                       double separator, const std::vector<double>& footnote_heights) {
  constexpr double eps = 1e-3;
  constexpr double kMaxFootnoteShare = 0.5;
  FrameResult r;
  double y = box.top, notes = 0;
  std::vector<std::size_t> notes_count;  // footnotes in use after each placed line
  int last_ok = -1;
  std::size_t i = start;
  for (; i < flow.size() && flow[i].spans == spanning; ++i) {
    const FlowLine& line = flow[i];
    double top = r.lines.empty() ? y + line.top_pad : y + line.gap_before;
    if (line.on_grid) top = snap_to_grid(box, top);
    double need = 0;
    for (int f : line.footnotes) need += footnote_heights[static_cast<std::size_t>(f)];
    if (need > 0 && notes == 0) need += separator;
    // Footnotes taller than half a text block would leave their citing line
    // nearly alone: they follow the article instead.
    bool defer_notes = need > kMaxFootnoteShare * (box.bottom - box.grid_origin);
    if (defer_notes) need = 0;
    bool fits = top + line.height <= box.bottom - notes - need + eps;
    if (!fits && r.lines.empty()) {
      // An empty frame takes the line whatever happens, so that layout always
      // advances; its footnotes go to the article end if they are what does not fit.
      defer_notes = defer_notes || need > 0;
      r.overflow = top + line.height > box.bottom + eps;
      fits = true;
    }
    if (!fits) {
      std::size_t cut = last_ok >= 0 ? static_cast<std::size_t>(last_ok) + 1 : r.lines.size();
      r.forced = last_ok < 0;
      r.lines.resize(cut);
      r.footnotes.resize(notes_count[cut - 1]);
      r.end = start + cut;
      r.bottom_of_text = r.lines.back().top + flow[static_cast<std::size_t>(r.lines.back().item)].height;
      return r;
    }
    r.lines.push_back({static_cast<int>(i), top});
    auto& target = defer_notes ? r.deferred : r.footnotes;
    target.insert(target.end(), line.footnotes.begin(), line.footnotes.end());
    if (!defer_notes) notes += need;
    notes_count.push_back(r.footnotes.size());
    y = top + line.height;
    if (line.break_after) last_ok = static_cast<int>(r.lines.size()) - 1;
  }
  r.end = i;
  r.bottom_of_text = y;
  return r;
}

}  // namespace paiban::layout
