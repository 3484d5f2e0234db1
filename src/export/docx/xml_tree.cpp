#include "export/docx/xml_tree.h"

namespace paiban::export_docx {

XmlDoc new_part(const char* root_name, std::initializer_list<Attr> root_attrs) {
  auto doc = std::make_unique<tinyxml2::XMLDocument>();
  doc->InsertEndChild(doc->NewDeclaration(R"(xml version="1.0" encoding="UTF-8" standalone="yes")"));
  tinyxml2::XMLElement* r = doc->NewElement(root_name);
  for (const Attr& a : root_attrs) r->SetAttribute(a.name, a.value.c_str());
  doc->InsertEndChild(r);
  return doc;
}

tinyxml2::XMLElement* root(const XmlDoc& doc) { return doc->RootElement(); }

tinyxml2::XMLElement* child(tinyxml2::XMLElement* parent, const char* name,
                            std::initializer_list<Attr> attrs) {
  tinyxml2::XMLElement* e = parent->InsertNewChildElement(name);
  for (const Attr& a : attrs) e->SetAttribute(a.name, a.value.c_str());
  return e;
}

tinyxml2::XMLElement* val(tinyxml2::XMLElement* parent, const char* name, const std::string& value) {
  return child(parent, name, {{"w:val", value}});
}

tinyxml2::XMLElement* text_child(tinyxml2::XMLElement* parent, const char* name,
                                 const std::string& text) {
  tinyxml2::XMLElement* e = parent->InsertNewChildElement(name);
  e->SetText(text.c_str());
  return e;
}

std::string to_bytes(const tinyxml2::XMLDocument& doc) {
  tinyxml2::XMLPrinter printer(nullptr, /*compact=*/true);
  doc.Print(&printer);
  // CStrSize counts the terminating NUL.
  return std::string(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() - 1));
}

}  // namespace paiban::export_docx
