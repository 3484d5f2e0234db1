#include "layout/style_defaults.h"

#include "model/error.h"

namespace paiban::layout {

namespace {

BlockStyle make(const char* role, double size, text::Align align, bool bold = false) {
  BlockStyle s;
  s.font_role = role;
  s.size = size;
  s.align = align;
  s.bold = bold;
  return s;
}

BlockStyle unresolved_default(const std::string& kind) {
  using text::Align;
  if (kind == "title") {
    BlockStyle s = make("heading", 18, Align::center, true);
    s.space_after = 6;
    return s;
  }
  if (kind == "subtitle") return make("kai", 14, Align::center);
  if (kind == "byline") {
    BlockStyle s = make("kai", 10.5, Align::center);
    s.space_before = 6;
    return s;
  }
  if (kind == "affiliation" || kind == "source_line") return make("body", 9, Align::center);
  if (kind == "abstract" || kind == "keywords") {
    BlockStyle s = make("kai", 9, Align::justify);
    s.left_indent_em = s.right_indent_em = 2;
    return s;
  }
  if (kind == "lead") {
    BlockStyle s = make("kai", 10.5, Align::justify);
    s.first_indent_em = 2;
    s.space_before = s.space_after = 6;
    return s;
  }
  if (kind == "heading1" || kind == "heading2" || kind == "related_heading" || kind == "notes_title") {
    BlockStyle s = make("heading", kind == "heading1" ? 12 : 10.5, Align::left, kind != "heading2");
    s.space_before = kind == "heading1" ? 9 : 6;
    s.space_after = 3;
    s.keep_with_next = true;
    return s;
  }
  if (kind == "paragraph" || kind == "point") {
    BlockStyle s = make("body", 10.5, Align::justify);
    s.first_indent_em = 2;
    return s;
  }
  if (kind == "point_runin") return make("heading", 10.5, Align::justify);
  if (kind == "footnote") return make("body", 9, Align::justify);
  if (kind == "editor") return make("body", 10.5, Align::right);
  if (kind == "related") return make("body", 9, Align::left);
  throw Error(ExitCode::internal, "no default style for block kind '" + kind + "'");
}

}  // namespace

double default_leading_factor(const std::string& kind) {
  if (kind == "title" || kind == "subtitle" || kind.rfind("heading", 0) == 0) return 1.4;
  if (kind == "paragraph" || kind == "point" || kind == "point_runin" || kind == "lead") return 1.7;
  return 1.5;
}

BlockStyle default_style(const std::string& kind) {
  BlockStyle s = unresolved_default(kind);
  s.leading = s.size * default_leading_factor(kind);
  return s;
}

BlockStyle default_running_style() {
  BlockStyle s = make("body", 9, text::Align::center);
  s.leading = s.size * 1.2;
  return s;
}

}  // namespace paiban::layout
