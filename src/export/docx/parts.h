#pragma once
// The parts of the WordprocessingML package, each an XML document, plus the
// package-level parts ([Content_Types].xml, relationships).
#include <cstdint>
#include <string>
#include <vector>

#include "export/docx/handout.h"
#include "export/docx/xml_tree.h"
#include "layout/layout_spec.h"
#include "model/article.h"

namespace paiban::export_docx {

struct Part {
  std::string name;          // path inside the package, no leading slash
  std::string content_type;
  XmlDoc xml;
};

// Relationship ids of word/document.xml's parts.
inline constexpr const char* kHeaderRel = "rId4";
inline constexpr const char* kFooterRel = "rId5";

XmlDoc document_part(const Handout& handout, const layout::LayoutSpec& layout);
XmlDoc footnotes_part(const std::vector<DocFootnote>& footnotes);
XmlDoc header_part(const DocParagraph& header);
XmlDoc footer_part(const DocParagraph& footer);
XmlDoc settings_part(bool has_footnotes, const std::string& language);
XmlDoc core_properties_part(const model::Article& article, std::int64_t timestamp);
XmlDoc app_properties_part(const std::string& application);

XmlDoc package_relationships_part();
XmlDoc document_relationships_part(bool has_footnotes);
// Lists a content type for every part (none of which may be the types part).
XmlDoc content_types_part(const std::vector<Part>& parts);

// ISO 8601 UTC (`2014-08-15T00:51:00Z`) for seconds since 1970.
std::string w3c_datetime(std::int64_t seconds);

}  // namespace paiban::export_docx
