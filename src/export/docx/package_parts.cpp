// [Content_Types].xml and the relationship parts.
#include "export/docx/parts.h"

namespace paiban::export_docx {

namespace {

constexpr const char* kRelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

void add_relationship(tinyxml2::XMLElement* rels, const char* id, const std::string& type,
                      const char* target) {
  child(rels, "Relationship", {{"Id", id}, {"Type", type}, {"Target", target}});
}

}  // namespace

XmlDoc package_relationships_part() {
  XmlDoc doc = new_part("Relationships", {{"xmlns", kRelsNs}});
  add_relationship(root(doc), "rId1", std::string(kOfficeRel) + "officeDocument", "word/document.xml");
  add_relationship(root(doc), "rId2",
                   "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                   "docProps/core.xml");
  add_relationship(root(doc), "rId3", std::string(kOfficeRel) + "extended-properties",
                   "docProps/app.xml");
  return doc;
}

XmlDoc document_relationships_part(bool has_footnotes) {
  XmlDoc doc = new_part("Relationships", {{"xmlns", kRelsNs}});
  add_relationship(root(doc), "rId1", std::string(kOfficeRel) + "styles", "styles.xml");
  add_relationship(root(doc), "rId2", std::string(kOfficeRel) + "settings", "settings.xml");
  add_relationship(root(doc), "rId3", std::string(kOfficeRel) + "fontTable", "fontTable.xml");
  add_relationship(root(doc), kHeaderRel, std::string(kOfficeRel) + "header", "header1.xml");
  add_relationship(root(doc), kFooterRel, std::string(kOfficeRel) + "footer", "footer1.xml");
  if (has_footnotes)
    add_relationship(root(doc), "rId6", std::string(kOfficeRel) + "footnotes", "footnotes.xml");
  return doc;
}

XmlDoc content_types_part(const std::vector<Part>& parts) {
  XmlDoc doc = new_part("Types",
                        {{"xmlns", "http://schemas.openxmlformats.org/package/2006/content-types"}});
  child(root(doc), "Default",
        {{"Extension", "rels"},
         {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
  child(root(doc), "Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
  for (const Part& part : parts) {
    if (part.name.size() > 5 && part.name.compare(part.name.size() - 5, 5, ".rels") == 0) continue;
    child(root(doc), "Override", {{"PartName", "/" + part.name}, {"ContentType", part.content_type}});
  }
  return doc;
}

}  // namespace paiban::export_docx
