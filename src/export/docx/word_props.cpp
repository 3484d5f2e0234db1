#include "export/docx/word_props.h"

#include <cmath>
#include <utility>

#include "export/docx/xml_tree.h"

namespace paiban::export_docx {

int twips(double pt) { return static_cast<int>(std::lround(pt * 20.0)); }

namespace {
int hundredths(double em) { return static_cast<int>(std::lround(em * 100)); }
}  // namespace

bool RunProps::empty() const {
  return style.empty() && !fonts && !bold && color.empty() && !letter_spacing_pt && !size_pt && !superscript && lang_latin.empty() &&
         lang_east_asia.empty();
}

bool ParaProps::empty() const {
  return style.empty() && !keep_next && !keep_lines && !widow_control && !rule_below &&
         !rule_between &&
         !east_asian_rules && !before_pt && !after_pt && !line_at_least_pt && !first_line_em &&
         !left_em && !right_em && !align && !outline_level;
}

namespace {

const char* jc_value(text::Align align) {
  switch (align) {
    case text::Align::justify: return "both";
    case text::Align::left: return "left";
    case text::Align::center: return "center";
    case text::Align::right: return "right";
  }
  return "both";
}

const char* on_off(bool on) { return on ? "1" : "0"; }

void append_spacing(tinyxml2::XMLElement* ppr, const ParaProps& p) {
  if (!p.before_pt && !p.after_pt && !p.line_at_least_pt) return;
  tinyxml2::XMLElement* s = child(ppr, "w:spacing");
  if (p.before_pt) s->SetAttribute("w:before", twips(*p.before_pt));
  if (p.after_pt) s->SetAttribute("w:after", twips(*p.after_pt));
  if (p.line_at_least_pt) {
    s->SetAttribute("w:line", twips(*p.line_at_least_pt));
    s->SetAttribute("w:lineRule", "atLeast");
  }
}

// Character units (1/100 em) are what Word's Chinese UI edits; the absolute
// twips beside them serve readers that ignore the *Chars attributes.
void append_indent(tinyxml2::XMLElement* ppr, const ParaProps& p) {
  if (!p.first_line_em && !p.left_em && !p.right_em) return;
  tinyxml2::XMLElement* ind = child(ppr, "w:ind");
  if (p.left_em) {
    ind->SetAttribute("w:left", twips(*p.left_em * p.em_pt));
    ind->SetAttribute("w:leftChars", hundredths(*p.left_em));
  }
  if (p.right_em) {
    ind->SetAttribute("w:right", twips(*p.right_em * p.em_pt));
    ind->SetAttribute("w:rightChars", hundredths(*p.right_em));
  }
  if (p.first_line_em) {
    ind->SetAttribute("w:firstLine", twips(*p.first_line_em * p.em_pt));
    ind->SetAttribute("w:firstLineChars", hundredths(*p.first_line_em));
  }
}

}  // namespace

void append_para_props(tinyxml2::XMLElement* parent, const ParaProps& p) {
  if (p.empty()) return;
  tinyxml2::XMLElement* ppr = child(parent, "w:pPr");
  if (!p.style.empty()) val(ppr, "w:pStyle", p.style);
  if (p.keep_next) child(ppr, "w:keepNext");
  if (p.keep_lines) child(ppr, "w:keepLines");
  if (p.widow_control) val(ppr, "w:widowControl", on_off(*p.widow_control));
  if (p.rule_below || p.rule_between) {
    // CT_PBdr: top, left, bottom, right, between, bar.
    tinyxml2::XMLElement* border = child(ppr, "w:pBdr");
    for (auto [on, side] : {std::pair{p.rule_below, "w:bottom"}, std::pair{p.rule_between, "w:between"}})
      if (on) child(border, side, {{"w:val", "single"}, {"w:sz", 4}, {"w:space", 1}, {"w:color", "auto"}});
  }
  if (p.east_asian_rules) {
    val(ppr, "w:kinsoku", "1");
    val(ppr, "w:overflowPunct", "1");
    val(ppr, "w:autoSpaceDE", "1");
    val(ppr, "w:autoSpaceDN", "1");
  }
  append_spacing(ppr, p);
  append_indent(ppr, p);
  if (p.align) val(ppr, "w:jc", jc_value(*p.align));
  if (p.outline_level) val(ppr, "w:outlineLvl", std::to_string(*p.outline_level));
}

void append_run_props(tinyxml2::XMLElement* parent, const RunProps& r) {
  if (r.empty()) return;
  tinyxml2::XMLElement* rpr = child(parent, "w:rPr");
  if (!r.style.empty()) val(rpr, "w:rStyle", r.style);
  if (r.fonts)
    child(rpr, "w:rFonts",
          {{"w:ascii", r.fonts->latin},
           {"w:eastAsia", r.fonts->east_asia},
           {"w:hAnsi", r.fonts->latin},
           {"w:cs", r.fonts->latin}});
  if (r.bold) {
    val(rpr, "w:b", on_off(*r.bold));
    val(rpr, "w:bCs", on_off(*r.bold));
  }
  if (!r.color.empty()) val(rpr, "w:color", r.color);
  if (r.letter_spacing_pt) val(rpr, "w:spacing", std::to_string(twips(*r.letter_spacing_pt)));
  if (r.size_pt) {
    std::string half_points = std::to_string(std::llround(*r.size_pt * 2));
    val(rpr, "w:sz", half_points);
    val(rpr, "w:szCs", half_points);
  }
  if (r.superscript) val(rpr, "w:vertAlign", "superscript");
  if (!r.lang_latin.empty() || !r.lang_east_asia.empty()) {
    tinyxml2::XMLElement* lang = child(rpr, "w:lang");
    if (!r.lang_latin.empty()) lang->SetAttribute("w:val", r.lang_latin.c_str());
    if (!r.lang_east_asia.empty()) lang->SetAttribute("w:eastAsia", r.lang_east_asia.c_str());
  }
}

}  // namespace paiban::export_docx
