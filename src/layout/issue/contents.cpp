#include "layout/issue/contents.h"

#include <cmath>

#include "layout/issue/page_text.h"
#include "model/labels.h"

namespace paiban::layout::issue {

namespace {

// Fills pages top to bottom, opening a new page when a block does not fit.
class PageFlow {
 public:
  PageFlow(const LayoutSpec& spec, int first_index) : spec_(spec), index_(first_index) { open(); }

  // Makes room for HEIGHT points (a new page if needed) and returns the top.
  double reserve(double height) {
    keep(height);
    double top = y_;
    y_ += height;
    return top;
  }
  // Opens a new page unless HEIGHT more points fit on this one.
  void keep(double height) {
    if (y_ + height > bottom() && y_ > frame_.y) open();
  }
  void skip(double height) { y_ += height; }
  const Frame& frame() const { return frame_; }
  Page& page() { return pages_.back(); }
  std::vector<Page> take() { return std::move(pages_); }

 private:
  double bottom() const { return frame_.y + frame_.height; }
  void open() {
    frame_ = text_block(spec_, (index_ + static_cast<int>(pages_.size())) % 2 == 0);
    pages_.emplace_back();
    y_ = frame_.y;
  }

  const LayoutSpec& spec_;
  int index_;
  std::vector<Page> pages_;
  Frame frame_;
  double y_ = 0;
};

struct ContentsStyles {
  BlockStyle heading, note, section, entry, authors;
};

ContentsStyles styles_of(const LayoutSpec& spec) {
  ContentsStyles s{spec.style("title"), spec.style("lead"), spec.style("heading1"),
                   spec.style("paragraph"), spec.style("byline")};
  s.authors.size = s.entry.size;
  s.authors.leading = s.entry.leading;
  return s;
}

// Places LINES as a block starting at TOP; baselines one leading apart, the
// first one ascent (taken as the size) below the top.
void place_block(Page& page, const std::vector<text::Line>& lines, const Frame& frame, double top,
                 const BlockStyle& style, const std::string& kind) {
  double baseline = top + style.size;
  for (const text::Line& line : lines) {
    place_line(page, line,
               {frame.x, frame.width, aligned_x(frame.x, frame.width, line.width, style.align), baseline},
               style, kind);
    baseline += leading_of(style);
  }
}

void add_text_block(PageFlow& flow, const text::FontCatalog& fonts, const std::string& text,
                    const BlockStyle& style, const std::string& kind) {
  std::vector<text::Line> lines = set_lines(fonts, text, style, flow.frame().width);
  double height = leading_of(style) * static_cast<double>(lines.size());
  flow.skip(style.space_before);
  double top = flow.reserve(height);
  place_block(flow.page(), lines, flow.frame(), top, style, kind);
  flow.skip(style.space_after);
}

// Dots at fixed steps from the frame's left edge, so leaders of all entries
// line up in columns, between X0 and X1.
void add_leaders(Page& page, const text::FontCatalog& fonts, const BlockStyle& style,
                 const Frame& frame, double x0, double x1, double baseline) {
  text::Line dot = set_single_line(fonts, ".", style);
  if (dot.runs.empty() || dot.runs.front().glyphs.empty()) return;
  double step = style.size * 0.5;
  double first = frame.x + std::ceil((x0 - frame.x) / step) * step;
  PageRun run;
  run.x = static_cast<float>(first);
  run.y = static_cast<float>(baseline);
  run.glyphs = dot.runs.front();
  text::PlacedGlyph glyph = run.glyphs.glyphs.front();
  run.glyphs.glyphs.clear();
  for (double x = first; x + step <= x1; x += step) {
    glyph.x = static_cast<float>(x - first);
    glyph.cluster = static_cast<uint32_t>(run.text.size());
    run.glyphs.glyphs.push_back(glyph);
    run.text += '.';
  }
  if (!run.text.empty()) page.runs.push_back(std::move(run));
}

void add_entry(PageFlow& flow, const text::FontCatalog& fonts, const ContentsStyles& s,
               const ContentsEntry& entry, double number_column) {
  const Frame& frame = flow.frame();
  double gap = s.entry.size;
  std::vector<text::Line> lines =
      set_spans(fonts, {{entry.title, s.entry}, {entry.authors.empty() ? "" : "  " + entry.authors, s.authors}},
                frame.width - number_column - gap);
  if (lines.empty()) return;
  double top = flow.reserve(leading_of(s.entry) * static_cast<double>(lines.size()));
  place_block(flow.page(), lines, flow.frame(), top, s.entry, "contents_entry");
  const Frame& f = flow.frame();
  double baseline = top + s.entry.size + leading_of(s.entry) * static_cast<double>(lines.size() - 1);
  text::Line number = set_single_line(fonts, entry.page, s.entry);
  double number_x = f.x + f.width - number.width;
  add_leaders(flow.page(), fonts, s.entry, f, f.x + lines.back().width + gap / 2, number_x - gap / 2,
              baseline);
  place_line(flow.page(), number, {f.x, f.width, number_x, baseline}, s.entry, "contents_page");
}

}  // namespace

std::vector<Page> contents_pages(const std::vector<ContentsEntry>& entries,
                                 const std::string& editor_note, const LayoutSpec& spec,
                                 const text::FontCatalog& fonts, int first_index) {
  ContentsStyles s = styles_of(spec);
  PageFlow flow(spec, first_index);
  add_text_block(flow, fonts, model::kLabels.contents_title, s.heading, "contents_title");
  if (!editor_note.empty())
    add_text_block(flow, fonts, model::kLabels.editor_note + editor_note, s.note, "editor_note");
  double number_column = set_single_line(fonts, "0000", s.entry).width;
  std::string section;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const ContentsEntry& entry = entries[i];
    if (entry.section != section || i == 0) {
      section = entry.section;
      // Keep the section name with its first entry.
      flow.keep(leading_of(s.section) + s.section.space_before + leading_of(s.entry) * 2);
      if (!section.empty()) add_text_block(flow, fonts, section, s.section, "contents_section");
    }
    add_entry(flow, fonts, s, entry, number_column);
  }
  return flow.take();
}

}  // namespace paiban::layout::issue
