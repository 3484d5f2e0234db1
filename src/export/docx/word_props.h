#pragma once
// Paragraph and run properties as values, written as w:pPr / w:rPr with the
// children in the order ECMA-376 Part 1 requires (CT_PPrBase §17.3.1.26 and
// EG_RPrBase §17.3.2.28). Word refuses a file whose property children are out
// of order even where LibreOffice forgives it, so this file is the only place
// that writes them.
#include <optional>
#include <string>

#include <tinyxml2.h>

#include "text/paragraph.h"

namespace paiban::export_docx {

struct FontPair {
  std::string latin;      // w:ascii and w:hAnsi
  std::string east_asia;  // w:eastAsia
};

struct RunProps {
  std::string style;                 // w:rStyle (character style id)
  std::optional<FontPair> fonts;     // w:rFonts
  std::optional<bool> bold;          // w:b + w:bCs
  std::string color;                 // w:color, RRGGBB
  std::optional<double> letter_spacing_pt;  // w:spacing (extra space after each character)
  std::optional<double> size_pt;     // w:sz + w:szCs, rounded to half points
  bool superscript = false;          // w:vertAlign
  std::string lang_latin;            // w:lang w:val
  std::string lang_east_asia;        // w:lang w:eastAsia
  bool empty() const;
};

struct ParaProps {
  std::string style;                 // w:pStyle (paragraph style id)
  bool keep_next = false;
  bool keep_lines = false;
  std::optional<bool> widow_control;
  bool rule_below = false;           // w:pBdr bottom: header rule, notes lines
  bool rule_between = false;         // w:pBdr between: a rule under every line of a group
  bool east_asian_rules = false;     // w:kinsoku, w:overflowPunct, w:autoSpaceDE/DN on
  std::optional<double> before_pt, after_pt;
  std::optional<double> line_at_least_pt;  // w:spacing w:line, lineRule atLeast
  std::optional<double> first_line_em;     // w:firstLineChars (+ w:firstLine for readers without it)
  std::optional<double> left_em;           // w:leftChars (+ w:left)
  std::optional<double> right_em;          // w:rightChars (+ w:right)
  double em_pt = 10.5;                     // font size the em values refer to
  std::optional<text::Align> align;        // w:jc
  std::optional<int> outline_level;        // w:outlineLvl, 0 = level 1
  bool empty() const;
};

// Appends <w:rPr>/<w:pPr> to `parent` unless the properties are empty.
void append_run_props(tinyxml2::XMLElement* parent, const RunProps& props);
void append_para_props(tinyxml2::XMLElement* parent, const ParaProps& props);

int twips(double pt);  // 1 pt = 20 twips

}  // namespace paiban::export_docx
