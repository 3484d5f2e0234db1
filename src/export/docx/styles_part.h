#pragma once
// word/styles.xml: one named style per kind of text, built from the layout's
// block styles, so that a study group restyles the handout by editing a style
// rather than every paragraph.
#include <string>
#include <vector>

#include "export/docx/fonts.h"
#include "export/docx/xml_tree.h"
#include "layout/layout_spec.h"

namespace paiban::export_docx {

// w:lang w:eastAsia for the article's language: zh-CN, or zh-TW for zh-Hant.
std::string east_asian_lang(const std::string& language);

// The layout's style for a block kind, or the built-in default when the
// layout does not list it.
layout::BlockStyle block_style(const layout::LayoutSpec& layout, const std::string& kind);

struct StylesPart {
  XmlDoc xml;
  std::vector<std::string> families;  // every font family named, first use first
};

StylesPart styles_part(const layout::LayoutSpec& layout, const FontChoice& fonts,
                       const std::string& language);

}  // namespace paiban::export_docx
