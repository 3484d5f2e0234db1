// word/document.xml, the footnotes, header and footer parts.
#include <algorithm>
#include <tuple>

#include "export/docx/paragraph_xml.h"
#include "export/docx/parts.h"
#include "export/docx/word_props.h"

namespace paiban::export_docx {

namespace {

XmlDoc new_story_part(const char* root_name) {
  return new_part(root_name, {{"xmlns:w", kNsW}, {"xmlns:r", kNsR}});
}

// Distance from the page edge to the running text, so that it sits `offset`
// away from the text block as in the PDF.
double running_distance(double margin, const layout::RunningText& running) {
  double line = running.style.leading > 0 ? running.style.leading : running.style.size * 1.2;
  double distance = running.offset > 0 ? margin - running.offset - line : margin / 2;
  return std::clamp(distance, 0.0, margin);
}

// CT_SectPr: headerReference/footerReference, footnotePr, endnotePr, type,
// pgSz, pgMar, paperSrc, pgBorders, lnNumType, pgNumType, cols, ..., docGrid.
void append_section(tinyxml2::XMLElement* body, const layout::LayoutSpec& layout) {
  const layout::PageSpec& page = layout.page;
  tinyxml2::XMLElement* sect = child(body, "w:sectPr");
  child(sect, "w:headerReference", {{"w:type", "default"}, {"r:id", kHeaderRel}});
  child(sect, "w:footerReference", {{"w:type", "default"}, {"r:id", kFooterRel}});
  child(sect, "w:pgSz", {{"w:w", twips(page.width)}, {"w:h", twips(page.height)}});
  child(sect, "w:pgMar",
        {{"w:top", twips(page.margin_top)},
         {"w:right", twips(page.margin_outer)},
         {"w:bottom", twips(page.margin_bottom)},
         {"w:left", twips(page.margin_inner)},
         {"w:header", twips(running_distance(page.margin_top, layout.header))},
         {"w:footer", twips(running_distance(page.margin_bottom, layout.folio))},
         {"w:gutter", 0}});
  child(sect, "w:cols", {{"w:space", twips(std::max(page.column_gap, 0.0))}});
}

}  // namespace

XmlDoc document_part(const Handout& handout, const layout::LayoutSpec& layout) {
  XmlDoc doc = new_story_part("w:document");
  tinyxml2::XMLElement* body = child(root(doc), "w:body");
  for (const DocParagraph& p : handout.body) append_paragraph(body, p);
  append_section(body, layout);
  return doc;
}

XmlDoc footnotes_part(const std::vector<DocFootnote>& footnotes) {
  XmlDoc doc = new_story_part("w:footnotes");
  // The separator notes Word expects settings.xml to point at.
  for (auto [id, type, mark] : {std::tuple{-1, "separator", "w:separator"},
                                std::tuple{0, "continuationSeparator", "w:continuationSeparator"}}) {
    tinyxml2::XMLElement* note = child(root(doc), "w:footnote", {{"w:type", type}, {"w:id", id}});
    tinyxml2::XMLElement* p = child(note, "w:p");
    ParaProps props;
    props.after_pt = 0;
    append_para_props(p, props);
    child(child(p, "w:r"), mark);
  }
  for (const DocFootnote& f : footnotes) {
    tinyxml2::XMLElement* note = child(root(doc), "w:footnote", {{"w:id", f.id}});
    append_paragraph(note, DocParagraph{style_id::footnote, f.runs});
  }
  return doc;
}

XmlDoc header_part(const DocParagraph& header) {
  XmlDoc doc = new_story_part("w:hdr");
  append_paragraph(root(doc), header);
  return doc;
}

XmlDoc footer_part(const DocParagraph& footer) {
  XmlDoc doc = new_story_part("w:ftr");
  append_paragraph(root(doc), footer);
  return doc;
}

}  // namespace paiban::export_docx
