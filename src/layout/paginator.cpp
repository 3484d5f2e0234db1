// The paginator: an article's blocks are set, turned into a flow of lines and
// poured into frames: the title block across the text block, then columns,
// page after page, with page-foot footnotes under their column.
#include <algorithm>

#include "layout/block_source.h"
#include "layout/emit_line.h"
#include "layout/flow.h"
#include "layout/frame_fill.h"
#include "layout/paginator_state.h"
#include "layout/set_block.h"
#include "layout/set_blocks.h"

namespace paiban::layout {

namespace {

// Space above the first footnote of a column, in footnote leadings; the
// separator rule, a third of the column wide, sits in its middle.
constexpr double kSeparatorLeadings = 0.8;

struct ArticleRun {
  ArticleRun(Paginator::State& s, int index) : state(s), article(index) {}

  Paginator::State& state;
  int article = 0;
  std::vector<BlockSource> sources;
  std::vector<SetBlock> blocks;
  std::vector<FlowLine> flow;
  std::vector<double> footnote_heights;
  int page = -1;
  int block_id_base = 0;

  const LayoutSpec& spec() const { return state.spec; }
  Frame block_frame() const { return text_block(spec(), state.recto(page)); }
  double separator() const { return spec().style("footnote").leading * kSeparatorLeadings; }

  void set_blocks(const model::Article& a);
  FrameBox frame_box(double x, double width, double top) const;
  void emit(const FrameBox& box, const FrameResult& r);
  void emit_footnotes(const FrameBox& box, const std::vector<int>& notes);
  void defer(const std::vector<int>& notes);
  bool fits_in_columns(std::size_t from, double top, double bottom) const;
  double balanced_bottom(std::size_t from, double top) const;
  void run();
};

void ArticleRun::set_blocks(const model::Article& a) {
  const bool columns = spec().page.columns > 1;
  const double full = text_block(spec(), true).width, column = column_width(spec());
  std::vector<BlockJob> jobs;
  for (const BlockSource& s : sources) jobs.push_back({&s, &spec().style(s.kind), columns && s.title_block ? full : column});
  blocks = layout::set_blocks(jobs, state.fonts, a.language, state.options.threads, [this] { state.check_deadline(); },
                              state.doc.warnings);
  for (const SetBlock& b : blocks) footnote_heights.push_back(static_cast<double>(b.lines.size()) * b.style.leading);
  flow = build_flow(spec(), sources, blocks, columns);
}

FrameBox ArticleRun::frame_box(double x, double width, double top) const {
  Frame block = block_frame();
  FrameBox box;
  box.x = x;
  box.width = width;
  box.top = top;
  box.bottom = block.y + block.height;
  box.grid_origin = block.y;
  box.grid_step = spec().page.grid_lines > 0 ? spec().style("paragraph").leading : 0;
  return box;
}

void ArticleRun::emit(const FrameBox& box, const FrameResult& r) {
  Page& p = state.doc.pages[static_cast<std::size_t>(page)];
  for (const Placed& placed : r.lines) {
    const FlowLine& f = flow[static_cast<std::size_t>(placed.item)];
    const SetBlock& b = blocks[static_cast<std::size_t>(f.block)];
    const BlockSource& s = sources[static_cast<std::size_t>(b.source)];
    const SetLine& line = b.lines[static_cast<std::size_t>(f.line)];
    if (f.line == 0 && s.outline_level >= 0)
      state.doc.outline.push_back({s.outline_level, s.outline_title, page, static_cast<float>(placed.top)});
    LineRecord record;
    record.block = s.kind;
    if (line.rule) {
      // A ruled notes line: a rule at the foot of its cell, and an empty line record.
      float y = static_cast<float>(placed.top + f.height);
      p.rules.push_back({static_cast<float>(box.x), y, static_cast<float>(box.x + box.width), y, 0.4f});
      record.block = "notes";
    }
    record.block_id = block_id_base + f.block;
    record.model_block = s.model_block;
    record.article = article;
    emit_line(p, line, b.style, box.x + line.indent, baseline_in_cell(placed.top, f.height, b.style.size), record);
  }
  if (r.overflow) state.doc.warnings.push_back("page " + p.label + ": a line is taller than the text block");
  if (r.forced) state.doc.warnings.push_back("page " + p.label + ": column ends where no break was allowed");
}

void ArticleRun::emit_footnotes(const FrameBox& box, const std::vector<int>& notes) {
  if (notes.empty()) return;
  double total = separator();
  for (int n : notes) total += footnote_heights[static_cast<std::size_t>(n)];
  double y = box.bottom - total;
  Page& p = state.doc.pages[static_cast<std::size_t>(page)];
  float rule_y = static_cast<float>(y + separator() / 2);
  p.rules.push_back({static_cast<float>(box.x), rule_y, static_cast<float>(box.x + box.width / 3), rule_y, 0.5f});
  y += separator();
  for (int n : notes) {
    const SetBlock& b = blocks[static_cast<std::size_t>(n)];
    const BlockSource& s = sources[static_cast<std::size_t>(b.source)];
    for (const SetLine& line : b.lines) {
      LineRecord record;
      record.block = s.kind;
      record.block_id = block_id_base + n;
      record.model_block = s.model_block;
      record.article = article;
      emit_line(p, line, b.style, box.x + line.indent, baseline_in_cell(y, b.style.leading, b.style.size), record);
      y += b.style.leading;
    }
  }
}

// Footnotes that fit no column follow the article instead.
void ArticleRun::defer(const std::vector<int>& notes) {
  for (int n : notes) {
    const SetBlock& b = blocks[static_cast<std::size_t>(n)];
    append_block(spec(), b, n, b.style.space_before, flow);
  }
}

// Whether the flow from FROM to its end fits in this page's columns between
// TOP and BOTTOM without breaking a rule (a trial: nothing is emitted).
bool ArticleRun::fits_in_columns(std::size_t from, double top, double bottom) const {
  const Frame block = block_frame();
  const double width = column_width(spec()), gap = spec().page.column_gap;
  for (int column = 0; column < spec().page.columns && from < flow.size(); ++column) {
    FrameBox box = frame_box(block.x + column * (width + gap), width, top);
    box.bottom = bottom;
    FrameResult r = fill_frame(box, flow, from, false, separator(), footnote_heights);
    if (r.forced || r.overflow || !r.deferred.empty() || !r.footnotes.empty()) return false;
    from = r.end;
  }
  return from >= flow.size();
}

// The last page of a multi-column article has its columns balanced: the
// first column ends at the lowest line end at which the rest of the flow
// still fits. The candidates are real line ends plus a slack far below any
// line height, so that rounding cannot move a line between columns.
double ArticleRun::balanced_bottom(std::size_t from, double top) const {
  constexpr double kSlack = 0.5;
  const Frame block = block_frame();
  const double full = block.y + block.height;
  if (spec().page.columns < 2 || !fits_in_columns(from, top, full)) return full;
  FrameBox first = frame_box(block.x, column_width(spec()), top);
  FrameResult trial = fill_frame(first, flow, from, false, separator(), footnote_heights);
  for (const Placed& p : trial.lines) {
    double end = p.top + flow[static_cast<std::size_t>(p.item)].height + kSlack;
    if (end < full && fits_in_columns(from, top, end)) return end;
  }
  return full;
}

void ArticleRun::run() {
  page = state.new_page(article);
  Frame block = block_frame();
  double top = block.y;
  std::size_t i = 0;
  // The title block across all columns, then the columns below it.
  while (i < flow.size() && flow[i].spans) {
    FrameBox box = frame_box(block.x, block.width, top);
    FrameResult r = fill_frame(box, flow, i, true, separator(), footnote_heights);
    emit(box, r);
    i = r.end;
    top = r.bottom_of_text + (i < flow.size() ? flow[i].gap_before : 0);
    if (i < flow.size() && flow[i].spans) {
      page = state.new_page(article);
      block = block_frame();
      top = block.y;
    }
  }
  const int columns = spec().page.columns;
  const double width = column_width(spec()), gap = spec().page.column_gap;
  int column = 0;
  double bottom = balanced_bottom(i, top);
  while (i < flow.size()) {
    if (column == columns) {
      page = state.new_page(article);
      block = block_frame();
      top = block.y;
      column = 0;
      bottom = balanced_bottom(i, top);
    }
    FrameBox box = frame_box(block.x + column * (width + gap), width, top);
    box.bottom = bottom;
    FrameResult r = fill_frame(box, flow, i, false, separator(), footnote_heights);
    emit(box, r);
    emit_footnotes(box, r.footnotes);
    defer(r.deferred);
    i = r.end;
    ++column;
  }
}

}  // namespace

void Paginator::State::check_deadline() const {
  if (options.deadline && std::chrono::steady_clock::now() > *options.deadline)
    throw DeadlinePassed("out of time after laying out " + std::to_string(doc.pages.size()) + " pages");
}

int Paginator::State::new_page(int article) {
  check_deadline();
  int index = static_cast<int>(doc.pages.size());
  if (index >= options.max_pages)
    throw Error(ExitCode::data, "the layout runs to more than " + std::to_string(options.max_pages) +
                                    " pages; paiban stops there (split the input, or check the layout's page and type sizes)");
  Page p;
  p.article = article;
  p.recto = recto(index);
  p.label = std::to_string(options.first_folio + index);
  doc.pages.push_back(std::move(p));
  return index;
}

Paginator::Paginator(const LayoutSpec& spec, const text::FontCatalog& fonts, PaginatorOptions options)
    : state_(std::make_unique<State>(spec, fonts, options)) {
  state_->doc.trim_width = spec.page.width;
  state_->doc.trim_height = spec.page.height;
  state_->doc.bleed = spec.page.bleed;
}

Paginator::~Paginator() = default;

int Paginator::add_article(const model::Article& article) {
  State& s = *state_;
  int index = static_cast<int>(s.doc.articles.size());
  if (s.spec.page.start_recto && !s.recto(static_cast<int>(s.doc.pages.size()))) s.new_page(-1);
  ArticleRun run(s, index);
  run.block_id_base = s.next_block_id;
  run.sources = collect_blocks(article, s.spec);
  run.set_blocks(article);
  int first = static_cast<int>(s.doc.pages.size());
  run.run();
  s.next_block_id += static_cast<int>(run.blocks.size());

  ArticlePages pages;
  pages.title = article.title;
  for (const model::Author& a : article.authors) pages.authors += (pages.authors.empty() ? "" : "、") + a.name;
  pages.journal = article.journal;
  pages.issue = article.issue;
  pages.first_page = first;
  pages.last_page = static_cast<int>(s.doc.pages.size()) - 1;
  s.doc.articles.push_back(pages);
  s.keywords.insert(s.keywords.end(), article.keywords.begin(), article.keywords.end());
  return index;
}

Document layout_article(const model::Article& article, const LayoutSpec& spec, const text::FontCatalog& fonts,
                        PaginatorOptions options) {
  Paginator paginator(spec, fonts, options);
  paginator.add_article(article);
  return paginator.finish();
}

}  // namespace paiban::layout
