#include "layout/xml_element.h"

#include <cmath>

#include "layout/units.h"
#include "model/error.h"

namespace paiban::layout {

namespace {

std::string format_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace

XmlElement::XmlElement(const tinyxml2::XMLElement& element, const std::string& file)
    : element_(element), file_(file) {}

void XmlElement::fail(const std::string& what) const {
  throw Error(ExitCode::data, file_ + ":" + std::to_string(line()) + ": <" + name() + ">: " + what);
}

void XmlElement::fail_attribute(const char* attribute, const std::string& why) const {
  const char* value = element_.Attribute(attribute);
  fail(std::string(attribute) + "=\"" + (value ? value : "") + "\": " + why);
}

bool XmlElement::has(const char* attribute) const { return element_.Attribute(attribute) != nullptr; }

std::optional<std::string> XmlElement::text(const char* attribute) {
  used_.insert(attribute);
  const char* value = element_.Attribute(attribute);
  if (!value) return std::nullopt;
  return std::string(value);
}

std::string XmlElement::required_text(const char* attribute) {
  auto value = text(attribute);
  if (!value || value->empty()) fail(std::string("missing attribute ") + attribute);
  return *value;
}

std::optional<double> XmlElement::length(const char* attribute, double em_pt, double min, double max) {
  auto value = text(attribute);
  if (!value) return std::nullopt;
  std::string why;
  auto pt = units::parse_length(*value, em_pt, &why);
  if (!pt) fail_attribute(attribute, why);
  if (*pt < min || *pt > max)
    fail_attribute(attribute, "out of range (" + format_number(min / units::kPointsPerMm) + " to " +
                                  format_number(max / units::kPointsPerMm) + " mm)");
  return pt;
}

std::optional<double> XmlElement::font_size(const char* attribute) {
  auto value = text(attribute);
  if (!value) return std::nullopt;
  std::string why;
  auto pt = units::parse_font_size(*value, &why);
  if (!pt) fail_attribute(attribute, why);
  if (*pt < 4 || *pt > 200) fail_attribute(attribute, "out of range (4 to 200 pt)");
  return pt;
}

std::optional<double> XmlElement::number(const char* attribute, double min, double max) {
  auto value = text(attribute);
  if (!value) return std::nullopt;
  auto n = units::parse_number(*value);
  if (!n) fail_attribute(attribute, "not a number");
  if (*n < min || *n > max)
    fail_attribute(attribute, "out of range (" + format_number(min) + " to " + format_number(max) + ")");
  return n;
}

std::optional<int> XmlElement::integer(const char* attribute, int min, int max) {
  auto n = number(attribute, min, max);
  if (!n) return std::nullopt;
  if (std::floor(*n) != *n) fail_attribute(attribute, "not a whole number");
  return static_cast<int>(*n);
}

std::optional<bool> XmlElement::boolean(const char* attribute) {
  auto value = text(attribute);
  if (!value) return std::nullopt;
  auto b = units::parse_bool(*value);
  if (!b) fail_attribute(attribute, "expected yes or no");
  return b;
}

std::optional<std::size_t> XmlElement::choice(const char* attribute, const std::vector<std::string>& choices) {
  auto value = text(attribute);
  if (!value) return std::nullopt;
  for (std::size_t i = 0; i < choices.size(); ++i)
    if (choices[i] == *value) return i;
  std::string list;
  for (const std::string& c : choices) list += (list.empty() ? "" : ", ") + c;
  fail_attribute(attribute, "expected one of " + list);
}

std::vector<XmlElement> XmlElement::children() const {
  std::vector<XmlElement> out;
  for (const tinyxml2::XMLNode* node = element_.FirstChild(); node; node = node->NextSibling()) {
    if (const auto* child = node->ToElement()) {
      out.emplace_back(*child, file_);
    } else if (const auto* text = node->ToText()) {
      for (const char* p = text->Value(); *p; ++p)
        if (!std::isspace(static_cast<unsigned char>(*p)))
          fail("unexpected text inside the element");
    }
  }
  return out;
}

void XmlElement::finish() const {
  for (const tinyxml2::XMLAttribute* a = element_.FirstAttribute(); a; a = a->Next())
    if (!used_.count(a->Name())) fail(std::string("unknown attribute ") + a->Name());
}

}  // namespace paiban::layout
