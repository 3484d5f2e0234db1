#pragma once
// Which font families the document names, and the font table that tells Word
// what to use where they are not installed (Windows has no Noto CJK: the
// table offers 宋体 / 黑体 / 楷体 through w:altName).
#include <map>
#include <string>
#include <vector>

#include "export/docx/word_props.h"
#include "export/docx/xml_tree.h"
#include "layout/layout_spec.h"

namespace paiban::export_docx {

// role -> family: the layout's own families first, then `known` (e.g. the
// installed faces of the font catalog), then built-in defaults that mirror
// fonts/roles.xml. Traditional articles get the TC cut of Noto CJK.
class FontChoice {
 public:
  FontChoice(const layout::LayoutSpec& layout, std::map<std::string, std::string> known,
             std::string language);
  // East Asian face of the role plus the Latin face that goes with it.
  FontPair for_role(const std::string& role) const;

 private:
  std::string family(const std::string& role) const;
  const layout::LayoutSpec& layout_;
  std::map<std::string, std::string> known_;
  std::string language_;
};

// The Windows face Word should substitute for a family (宋体, 黑体, 楷体,
// 仿宋, Times New Roman, Arial; Traditional names for zh-Hant).
std::string windows_alternative(const std::string& family, const std::string& language);

// word/fontTable.xml naming every family in `families` (first-use order).
XmlDoc font_table_part(const std::vector<std::string>& families, const std::string& language);

}  // namespace paiban::export_docx
