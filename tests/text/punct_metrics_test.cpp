#include <catch2/catch.hpp>

#include "text/catalog_impl.h"
#include "text/punct_metrics.h"
#include "text_fixtures.h"

using namespace paiban::text;
using paiban::text::testing::catalog;

namespace {

uint32_t glyph_of(hb_font_t* font, char32_t c) {
  hb_codepoint_t gid = 0;
  hb_font_get_nominal_glyph(font, c, &gid);
  return gid;
}

}  // namespace

TEST_CASE("Noto CJK's halt tells which half of each punctuation glyph is blank") {
  const FontCatalog::Impl& impl = catalog().impl();
  const FaceId body = catalog().chain("body", false).front();
  const LoadedFace& face = impl.faces[static_cast<size_t>(body)];
  REQUIRE_FALSE(face.halt.empty());
  // GB forms (the zh-Hans default of the SC face): stops and closing marks
  // ink left, opening marks ink right.
  for (char32_t c : {U'，', U'。', U'、', U'）', U'》', U'”'}) {
    const PunctTrim* trim = find_trim(face.halt, glyph_of(impl.font(body), c));
    REQUIRE(trim != nullptr);
    CHECK(trim->left == Approx(0).margin(0.01));
    CHECK(trim->right == Approx(0.5).margin(0.01));
  }
  for (char32_t c : {U'（', U'《', U'“'}) {
    const PunctTrim* trim = find_trim(face.halt, glyph_of(impl.font(body), c));
    REQUIRE(trim != nullptr);
    CHECK(trim->left == Approx(0.5).margin(0.01));
    CHECK(trim->right == Approx(0).margin(0.01));
  }
}

TEST_CASE("a face without halt gets no table (the engine then uses the GB convention)") {
  const FontCatalog::Impl& impl = catalog().impl();
  const FaceId latin = catalog().chain("latin", false).front();
  CHECK(impl.faces[static_cast<size_t>(latin)].halt.empty());
}

TEST_CASE("the Kai face compresses adjacent punctuation too") {
  ParagraphSpec spec;
  spec.spans.push_back(Span{"他说：“好。”然后", TextStyle{"kai", 10.5, false}});
  spec.measure = 300;
  spec.align = Align::left;
  const ParagraphResult r = set_paragraph(catalog(), spec);
  REQUIRE(r.lines.size() == 1);
  float stop = -1, quote = -1;
  for (const GlyphRun& run : r.lines[0].runs)
    for (const PlacedGlyph& g : run.glyphs) {
      if (g.cluster == r.lines[0].text.find("。")) stop = g.x;
      if (g.cluster == r.lines[0].text.find("”")) quote = g.x;
    }
  REQUIRE(stop >= 0);
  REQUIRE(quote >= 0);
  CHECK(quote - stop == Approx(0.5 * 10.5).margin(0.01));
}
