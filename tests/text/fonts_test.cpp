#include <catch2/catch.hpp>

#include "model/error.h"
#include "text_fixtures.h"

using namespace paiban::text;
using paiban::text::testing::catalog;

namespace {

std::string primary_family(const std::string& role, bool bold = false) {
  return catalog().face(catalog().chain(role, bold).front()).family;
}

}  // namespace

TEST_CASE("each font role resolves to its preferred installed family") {
  CHECK(primary_family("body") == "Noto Serif CJK SC");
  CHECK(primary_family("heading") == "Noto Sans CJK SC");
  CHECK(primary_family("kai") == "LXGW WenKai");
  CHECK(primary_family("latin") == "DejaVu Serif");
  CHECK(primary_family("symbol") == "DejaVu Sans");
  CHECK(catalog().face(catalog().latin_face("body", false)).family == "DejaVu Serif");
  CHECK(catalog().face(catalog().latin_face("heading", false)).family == "DejaVu Sans");
}

TEST_CASE("the Simplified Chinese face of a Noto CJK collection is picked by family name") {
  const FaceInfo& body = catalog().face(catalog().chain("body", false).front());
  CHECK(body.path.find("NotoSerifCJK") != std::string::npos);
  CHECK(body.postscript_name == "NotoSerifCJKsc-Regular");
  CHECK(body.cff);
  CHECK_FALSE(body.bold);
  CHECK(body.units_per_em == 1000);
  CHECK(body.ascender > 0.8f);
  CHECK(body.descender > 0.1f);
  const FaceInfo& heading_bold = catalog().face(catalog().chain("heading", true).front());
  CHECK(heading_bold.path.find("NotoSansCJK-Bold") != std::string::npos);
  CHECK(heading_bold.postscript_name == "NotoSansCJKsc-Bold");
  CHECK(heading_bold.bold);
}

TEST_CASE("TrueType faces are reported as such") {
  const FaceInfo& latin = catalog().face(catalog().chain("latin", false).front());
  CHECK_FALSE(latin.cff);
  CHECK(latin.path.find("DejaVuSerif.ttf") != std::string::npos);
}

TEST_CASE("each face is loaded once") {
  const auto& faces = catalog().faces();
  for (size_t i = 0; i < faces.size(); ++i)
    for (size_t j = i + 1; j < faces.size(); ++j)
      CHECK_FALSE((faces[i].path == faces[j].path && faces[i].index == faces[j].index));
}

// A render uses five of the dozen faces the roles name: the others are
// found (path, family) but never mapped or read.
TEST_CASE("a face is loaded only when it is first used") {
  auto fonts = FontCatalog::load();
  FaceId body = fonts->chain("body", false).front();
  FaceId fallback = fonts->chain("body", false).at(1);  // AR PL UMing
  CHECK(fonts->faces()[static_cast<size_t>(fallback)].postscript_name.empty());
  CHECK(fonts->faces()[static_cast<size_t>(fallback)].family == "AR PL UMing CN");
  CHECK(fonts->faces()[static_cast<size_t>(body)].postscript_name.empty());
  const FaceInfo& loaded = fonts->face(body);
  CHECK(loaded.postscript_name == "NotoSerifCJKsc-Regular");
  CHECK(loaded.face != nullptr);
  CHECK(fonts->faces()[static_cast<size_t>(body)].postscript_name == "NotoSerifCJKsc-Regular");
  CHECK(fonts->faces()[static_cast<size_t>(fallback)].postscript_name.empty());
}

TEST_CASE("a role whose family has no bold face is emboldened synthetically") {
  RoleOverrides overrides{{"kai", {"AR PL UKai CN"}}};
  auto fonts = FontCatalog::load({}, overrides);
  CHECK(fonts->synthetic_bold("kai"));
  CHECK_FALSE(fonts->synthetic_bold("body"));
  ParagraphSpec spec;
  spec.spans.push_back(Span{"楷体加粗", TextStyle{"kai", 12, true}});
  spec.measure = 200;
  ParagraphResult r = set_paragraph(*fonts, spec);
  REQUIRE(r.lines.size() == 1);
  REQUIRE(!r.lines[0].runs.empty());
  CHECK(r.lines[0].runs[0].embolden == Approx(12 * 0.03));
  CHECK(fonts->faces()[static_cast<size_t>(r.lines[0].runs[0].face)].family == "AR PL UKai CN");
}

TEST_CASE("real bold faces are not emboldened again") {
  ParagraphSpec spec;
  spec.spans.push_back(Span{"一、创新理念", TextStyle{"heading", 14, true}});
  spec.measure = 300;
  ParagraphResult r = set_paragraph(catalog(), spec);
  REQUIRE(r.lines.size() == 1);
  for (const GlyphRun& run : r.lines[0].runs) CHECK(run.embolden == 0);
}

TEST_CASE("manifest errors name the file and line") {
  try {
    FontCatalog::load(PAIBAN_TESTS_DIR "/text/data/bad_roles.xml");
    FAIL("no error");
  } catch (const paiban::Error& e) {
    CHECK(e.code() == paiban::ExitCode::data);
    CHECK_THAT(e.what(), Catch::Contains("bad_roles.xml:4"));
  }
  try {
    FontCatalog::load(PAIBAN_TESTS_DIR "/text/data/missing_family.xml");
    FAIL("no error");
  } catch (const paiban::Error& e) {
    CHECK(e.code() == paiban::ExitCode::data);
    CHECK_THAT(e.what(), Catch::Contains("No Such Font Family"));
    CHECK_THAT(e.what(), Catch::Contains("fonts-nonexistent"));
  }
  CHECK_THROWS_AS(FontCatalog::load("/nonexistent/roles.xml"), paiban::Error);
}

TEST_CASE("an unknown role is an error, not a crash") {
  CHECK_THROWS_AS(catalog().chain("fangsong", false), paiban::Error);
  CHECK_FALSE(catalog().has_role("fangsong"));
  CHECK(catalog().has_role("kai"));
}
