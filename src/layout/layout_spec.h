#pragma once
// A layout definition read from layouts/*.xml: page geometry, font roles,
// block styles, running heads. Used by the PDF layout engine and, for page
// size, margins, fonts and styles, by the DOCX writer. Lengths are in points.
#include <map>
#include <string>
#include <vector>

#include "text/paragraph.h"

namespace paiban::layout {

struct PageSpec {
  double width = 419.53;   // trim size, pt (A5 148 x 210 mm)
  double height = 595.28;
  double margin_top = 56.69, margin_bottom = 56.69;
  double margin_inner = 51.02, margin_outer = 51.02;  // binding side / fore-edge
  double bleed = 8.50;     // 3 mm
  int columns = 1;
  double column_gap = 0;
  int grid_chars = 0;      // 版心 in characters per line (0: no grid)
  int grid_lines = 0;      // lines per page (0: no grid)
  bool start_recto = false;  // issue: every article starts on a right page
};

struct BlockStyle {
  std::string font_role = "body";
  double size = 10.5;              // pt (字号 names accepted in XML)
  double leading = 0;              // baseline to baseline, pt; 0 means 1.5 x size
  text::Align align = text::Align::justify;
  double first_indent_em = 0;      // e.g. 2 for body paragraphs
  double left_indent_em = 0;
  double space_before = 0, space_after = 0;  // pt
  bool bold = false;
  bool keep_with_next = false;
};

// Running heads and folios: templates with {journal} {issue} {title} {page} {pages}.
struct RunningText {
  std::string left_page;   // verso
  std::string right_page;  // recto
  BlockStyle style;
  double offset = 0;       // distance from the text block, pt
  bool enabled = false;
};

enum class FootnotePlacement { page_foot, article_end };

struct HandoutExtras {
  bool source_line = false;  // journal, issue, date under the title
  int notes_lines = 0;       // ruled lines for notes after the text (0: none)
};

struct LayoutSpec {
  std::string name;         // `booklet-a5`
  std::string source_path;  // file it was read from
  PageSpec page;
  std::map<std::string, std::vector<std::string>> font_families;  // role -> families, overrides fonts/roles.xml
  // Styles by block kind: title subtitle byline affiliation abstract lead
  // heading1 heading2 paragraph point point_runin footnote editor related_heading related source_line
  std::map<std::string, BlockStyle> styles;
  RunningText header;
  RunningText folio;
  FootnotePlacement footnotes = FootnotePlacement::article_end;
  HandoutExtras handout;
  std::vector<std::string> warnings;  // e.g. a substitute face for 仿宋

  const BlockStyle& style(const std::string& kind) const;  // throws if unknown
};

// NAME is a shipped layout in layouts/ (`booklet-a5`), anything with a slash or
// an .xml ending is a path. Errors name the file, line and element.
LayoutSpec load_layout(const std::string& name_or_path);
LayoutSpec parse_layout_xml(const std::string& xml, const std::string& source_name);

}  // namespace paiban::layout
