#include "layout_fixture.h"

#include <cmath>
#include <memory>

namespace paiban::layout::testing {

const text::FontCatalog& fonts() {
  static std::shared_ptr<const text::FontCatalog> catalog = text::FontCatalog::load();
  return *catalog;
}

const LayoutSpec& shipped(const std::string& name) {
  static std::map<std::string, LayoutSpec> cache;
  auto it = cache.find(name);
  if (it == cache.end()) it = cache.emplace(name, load_layout(name)).first;
  return it->second;
}

const LayoutSpec& narrow() {
  static LayoutSpec spec = parse_layout_xml(
      "<layout name=\"narrow\"><page width=\"52mm\" height=\"120mm\" bleed=\"0\">"
      "<margins all=\"10mm\"/></page>"
      "<header left=\"{journal}\" right=\"{title}\" size=\"六号\"/><folio left=\"{page}/{pages}\" size=\"六号\"/>"
      "<footnotes placement=\"page-foot\"/></layout>",
      "narrow.xml");
  return spec;
}

bool in_flow(const LineRecord& line) { return line.block != "header" && line.block != "folio"; }

bool is_heading(const std::string& block) {
  return block == "heading1" || block == "heading2" || block == "related_heading" || block == "notes_title";
}

int column_of(const LayoutSpec& spec, const Page& page, const LineRecord& line) {
  Frame block = text_block(spec, page.recto);
  double step = column_width(spec) + spec.page.column_gap;
  return static_cast<int>(std::floor((line.x - block.x + 0.01) / step));
}

std::map<int, std::string> text_by_model_block(const Document& doc) {
  std::map<int, std::string> out;
  for (const Page& page : doc.pages)
    for (const LineRecord& line : page.lines)
      if (line.model_block >= 0) out[line.model_block] += line.text;
  return out;
}

std::u32string code_points(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
    for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    out.push_back(cp);
    i += static_cast<std::size_t>(len);
  }
  return out;
}

}  // namespace paiban::layout::testing
