// The guess made before the layout (layout/likely_glyphs.h) that lets the PDF
// export start on the paragraph face early: it must name the face the layout
// sets paragraphs in and hold nearly every glyph the layout then uses of it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "layout/layout_article.h"
#include "layout/likely_glyphs.h"
#include "layout_fixture.h"
#include "parse/parse.h"
#include "text/nominal_glyphs.h"

using namespace paiban;
using namespace paiban::layout;

TEST_CASE("nominal glyphs: the cmap's glyph of each character, once, ascending, .notdef first", "[layout][likely]") {
  const text::FontCatalog& fonts = testing::fonts();
  text::FaceId serif = fonts.chain("body", false).front();
  std::vector<uint32_t> one = text::nominal_glyphs(fonts, serif, {"中"});
  REQUIRE(one.size() == 2);
  CHECK(one[0] == 0);
  std::vector<uint32_t> many = text::nominal_glyphs(fonts, serif, {"中文中", "文", "\xCD\xB8"});
  CHECK(std::is_sorted(many.begin(), many.end()));
  CHECK(std::adjacent_find(many.begin(), many.end()) == many.end());
  CHECK(std::count(many.begin(), many.end(), one[1]) == 1);
  CHECK(many.size() == 3);  // .notdef 中 文; U+0378 is unassigned, in no font
}

TEST_CASE("likely glyphs: the paragraph face and nearly all the glyphs the layout uses of it", "[layout][likely]") {
  model::Article article = parse::parse_file(PAIBAN_SOURCE_DIR "/examples/zhibu-2014-10-tianzhen.txt");
  for (const char* name : {"booklet-a5", "gongwen-a4"}) {
    INFO(name);
    const LayoutSpec& spec = testing::shipped(name);
    // A layout may name its own families for a role (gongwen-a4: 仿宋).
    auto own = text::FontCatalog::load({}, spec.font_families);
    const text::FontCatalog& fonts = spec.font_families.empty() ? testing::fonts() : *own;
    text::FaceId face = paragraph_face(spec, fonts);
    CHECK(face == fonts.chain(spec.style("paragraph").font_role, false).front());
    std::vector<uint32_t> likely = likely_glyphs(article, face, fonts);

    Document document = layout_article(article, spec, fonts);
    std::set<uint32_t> used;
    for (const Page& page : document.pages)
      for (const PageRun& run : page.runs)
        if (run.glyphs.face == face)
          for (const auto& g : run.glyphs.glyphs) used.insert(g.gid);
    REQUIRE(used.size() > 300);
    std::size_t guessed = std::count_if(used.begin(), used.end(), [&](uint32_t g) {
      return std::binary_search(likely.begin(), likely.end(), g);
    });
    CHECK(guessed >= used.size() * 97 / 100);
    CHECK(likely.size() <= used.size() * 115 / 100);  // and not much more
  }
}
