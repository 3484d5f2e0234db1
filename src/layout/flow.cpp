#include "layout/flow.h"

#include <cmath>
#include <map>
#include <set>

namespace paiban::layout {

namespace {

// clreq / typography.md "Paragraphs and blocks": no single line of a
// paragraph alone at the foot or head of a column.
constexpr int kMinLinesAtBreak = 2;

bool body_kind(const std::string& kind) { return kind == "paragraph" || kind == "point" || kind == "lead"; }

double block_height(const SetBlock& b) {
  double h = 0;
  for (const SetLine& l : b.lines) h += l.rule ? 0 : b.style.leading;
  return h;
}

}  // namespace

void append_block(const LayoutSpec& spec, const SetBlock& block, int index, double gap_before,
                  std::vector<FlowLine>& flow) {
  const double body_leading = spec.style("paragraph").leading;
  const bool grid = spec.page.grid_lines > 0;
  const bool on_grid = grid && std::abs(block.style.leading - body_leading) < 0.01;
  const int n = static_cast<int>(block.lines.size());
  for (int j = 0; j < n; ++j) {
    FlowLine f;
    f.block = index;
    f.line = j;
    const SetLine& line = block.lines[static_cast<std::size_t>(j)];
    f.height = line.rule ? spec.handout.notes_spacing : block.style.leading;
    f.gap_before = j == 0 ? gap_before : 0;
    f.on_grid = on_grid || (grid && line.rule);
    // Ruled notes lines obey the same two-line rule: one ruled line alone at
    // a page foot (under its kept-with-next title) is as much an orphan as a
    // text line, and a long notes area still breaks between its lines.
    int before = j + 1, after = n - j - 1;
    f.break_after = (before >= kMinLinesAtBreak && after >= kMinLinesAtBreak) || after == 0;
    flow.push_back(f);
  }
}

std::vector<FlowLine> build_flow(const LayoutSpec& spec, const std::vector<BlockSource>& sources,
                                 const std::vector<SetBlock>& blocks, bool spanning_title) {
  const bool grid = spec.page.grid_lines > 0;
  const double grid_step = spec.style("paragraph").leading;

  // Page-foot footnotes hang on the line that first cites them.
  std::map<std::string, int> footnote_by_label;
  if (spec.footnotes == FootnotePlacement::page_foot)
    for (std::size_t i = 0; i < sources.size(); ++i)
      if (!sources[i].footnote_label.empty()) footnote_by_label.emplace(sources[i].footnote_label, static_cast<int>(i));
  std::set<int> cited;

  std::vector<FlowLine> flow;
  double pending_after = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const SetBlock& block = blocks[i];
    const BlockSource& source = sources[static_cast<std::size_t>(block.source)];
    if (!source.footnote_label.empty() && cited.count(block.source)) continue;
    if (block.lines.empty()) continue;
    double gap = pending_after + block.style.space_before;
    bool on_grid = grid && std::abs(block.style.leading - grid_step) < 0.01 && body_kind(source.kind);
    double top_pad = 0;
    if (grid && !on_grid && source.rule_lines == 0) {
      // Centre an off-grid block in the whole number of grid lines it takes,
      // with its space before, or without it at the top of a column.
      auto pad = [&](double before) {
        double h = before + block_height(block) + block.style.space_after;
        return (std::ceil(h / grid_step - 1e-6) * grid_step - h) / 2;
      };
      gap += pad(block.style.space_before);
      top_pad = pad(0);
    }
    if (source.kind == "editor" && !flow.empty()) flow.back().break_after = false;
    std::size_t first = flow.size();
    append_block(spec, block, static_cast<int>(i), gap, flow);
    for (std::size_t k = first; k < flow.size(); ++k) flow[k].spans = spanning_title && source.title_block;
    flow[first].top_pad = top_pad;
    // Keep-with-next and the title block: no column ends after the block.
    bool next_in_title = i + 1 < blocks.size() && sources[static_cast<std::size_t>(blocks[i + 1].source)].title_block;
    if (block.style.keep_with_next) flow.back().break_after = false;
    // The head (title to affiliations) stays together; abstract and keywords
    // break like paragraphs.
    bool head = source.title_block && source.kind != "abstract" && source.kind != "keywords";
    if (head)
      for (std::size_t k = first; k < flow.size(); ++k) flow[k].break_after = flow[k].break_after && k + 1 == flow.size() && !next_in_title;
    pending_after = block.style.space_after;

    for (std::size_t r = 0; r < source.footnote_refs.size(); ++r) {
      auto it = footnote_by_label.find(source.footnote_ref_labels[r]);
      if (it == footnote_by_label.end() || cited.count(it->second)) continue;
      uint32_t at = source.footnote_refs[r].begin;
      for (std::size_t k = first; k < flow.size(); ++k) {
        const SetLine& line = block.lines[static_cast<std::size_t>(flow[k].line)];
        if (at >= line.offset && at < line.offset + line.line.text.size()) {
          flow[k].footnotes.push_back(it->second);
          cited.insert(it->second);
          break;
        }
      }
    }
  }
  return flow;
}

}  // namespace paiban::layout
