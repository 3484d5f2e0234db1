// Document-level properties over sample articles built as models, in every
// shipped layout and a very narrow one.
#include <catch2/catch.hpp>

#include "layout/dump.h"
#include "layout/layout_article.h"
#include "layout_fixture.h"
#include "layout_properties.h"
#include "sample_articles.h"

using namespace paiban;
using namespace paiban::layout;
using namespace paiban::layout::testing;

namespace {

const LayoutSpec& layout_named(const std::string& name) { return name == "narrow" ? narrow() : shipped(name); }

}  // namespace

TEST_CASE("properties hold for sample articles in every layout", "[layout][properties]") {
  auto name = GENERATE(as<std::string>{}, "booklet-a5", "handout-a4", "issue-a4", "narrow");
  auto which = GENERATE(0, 1, 2);
  model::Article article = which == 0 ? full_article() : which == 1 ? stress_article() : long_article(60);
  const LayoutSpec& spec = layout_named(name);
  CAPTURE(name, which);
  Document doc = layout_article(article, spec, fonts());
  REQUIRE(!doc.pages.empty());
  check_all(doc, spec, article);
}

TEST_CASE("layout is deterministic", "[layout][properties]") {
  model::Article article = stress_article();
  std::string a = dump(layout_article(article, shipped("issue-a4"), fonts()));
  std::string b = dump(layout_article(article, shipped("issue-a4"), fonts()));
  CHECK(a == b);
}
