#include "layout/layout_spec.h"

#include "model/error.h"

namespace paiban::layout {

const BlockStyle& LayoutSpec::style(const std::string& kind) const {
  auto it = styles.find(kind);
  if (it == styles.end())
    throw Error(ExitCode::data, source_path + ": layout has no style for '" + kind + "'");
  return it->second;
}

const std::vector<std::string>& block_kinds() {
  static const std::vector<std::string> kinds{
      "title",   "subtitle",   "byline",      "affiliation", "source_line", "abstract",
      "keywords", "lead",      "heading1",    "heading2",    "paragraph",   "point",
      "point_runin", "footnote", "editor",    "related_heading", "related", "notes_title"};
  return kinds;
}

Frame text_block(const LayoutSpec& spec, bool recto) {
  const PageSpec& p = spec.page;
  Frame f;
  f.x = recto ? p.margin_inner : p.margin_outer;
  f.y = p.margin_top;
  f.width = p.width - p.margin_inner - p.margin_outer;
  f.height = p.height - p.margin_top - p.margin_bottom;
  return f;
}

double column_width(const LayoutSpec& spec) {
  const PageSpec& p = spec.page;
  double width = p.width - p.margin_inner - p.margin_outer;
  return (width - (p.columns - 1) * p.column_gap) / p.columns;
}

}  // namespace paiban::layout
