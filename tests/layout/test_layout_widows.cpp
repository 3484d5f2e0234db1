// Widow and orphan control for the ruled notes lines at the end of a handout
// (regression: handout-a4 with 25/25/28/25 mm margins left one notes line
// under its title at a page foot and seven on the next page).
#include <catch2/catch.hpp>

#include "layout/layout_article.h"
#include "layout_fixture.h"
#include "layout_properties.h"
#include "sample_articles.h"

using namespace paiban;
using namespace paiban::layout;
using namespace paiban::layout::testing;

namespace {

constexpr double kPtPerMm = 72.0 / 25.4;

// handout-a4 with the given margins, built in code so that the test does not
// depend on the margins of the shipped file.
LayoutSpec handout_with_margins(double top, double bottom, double inner, double outer) {
  LayoutSpec spec = shipped("handout-a4");
  spec.page.margin_top = top * kPtPerMm;
  spec.page.margin_bottom = bottom * kPtPerMm;
  spec.page.margin_inner = inner * kPtPerMm;
  spec.page.margin_outer = outer * kPtPerMm;
  return spec;
}

}  // namespace

TEST_CASE("no single notes line at a page foot in handout-a4 with 25 mm margins", "[layout][widows]") {
  LayoutSpec spec = handout_with_margins(25, 25, 28, 25);
  Document doc = layout_article(long_article(60), spec, fonts());
  REQUIRE(!doc.pages.empty());
  check_widows_orphans(doc, spec);
  check_headings_not_last(doc, spec);
}

// Moving the text block a millimetre at a time puts the page break at every
// line of the notes area in turn: at its start (orphan) and its end (widow).
TEST_CASE("notes lines keep two lines each side of a break at any text block height", "[layout][widows]") {
  auto top = GENERATE(range(18, 36));
  LayoutSpec spec = handout_with_margins(top, top + 3, 28, 25);
  CAPTURE(top);
  Document doc = layout_article(long_article(60), spec, fonts());
  REQUIRE(!doc.pages.empty());
  check_widows_orphans(doc, spec);
  check_headings_not_last(doc, spec);
}
