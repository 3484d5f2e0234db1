#include "export/docx/parts.h"
#include "export/docx/styles_part.h"

namespace paiban::export_docx {

// CT_Settings children in schema order. Nothing that changes between runs
// (no rsids) and no proofing state.
XmlDoc settings_part(bool has_footnotes, const std::string& language) {
  XmlDoc doc = new_part("w:settings", {{"xmlns:w", kNsW}});
  tinyxml2::XMLElement* s = root(doc);
  child(s, "w:zoom", {{"w:percent", 100}});
  // Two characters of the 五号 body, Word's default in Chinese documents.
  val(s, "w:defaultTabStop", "420");
  // 标点挤压: adjacent full-width punctuation loses its blank half.
  val(s, "w:characterSpacingControl", "compressPunctuation");
  if (has_footnotes) {
    tinyxml2::XMLElement* notes = child(s, "w:footnotePr");
    child(notes, "w:footnote", {{"w:id", -1}});
    child(notes, "w:footnote", {{"w:id", 0}});
  }
  // Word 2013+ layout rules rather than compatibility mode.
  child(child(s, "w:compat"), "w:compatSetting",
        {{"w:name", "compatibilityMode"},
         {"w:uri", "http://schemas.microsoft.com/office/word"},
         {"w:val", "15"}});
  child(s, "w:themeFontLang", {{"w:val", "en-US"}, {"w:eastAsia", east_asian_lang(language)}});
  val(s, "w:decimalSymbol", ".");
  val(s, "w:listSeparator", ",");
  return doc;
}

}  // namespace paiban::export_docx
