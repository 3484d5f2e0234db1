#include "layout/page_xml.h"

#include <cmath>
#include <utility>

#include "layout/units.h"

namespace paiban::layout {

namespace {

constexpr double mm = units::kPointsPerMm;

// "A5", "正度16开", "148mm 210mm", "148mm×210mm", "148mm x 210mm".
std::pair<double, double> read_size(XmlElement& el) {
  std::string value = *el.text("size");
  if (auto paper = units::paper_by_name(value)) return {paper->width_mm * mm, paper->height_mm * mm};
  for (const char* sep : {"×", "x", " "}) {
    auto at = value.find(sep);
    if (at == std::string::npos) continue;
    std::string why;
    auto w = units::parse_length(value.substr(0, at), 0, &why);
    auto h = units::parse_length(value.substr(at + std::string(sep).size()), 0, &why);
    if (w && h) return {*w, *h};
    el.fail_attribute("size", why);
  }
  el.fail_attribute("size", "unknown page size (A3-A6, B4-B6, Letter, 正度/大度 8/16/32/64开, or WIDTH HEIGHT such as 148mm 210mm)");
}

void read_margins(XmlElement& el, PageSpec& page, bool grid) {
  double limit = std::min(page.width, page.height) / 2;
  if (auto v = el.length("all", 0, 0, limit))
    page.margin_top = page.margin_bottom = page.margin_inner = page.margin_outer = *v;
  if (auto v = el.length("top", 0, 0, limit)) page.margin_top = *v;
  if (auto v = el.length("inner", 0, 0, limit)) page.margin_inner = *v;
  if (grid && (el.has("bottom") || el.has("outer")))
    el.fail("with a <grid> the bottom and outer margins follow from the grid: give only top and inner");
  if (auto v = el.length("bottom", 0, 0, limit)) page.margin_bottom = *v;
  if (auto v = el.length("outer", 0, 0, limit)) page.margin_outer = *v;
  el.finish();
  if (!el.children().empty()) el.fail("unexpected child element");
}

void read_grid(XmlElement& el, PageSpec& page) {
  auto chars = el.integer("chars", 4, 100);
  auto lines = el.integer("lines", 4, 200);
  if (!chars || !lines) el.fail("a grid needs both chars and lines");
  page.grid_chars = *chars;
  page.grid_lines = *lines;
  el.finish();
  if (!el.children().empty()) el.fail("unexpected child element");
}

// With a grid the text block is fixed; what is left of the page becomes the
// outer and bottom margins.
void apply_grid(XmlElement& el, LayoutSpec& spec) {
  PageSpec& page = spec.page;
  const BlockStyle& body = spec.styles.at("paragraph");
  double width = page.columns * page.grid_chars * body.size + (page.columns - 1) * page.column_gap;
  double height = page.grid_lines * body.leading;
  page.margin_outer = page.width - page.margin_inner - width;
  page.margin_bottom = page.height - page.margin_top - height;
  if (page.margin_outer < 0 || page.margin_bottom < 0)
    el.fail("the grid (" + std::to_string(page.grid_chars) + " characters x " + std::to_string(page.grid_lines) +
            " lines of the paragraph style) does not fit on the page");
}

void check_text_block(XmlElement& el, const LayoutSpec& spec) {
  const PageSpec& page = spec.page;
  const BlockStyle& body = spec.styles.at("paragraph");
  double width = page.width - page.margin_inner - page.margin_outer;
  double height = page.height - page.margin_top - page.margin_bottom;
  if (width < 30 * mm || height < 30 * mm) el.fail("the margins leave a text block smaller than 30 mm");
  double column = (width - (page.columns - 1) * page.column_gap) / page.columns;
  if (column < 6 * body.size) el.fail("columns narrower than 6 characters of the paragraph style");
  if (height < 4 * body.leading) el.fail("the text block holds fewer than 4 lines of the paragraph style");
}

}  // namespace

void read_page(XmlElement& el, LayoutSpec& spec) {
  PageSpec& page = spec.page;
  const double body = spec.styles.at("paragraph").size;
  if (el.has("size") && (el.has("width") || el.has("height"))) el.fail("give either size or width and height");
  if (el.has("size")) {
    std::tie(page.width, page.height) = read_size(el);
  } else {
    auto w = el.length("width", 0, 50 * mm, 1500 * mm);
    auto h = el.length("height", 0, 50 * mm, 1500 * mm);
    if (!w || !h) el.fail("missing size (or width and height)");
    page.width = *w;
    page.height = *h;
  }
  if (page.width < 50 * mm || page.height < 50 * mm || page.width > 1500 * mm || page.height > 1500 * mm)
    el.fail_attribute("size", "out of range (50 to 1500 mm a side)");
  if (el.choice("orientation", {"portrait", "landscape"}).value_or(0) == 1 && page.width < page.height)
    std::swap(page.width, page.height);
  if (auto v = el.length("bleed", 0, 0, 20 * mm)) page.bleed = *v;
  if (auto v = el.integer("columns", 1, 4)) page.columns = *v;
  if (auto v = el.length("column-gap", body, 0, 100 * mm)) page.column_gap = *v;
  if (page.columns > 1 && page.column_gap == 0) page.column_gap = 2 * body;
  if (auto v = el.boolean("start-recto")) page.start_recto = *v;
  el.finish();

  bool grid = false;
  for (XmlElement& child : el.children())
    if (std::string(child.name()) == "grid") grid = true;
  bool seen_margins = false, seen_grid = false;
  for (XmlElement& child : el.children()) {
    std::string name = child.name();
    if (name == "margins" && !seen_margins) {
      read_margins(child, page, grid);
      seen_margins = true;
    } else if (name == "grid" && !seen_grid) {
      read_grid(child, page);
      seen_grid = true;
    } else {
      child.fail(name == "margins" || name == "grid" ? "element given twice" : "unknown element (expected <margins> or <grid>)");
    }
  }
  if (grid) apply_grid(el, spec);
  check_text_block(el, spec);
}

}  // namespace paiban::layout
