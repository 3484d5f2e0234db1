#pragma once
// Small helpers over tinyxml2 for building OOXML parts: every part is an
// owned XMLDocument, elements are appended in the order the schema wants.
#include <initializer_list>
#include <memory>
#include <string>

#include <tinyxml2.h>

namespace paiban::export_docx {

inline constexpr const char* kNsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kNsR =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

struct Attr {
  Attr(const char* n, const char* v) : name(n), value(v) {}
  Attr(const char* n, std::string v) : name(n), value(std::move(v)) {}
  Attr(const char* n, long long v) : name(n), value(std::to_string(v)) {}
  Attr(const char* n, int v) : name(n), value(std::to_string(v)) {}
  const char* name;
  std::string value;
};

using XmlDoc = std::unique_ptr<tinyxml2::XMLDocument>;

// A document holding the standard XML declaration and a root element.
XmlDoc new_part(const char* root_name, std::initializer_list<Attr> root_attrs);
tinyxml2::XMLElement* root(const XmlDoc& doc);

tinyxml2::XMLElement* child(tinyxml2::XMLElement* parent, const char* name,
                            std::initializer_list<Attr> attrs = {});
// <name w:val="value"/>, the most common WordprocessingML shape.
tinyxml2::XMLElement* val(tinyxml2::XMLElement* parent, const char* name, const std::string& value);
tinyxml2::XMLElement* text_child(tinyxml2::XMLElement* parent, const char* name,
                                 const std::string& text);

// Compact serialisation, UTF-8.
std::string to_bytes(const tinyxml2::XMLDocument& doc);

}  // namespace paiban::export_docx
