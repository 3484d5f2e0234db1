#include "export/docx/paragraph_xml.h"

#include "export/docx/word_props.h"
#include "export/docx/xml_tree.h"

namespace paiban::export_docx {

namespace {

void append_text(tinyxml2::XMLElement* run, const std::string& text) {
  tinyxml2::XMLElement* t = text_child(run, "w:t", text);
  bool edge_space = !text.empty() && (text.front() == ' ' || text.back() == ' ');
  if (edge_space) t->SetAttribute("xml:space", "preserve");
}

tinyxml2::XMLElement* new_run(tinyxml2::XMLElement* parent, const DocRun& run) {
  tinyxml2::XMLElement* r = child(parent, "w:r");
  RunProps props;
  props.style = run.char_style;
  append_run_props(r, props);
  return r;
}

}  // namespace

void append_run(tinyxml2::XMLElement* paragraph, const DocRun& run) {
  if (run.field != FieldCode::none) {
    const char* code = run.field == FieldCode::page ? " PAGE " : " NUMPAGES ";
    tinyxml2::XMLElement* field = child(paragraph, "w:fldSimple", {{"w:instr", code}});
    append_text(new_run(field, run), run.text);
    return;
  }
  if (run.text.empty() && run.footnote_id == 0) return;
  tinyxml2::XMLElement* r = new_run(paragraph, run);
  // The mark as printed (`①`, `[1]`) follows the reference instead of
  // Word's automatic number.
  if (run.footnote_id > 0)
    child(r, "w:footnoteReference", {{"w:customMarkFollows", "1"}, {"w:id", run.footnote_id}});
  append_text(r, run.text);
}

void append_paragraph(tinyxml2::XMLElement* parent, const DocParagraph& paragraph) {
  tinyxml2::XMLElement* p = child(parent, "w:p");
  ParaProps props;
  props.style = paragraph.style;
  append_para_props(p, props);
  for (const DocRun& run : paragraph.runs) append_run(p, run);
}

}  // namespace paiban::export_docx
