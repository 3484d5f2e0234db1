#include "export/docx/fonts.h"

#include <algorithm>
#include <cctype>

namespace paiban::export_docx {

namespace {

bool contains_word(const std::string& family, std::initializer_list<const char*> needles) {
  std::string lower = family;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(needles.begin(), needles.end(),
                     [&](const char* n) { return lower.find(n) != std::string::npos; });
}

enum class Design { song, hei, kai, fangsong, latin_serif, latin_sans };

Design design_of(const std::string& family) {
  bool latin_only = contains_word(family, {"dejavu", "liberation", "times", "arial", "helvetica"});
  bool sans = contains_word(family, {"sans", "hei", "gothic", "arial", "helvetica"});
  if (latin_only) return sans ? Design::latin_sans : Design::latin_serif;
  if (contains_word(family, {"kai", "kaiti"})) return Design::kai;
  if (contains_word(family, {"fang"})) return Design::fangsong;
  return sans ? Design::hei : Design::song;
}

// Mirrors fonts/roles.xml for documents made without a font catalog.
std::string default_family(const std::string& role) {
  if (role == "heading") return "Noto Sans CJK SC";
  if (role == "kai") return "LXGW WenKai";
  if (role == "latin") return "DejaVu Serif";
  if (role == "latin-sans") return "DejaVu Sans";
  return "Noto Serif CJK SC";
}

std::string traditional_cut(std::string family) {
  const std::string sc = " SC";
  if (family.rfind("Noto ", 0) == 0 && family.size() > sc.size() &&
      family.compare(family.size() - sc.size(), sc.size(), sc) == 0)
    family.replace(family.size() - sc.size(), sc.size(), " TC");
  return family;
}

}  // namespace

FontChoice::FontChoice(const layout::LayoutSpec& layout, std::map<std::string, std::string> known,
                       std::string language)
    : layout_(layout), known_(std::move(known)), language_(std::move(language)) {}

std::string FontChoice::family(const std::string& role) const {
  std::string chosen;
  auto own = layout_.font_families.find(role);
  if (own != layout_.font_families.end() && !own->second.empty())
    chosen = own->second.front();
  else if (auto k = known_.find(role); k != known_.end() && !k->second.empty())
    chosen = k->second;
  else
    chosen = default_family(role);
  return language_ == "zh-Hant" ? traditional_cut(chosen) : chosen;
}

FontPair FontChoice::for_role(const std::string& role) const {
  // As in fonts/roles.xml: sans roles set Latin in the sans Latin face.
  bool sans = role == "heading" || design_of(family(role)) == Design::hei;
  return FontPair{family(sans ? "latin-sans" : "latin"), family(role)};
}

std::string windows_alternative(const std::string& family, const std::string& language) {
  bool hant = language == "zh-Hant";
  switch (design_of(family)) {
    case Design::song: return hant ? "新細明體" : "宋体";
    case Design::hei: return hant ? "微軟正黑體" : "黑体";
    case Design::kai: return hant ? "標楷體" : "楷体";
    case Design::fangsong: return "仿宋";
    case Design::latin_serif: return "Times New Roman";
    case Design::latin_sans: return "Arial";
  }
  return "宋体";
}

XmlDoc font_table_part(const std::vector<std::string>& families, const std::string& language) {
  XmlDoc doc = new_part("w:fonts", {{"xmlns:w", kNsW}});
  for (const std::string& family : families) {
    // CT_Font: altName, panose1, charset, family, notTrueType, pitch, sig...
    tinyxml2::XMLElement* font = child(root(doc), "w:font", {{"w:name", family}});
    val(font, "w:altName", windows_alternative(family, language));
    Design design = design_of(family);
    bool latin = design == Design::latin_serif || design == Design::latin_sans;
    val(font, "w:charset", latin ? "00" : (language == "zh-Hant" ? "88" : "86"));
    bool sans = design == Design::hei || design == Design::latin_sans;
    val(font, "w:family", design == Design::kai ? "script" : (sans ? "swiss" : "roman"));
    val(font, "w:pitch", "variable");
  }
  return doc;
}

}  // namespace paiban::export_docx
