#pragma once
// Shared fixtures of the text-engine tests: one catalog for the whole test
// program, the example article's paragraphs, and line checks.
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "support/files.h"
#include "text/font_catalog.h"
#include "text/paragraph.h"

namespace paiban::text::testing {

inline const FontCatalog& catalog() {
  static const std::shared_ptr<const FontCatalog> fonts = FontCatalog::load();
  return *fonts;
}

using paiban::test::read_file;  // tests/support

// Non-empty lines of the example article (one paragraph per line).
inline std::vector<std::string> example_paragraphs() {
  std::istringstream in(read_file(PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt"));
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

inline ParagraphSpec body(const std::string& text, double measure_em, double size = 10.5,
                          double indent_em = 2) {
  ParagraphSpec spec;
  spec.spans.push_back(Span{text, TextStyle{"body", size, false}});
  spec.measure = measure_em * size;
  spec.first_indent = indent_em * size;
  return spec;
}

inline std::string joined_text(const ParagraphResult& r) {
  std::string all;
  for (const Line& line : r.lines) all += line.text;
  return all;
}

// The x extent of the line's glyph ink boxes is not needed: pen positions.
inline std::vector<const PlacedGlyph*> glyphs_of(const Line& line) {
  std::vector<const PlacedGlyph*> out;
  for (const GlyphRun& run : line.runs)
    for (const PlacedGlyph& g : run.glyphs) out.push_back(&g);
  return out;
}

std::u32string to_u32(const std::string& s);
std::string dump(const ParagraphResult& r);

}  // namespace paiban::text::testing
