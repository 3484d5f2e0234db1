#include "layout/likely_glyphs.h"

#include <string_view>

#include "text/nominal_glyphs.h"
#include "text/paragraph.h"

namespace paiban::layout {

text::FaceId paragraph_face(const LayoutSpec& spec, const text::FontCatalog& fonts) {
  return fonts.chain(spec.style("paragraph").font_role, false).front();
}

void prepare_paragraphs(const model::Article& article, const LayoutSpec& spec, const text::FontCatalog& fonts) {
  const BlockStyle& style = spec.style("paragraph");
  text::prepare_line_breaking();
  text::prepare_shaping(fonts, text::TextStyle{style.font_role, style.size, style.bold}, article.language);
}

std::vector<uint32_t> likely_glyphs(const model::Article& article, text::FaceId face, const text::FontCatalog& fonts) {
  // All of the article's text: most blocks of most layouts share the
  // paragraphs' role, and a glyph guessed wrongly only costs the guess.
  std::vector<std::string_view> texts{article.title,    article.subtitle, article.journal, article.issue,
                                      article.keywords_raw, article.abstract, article.lead,  article.editor};
  for (const model::Author& a : article.authors) {
    texts.push_back(a.name);
    texts.push_back(a.role);
  }
  for (const std::string& s : article.affiliations) texts.push_back(s);
  for (const model::Block& b : article.blocks)
    for (const model::Run& r : b.runs) texts.push_back(r.text);
  for (const std::string& s : article.related) texts.push_back(s);
  return text::nominal_glyphs(fonts, face, texts);
}

}  // namespace paiban::layout
