#pragma once
// Reading one element of a layout file: typed attribute getters that turn a
// bad value into paiban::Error(data) naming file, line, element and attribute,
// and a check that the element carries no attribute or child nobody asked for
// (a typo in a layout file must not pass silently).
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <tinyxml2.h>

namespace paiban::layout {

class XmlElement {
 public:
  XmlElement(const tinyxml2::XMLElement& element, const std::string& file);

  const char* name() const { return element_.Name(); }
  int line() const { return element_.GetLineNum(); }
  [[noreturn]] void fail(const std::string& what) const;
  [[noreturn]] void fail_attribute(const char* attribute, const std::string& why) const;

  bool has(const char* attribute) const;
  std::optional<std::string> text(const char* attribute);
  std::string required_text(const char* attribute);
  // Each getter checks the value lies in [min, max] (points for lengths).
  std::optional<double> length(const char* attribute, double em_pt, double min, double max);
  std::optional<double> font_size(const char* attribute);
  std::optional<double> number(const char* attribute, double min, double max);
  std::optional<int> integer(const char* attribute, int min, int max);
  std::optional<bool> boolean(const char* attribute);
  // One of `choices`; returns its index.
  std::optional<std::size_t> choice(const char* attribute, const std::vector<std::string>& choices);

  // Child elements, in order; text other than white space is an error.
  std::vector<XmlElement> children() const;
  // Throws on attributes that no getter asked for.
  void finish() const;

 private:
  const tinyxml2::XMLElement& element_;
  const std::string& file_;
  std::set<std::string> used_;
};

}  // namespace paiban::layout
