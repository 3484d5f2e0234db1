#pragma once
// A layout definition read from layouts/*.xml: page geometry, font roles,
// block styles, running heads. Used by the PDF layout engine and, for page
// size, margins, fonts and styles, by the DOCX writer. Lengths are in points.
// The file format is documented in docs/layouts.md.
#include <map>
#include <string>
#include <vector>

#include "model/labels.h"
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
  // Character grid (版心): with a grid the text block is grid_chars body ems
  // wide (per column) and grid_lines body leadings high; margin_outer and
  // margin_bottom are then computed by the loader from the rest of the page.
  int grid_chars = 0;      // 版心 in characters per line (0: no grid)
  int grid_lines = 0;      // lines per page (0: no grid)
  bool start_recto = false;  // issue: every article starts on a right page
};

struct BlockStyle {
  std::string font_role = "body";
  double size = 10.5;              // pt (字号 names accepted in XML)
  double leading = 0;              // baseline to baseline, pt; the loader always sets it
  text::Align align = text::Align::justify;
  double first_indent_em = 0;      // e.g. 2 for body paragraphs
  double left_indent_em = 0;
  double right_indent_em = 0;
  double space_before = 0, space_after = 0;  // pt
  double letter_spacing_em = 0;    // extra space after each character (bylines)
  bool bold = false;
  bool keep_with_next = false;
  float gray = 0;                  // 0 black .. 1 white
};

// Where a folio or running head sits across the page width.
enum class RunningPosition { outer, center, inner };

// Running heads and folios: templates with {journal} {issue} {title} {page} {pages}.
struct RunningText {
  std::string left_page;   // verso
  std::string right_page;  // recto
  BlockStyle style;
  double offset = 0;       // distance from the text block, pt
  bool enabled = false;
  RunningPosition position = RunningPosition::outer;
  bool on_first_page = false;  // shown on the first page of an article
  double rule = 0;             // thickness of a rule between head and text, pt (0: none)
};

enum class FootnotePlacement { page_foot, article_end };

struct HandoutExtras {
  bool source_line = false;  // journal, issue, date under the title
  int notes_lines = 0;       // ruled lines for notes after the text (0: none)
  double notes_spacing = 25.51;  // distance between note lines, pt (9 mm)
  // Heading over the notes lines; "" for none. PDF and DOCX both print it.
  std::string notes_title = model::kLabels.notes_title;
};

// Families given for one font role by the layout; `stands_in_for` names the
// face the design asks for when a substitute is used (仿宋 -> Kai).
struct FontRoleOverride {
  std::vector<std::string> families;
  std::string stands_in_for;
};

struct LayoutSpec {
  std::string name;         // `booklet-a5`
  std::string source_path;  // file it was read from
  std::string description;
  PageSpec page;
  std::map<std::string, std::vector<std::string>> font_families;  // role -> families, overrides fonts/roles.xml
  // Styles by block kind (every kind in block_kinds() is present after loading).
  std::map<std::string, BlockStyle> styles;
  RunningText header;
  RunningText folio;
  FootnotePlacement footnotes = FootnotePlacement::article_end;
  HandoutExtras handout;
  std::vector<std::string> warnings;  // e.g. a substitute face for 仿宋

  const BlockStyle& style(const std::string& kind) const;  // throws if unknown
};

// The block kinds a layout styles: title subtitle byline affiliation
// source_line abstract keywords lead heading1 heading2 paragraph point
// point_runin footnote editor related_heading related notes_title.
const std::vector<std::string>& block_kinds();

// A rectangle on the page, pt, origin top-left, y down.
struct Frame {
  double x = 0, y = 0, width = 0, height = 0;
};

// The text block (版心) of a recto (odd, right-hand) or verso page.
Frame text_block(const LayoutSpec& spec, bool recto);
// Width of one column of the text block.
double column_width(const LayoutSpec& spec);

// NAME is a shipped layout in layouts/ (`booklet-a5`), anything with a slash or
// an .xml ending is a path. Errors name the file, line and element.
LayoutSpec load_layout(const std::string& name_or_path);
LayoutSpec parse_layout_xml(const std::string& xml, const std::string& source_name);
// The names of the shipped layouts, sorted.
std::vector<std::string> shipped_layouts();

}  // namespace paiban::layout
