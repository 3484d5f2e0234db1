// The layout-definition loader: shipped layouts, units, and one test per
// rejection rule (bad values must name file, line and element).
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "layout/layout_spec.h"
#include "layout/units.h"
#include "model/error.h"

using namespace paiban;
using namespace paiban::layout;

namespace {

constexpr double mm = units::kPointsPerMm;

// A minimal layout with `body` spliced into <layout>; page given unless the
// body has its own.
std::string wrap(const std::string& body, bool with_page = true) {
  return "<?xml version=\"1.0\"?>\n<layout name=\"t\">\n" +
         std::string(with_page ? "<page size=\"A5\"/>\n" : "") + body + "\n</layout>\n";
}

LayoutSpec parse(const std::string& body, bool with_page = true) {
  return parse_layout_xml(wrap(body, with_page), "t.xml");
}

// The loader's message for a bad file, checked to be a data error.
std::string error_of(const std::string& xml) {
  try {
    parse_layout_xml(xml, "bad.xml");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::data);
    return e.what();
  }
  FAIL("no error for: " << xml);
  return {};
}

std::string error_of_body(const std::string& body, bool with_page = true) { return error_of(wrap(body, with_page)); }

}  // namespace

TEST_CASE("units: lengths need a unit and convert to points", "[layout][units]") {
  std::string why;
  CHECK(*units::parse_length("72pt", 0, &why) == Approx(72));
  CHECK(*units::parse_length("25.4mm", 0, &why) == Approx(72));
  CHECK(*units::parse_length("2.54cm", 0, &why) == Approx(72));
  CHECK(*units::parse_length("1in", 0, &why) == Approx(72));
  CHECK(*units::parse_length("2em", 10.5, &why) == Approx(21));
  CHECK(*units::parse_length(" 0 ", 0, &why) == 0);
  CHECK_FALSE(units::parse_length("12", 0, &why));
  CHECK(why.find("unit") != std::string::npos);
  CHECK_FALSE(units::parse_length("2em", 0, &why));  // em not allowed where there is no size
  CHECK_FALSE(units::parse_length("abcmm", 0, &why));
  CHECK_FALSE(units::parse_length("nanmm", 0, &why));
  CHECK_FALSE(units::parse_length("infpt", 0, &why));
  CHECK_FALSE(units::parse_length("1e3pt", 0, &why));
  CHECK_FALSE(units::parse_length("", 0, &why));
}

TEST_CASE("units: 字号 names and points", "[layout][units]") {
  CHECK(*units::font_size_by_name("五号") == 10.5);
  CHECK(*units::font_size_by_name("小四") == 12);
  CHECK(*units::font_size_by_name("初号") == 42);
  CHECK(*units::font_size_by_name("八号") == 5);
  CHECK_FALSE(units::font_size_by_name("九号"));
  std::string why;
  CHECK(*units::parse_font_size("10.5", &why) == 10.5);
  CHECK(*units::parse_font_size("12pt", &why) == 12);
  CHECK(*units::parse_font_size("二号", &why) == 22);
  CHECK_FALSE(units::parse_font_size("big", &why));
}

TEST_CASE("units: paper names and 开本", "[layout][units]") {
  CHECK(units::paper_by_name("A4")->width_mm == 210);
  CHECK(units::paper_by_name("a5")->height_mm == 210);
  CHECK(units::paper_by_name("B5")->width_mm == 176);
  CHECK(units::paper_by_name("正度16开")->width_mm == 185);
  CHECK(units::paper_by_name("大度32开")->height_mm == 203);
  CHECK_FALSE(units::paper_by_name("A9"));
}

TEST_CASE("shipped layouts load and match their briefs", "[layout][loader]") {
  CHECK(shipped_layouts() == std::vector<std::string>{"booklet-a5", "gongwen-a4", "handout-a4", "issue-a4"});

  LayoutSpec booklet = load_layout("booklet-a5");
  CHECK(booklet.name == "booklet-a5");
  CHECK(booklet.page.width == Approx(148 * mm));
  CHECK(booklet.page.height == Approx(210 * mm));
  CHECK(booklet.style("paragraph").size == 10.5);
  CHECK(booklet.style("paragraph").first_indent_em == 2);
  CHECK(booklet.style("paragraph").font_role == "body");
  CHECK(booklet.style("heading1").font_role == "heading");
  CHECK(booklet.style("heading1").keep_with_next);
  CHECK(booklet.page.grid_chars == 30);
  // The grid fixes the text block: 30 body ems wide, 28 leadings high.
  Frame block = text_block(booklet, true);
  CHECK(block.width == Approx(30 * 10.5));
  CHECK(block.height == Approx(28 * booklet.style("paragraph").leading));
  CHECK(block.x == Approx(18 * mm));

  LayoutSpec handout = load_layout("handout-a4");
  CHECK(handout.page.width == Approx(210 * mm));
  CHECK(handout.style("paragraph").size == 12);
  CHECK(handout.style("paragraph").leading == Approx(18));
  CHECK(handout.handout.source_line);
  CHECK(handout.handout.notes_lines > 0);
  CHECK(handout.page.margin_inner > booklet.page.margin_inner);
  CHECK(handout.folio.enabled);
  CHECK_FALSE(handout.header.enabled);

  // GB/T 9704-2012: 28 characters x 22 lines of 三号, top 37 mm, binding side 28 mm.
  LayoutSpec gongwen = load_layout("gongwen-a4");
  CHECK(gongwen.page.grid_chars == 28);
  CHECK(gongwen.page.grid_lines == 22);
  CHECK(gongwen.style("paragraph").size == 16);
  CHECK(gongwen.style("title").size == 22);
  CHECK(gongwen.page.margin_top == Approx(37 * mm));
  CHECK(gongwen.page.margin_inner == Approx(28 * mm));
  REQUIRE(gongwen.warnings.size() == 1);
  CHECK(gongwen.warnings[0].find("仿宋") != std::string::npos);

  LayoutSpec issue = load_layout("issue-a4");
  CHECK(issue.page.columns == 2);
  CHECK(issue.page.column_gap == Approx(21));
  CHECK(issue.page.start_recto);
  CHECK(issue.header.enabled);
  CHECK(issue.header.left_page == "{journal} {issue}");
  CHECK(issue.header.right_page == "{title}");
  CHECK(issue.footnotes == FootnotePlacement::page_foot);
  CHECK(column_width(issue) * 2 + issue.page.column_gap == Approx(text_block(issue, false).width));
  // Verso pages mirror the margins.
  CHECK(text_block(issue, false).x == Approx(issue.page.margin_outer));
}

TEST_CASE("load_layout: names, paths and missing files", "[layout][loader]") {
  LayoutSpec by_path = load_layout(PAIBAN_SOURCE_DIR "/layouts/issue-a4.xml");
  CHECK(by_path.name == "issue-a4");
  try {
    load_layout("no-such-layout");
    FAIL("unknown name accepted");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::usage);
    CHECK(std::string(e.what()).find("booklet-a5") != std::string::npos);  // lists the shipped ones
  }
  try {
    load_layout("/nonexistent/dir/x.xml");
    FAIL("missing file accepted");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::no_input);
    CHECK(std::string(e.what()).find("/nonexistent/dir/x.xml") != std::string::npos);
  }
}

TEST_CASE("defaults: every block kind has a style; points follow the paragraph", "[layout][loader]") {
  LayoutSpec spec = parse("<styles><style kind=\"paragraph\" size=\"小四\" leading=\"20pt\"/></styles>");
  for (const std::string& kind : block_kinds()) {
    CAPTURE(kind);
    const BlockStyle& s = spec.style(kind);
    CHECK(s.size > 0);
    CHECK(s.leading >= s.size);
  }
  CHECK(spec.style("point").size == 12);
  CHECK(spec.style("point").leading == 20);
  CHECK(spec.style("point_runin").size == 12);
  CHECK(spec.style("point_runin").font_role == "heading");
  CHECK_THROWS_AS(spec.style("nonsense"), Error);
  // Without <styles> at all.
  LayoutSpec bare = parse("");
  CHECK(bare.style("paragraph").first_indent_em == 2);
  CHECK(bare.name == "t");
}

TEST_CASE("styles: values in every accepted form", "[layout][loader]") {
  LayoutSpec spec = parse(
      "<styles>"
      "<style kind=\"paragraph\" size=\"10pt\" leading=\"1.5\" first-indent=\"7mm\" align=\"left\"/>"
      "<style kind=\"title\" size=\"二号\" bold=\"no\" letter-spacing=\"0.5em\" space-before=\"1em\" gray=\"0.5\"/>"
      "<style kind=\"editor\" align=\"right\" keep-with-next=\"true\" left-indent=\"0\"/>"
      "</styles>");
  const BlockStyle& p = spec.style("paragraph");
  CHECK(p.leading == Approx(15));
  CHECK(p.first_indent_em == Approx(7 * mm / 10));
  CHECK(p.align == text::Align::left);
  const BlockStyle& t = spec.style("title");
  CHECK(t.size == 22);
  CHECK_FALSE(t.bold);
  CHECK(t.letter_spacing_em == Approx(0.5));
  CHECK(t.space_before == Approx(22));
  CHECK(t.gray == Approx(0.5f));
  CHECK(t.leading == Approx(22 * 1.4));  // size changed, leading follows the kind's factor
  CHECK(spec.style("editor").keep_with_next);
}

TEST_CASE("page: size forms, orientation, grid", "[layout][loader]") {
  LayoutSpec a = parse("<page size=\"正度16开\"/>", false);
  CHECK(a.page.width == Approx(185 * mm));
  LayoutSpec b = parse("<page size=\"148mm×210mm\"/>", false);
  CHECK(b.page.height == Approx(210 * mm));
  LayoutSpec c = parse("<page width=\"100mm\" height=\"150mm\" orientation=\"landscape\"/>", false);
  CHECK(c.page.width == Approx(150 * mm));
  LayoutSpec d = parse("<page size=\"A4\"><margins all=\"20mm\"/></page>", false);
  CHECK(d.page.margin_outer == Approx(20 * mm));
  CHECK(d.page.margin_bottom == Approx(20 * mm));
  // GB/T 9704: 28 characters x 22 lines of 三号 on A4, top 37 mm, binding side 28 mm.
  LayoutSpec g = parse(
      "<page size=\"A4\"><margins top=\"37mm\" inner=\"28mm\"/><grid chars=\"28\" lines=\"22\"/></page>"
      "<styles><style kind=\"paragraph\" size=\"三号\" leading=\"28.95pt\"/></styles>",
      false);
  CHECK(text_block(g, true).width == Approx(28 * 16));
  CHECK(text_block(g, true).height == Approx(22 * 28.95));
  CHECK(g.page.margin_outer == Approx(210 * mm - 28 * mm - 28 * 16));
}

TEST_CASE("fonts: roles, stand-ins warn, styles must name a known role", "[layout][loader]") {
  LayoutSpec spec = parse(
      "<fonts><role name=\"fangsong\" families=\"LXGW WenKai, AR PL UKai CN\" stands-in-for=\"仿宋\"/></fonts>"
      "<styles><style kind=\"paragraph\" font=\"fangsong\"/></styles>");
  CHECK(spec.font_families.at("fangsong") == std::vector<std::string>{"LXGW WenKai", "AR PL UKai CN"});
  REQUIRE(spec.warnings.size() == 1);
  CHECK(spec.warnings[0].find("仿宋") != std::string::npos);
  CHECK(error_of_body("<styles><style kind=\"paragraph\" font=\"fangsong\"/></styles>").find("unknown font role") !=
        std::string::npos);
  CHECK(error_of_body("<fonts><role name=\"Body\" families=\"X\"/></fonts>").find("role name") != std::string::npos);
  CHECK(error_of_body("<fonts><role name=\"body\" families=\"X,,Y\"/></fonts>").find("empty family") != std::string::npos);
  CHECK(error_of_body("<fonts><role name=\"body\"/></fonts>").find("missing attribute families") != std::string::npos);
  CHECK(error_of_body("<fonts><role name=\"a\" families=\"X\"/><role name=\"a\" families=\"Y\"/></fonts>")
            .find("given twice") != std::string::npos);
}

TEST_CASE("running heads and folios: templates are checked", "[layout][loader]") {
  LayoutSpec spec = parse("<header left=\"{journal}\" right=\"{title} · {page}/{pages}\" position=\"inner\" rule=\"0.5pt\"/>");
  CHECK(spec.header.enabled);
  CHECK(spec.header.position == RunningPosition::inner);
  CHECK(spec.header.rule == 0.5);
  CHECK_FALSE(spec.folio.enabled);
  LayoutSpec same = parse("<folio left=\"{page}\"/>");
  CHECK(same.folio.right_page == "{page}");
  CHECK(error_of_body("<header left=\"{author}\"/>").find("unknown field {author}") != std::string::npos);
  CHECK(error_of_body("<header left=\"{page\"/>").find("unmatched {") != std::string::npos);
  CHECK(error_of_body("<folio left=\"page}\"/>").find("unmatched }") != std::string::npos);
}

TEST_CASE("errors name file, line and element", "[layout][loader]") {
  std::string xml = "<?xml version=\"1.0\"?>\n<layout>\n<page size=\"A5\"/>\n<styles>\n"
                    "<style kind=\"paragraph\" size=\"-3\"/>\n</styles>\n</layout>\n";
  std::string msg = error_of(xml);
  CHECK(msg.find("bad.xml:5:") == 0);
  CHECK(msg.find("<style>") != std::string::npos);
  CHECK(msg.find("size=\"-3\"") != std::string::npos);
}

TEST_CASE("every bad value is refused", "[layout][loader]") {
  struct Case {
    const char* body;
    bool with_page;
    const char* expect;
  };
  const Case cases[] = {
      {"<paper/>", true, "unknown element"},
      {"<page size=\"A5\"/>", true, "given twice"},
      {"", false, "missing <page>"},
      {"<page/>", false, "missing size"},
      {"<page size=\"A9\"/>", false, "unknown page size"},
      {"<page size=\"10mm 10mm\"/>", false, "out of range"},
      {"<page size=\"99999mm 99999mm\"/>", false, "out of range"},
      {"<page size=\"A5\" width=\"100mm\"/>", false, "either size"},
      {"<page width=\"-100mm\" height=\"100mm\"/>", false, "out of range"},
      {"<page width=\"100\" height=\"100mm\"/>", false, "needs a unit"},
      {"<page size=\"A5\" columns=\"0\"/>", false, "out of range"},
      {"<page size=\"A5\" columns=\"1.5\"/>", false, "whole number"},
      {"<page size=\"A5\" columns=\"two\"/>", false, "not a number"},
      {"<page size=\"A5\" columns=\"4\" column-gap=\"3em\"/>", false, "narrower than 6"},
      {"<page size=\"A5\" orientation=\"sideways\"/>", false, "expected one of portrait, landscape"},
      {"<page size=\"A5\" start-recto=\"maybe\"/>", false, "expected yes or no"},
      {"<page size=\"A5\" bleed=\"1e9mm\"/>", false, "not a number"},
      {"<page size=\"A5\" bleed=\"30mm\"/>", false, "out of range"},
      {"<page size=\"A5\"><margins inner=\"60mm\" outer=\"60mm\"/></page>", false, "smaller than 30 mm"},
      {"<page size=\"A5\"><margins top=\"999mm\"/></page>", false, "out of range"},
      {"<page size=\"A5\"><margin top=\"10mm\"/></page>", false, "unknown element"},
      {"<page size=\"A5\"><grid chars=\"30\"/></page>", false, "needs both"},
      {"<page size=\"A5\"><grid chars=\"80\" lines=\"20\"/></page>", false, "does not fit"},
      {"<page size=\"A5\"><grid chars=\"3\" lines=\"20\"/></page>", false, "out of range"},
      {"<page size=\"A5\"><grid chars=\"20\" lines=\"20\"/><margins outer=\"10mm\"/></page>", false,
       "follow from the grid"},
      {"<page size=\"A5\" colour=\"red\"/>", false, "unknown attribute colour"},
      {"<styles><style kind=\"sidebar\"/></styles>", true, "unknown block kind"},
      {"<styles><style size=\"五号\"/></styles>", true, "missing attribute kind"},
      {"<styles><style kind=\"title\"/><style kind=\"title\"/></styles>", true, "given twice"},
      {"<styles><para kind=\"title\"/></styles>", true, "expected <style>"},
      {"<styles><style kind=\"title\" size=\"九号\"/></styles>", true, "not a size"},
      {"<styles><style kind=\"title\" size=\"1000\"/></styles>", true, "out of range"},
      {"<styles><style kind=\"title\" size=\"0\"/></styles>", true, "out of range"},
      {"<styles><style kind=\"title\" leading=\"9\"/></styles>", true, "multiple of the size"},
      {"<styles><style kind=\"title\" leading=\"1pt\"/></styles>", true, "out of range"},
      {"<styles><style kind=\"title\" align=\"middle\"/></styles>", true, "expected one of"},
      {"<styles><style kind=\"title\" first-indent=\"-2em\"/></styles>", true, "out of range"},
      {"<styles><style kind=\"title\" space-before=\"1\"/></styles>", true, "needs a unit"},
      {"<styles><style kind=\"title\" gray=\"2\"/></styles>", true, "out of range"},
      {"<styles><style kind=\"title\" sise=\"五号\"/></styles>", true, "unknown attribute sise"},
      {"<styles><style kind=\"title\"><b/></style></styles>", true, "unexpected child"},
      {"<styles>hello</styles>", true, "unexpected text"},
      {"<footnotes placement=\"margin\"/>", true, "expected one of page-foot, article-end"},
      {"<handout notes-lines=\"1000\"/>", true, "out of range"},
      {"<handout notes-spacing=\"1mm\"/>", true, "out of range"},
      {"<header left=\"x\" offset=\"-1mm\"/>", true, "out of range"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.body);
    std::string msg = error_of_body(c.body, c.with_page);
    CHECK(msg.find(c.expect) != std::string::npos);
    CHECK(msg.find("bad.xml:") == 0);
  }
}

TEST_CASE("broken XML, wrong root, version, deep nesting and huge files are refused", "[layout][loader]") {
  CHECK(error_of("<layout><page size=\"A5\"></layout>").find("not a layout file") != std::string::npos);
  CHECK(error_of("").find("not a layout file") != std::string::npos);
  CHECK(error_of("<html/>").find("root element must be <layout>") != std::string::npos);
  CHECK(error_of("<layout version=\"2\"><page size=\"A5\"/></layout>").find("version") != std::string::npos);
  std::string deep = "<layout><page size=\"A5\"/>";
  for (int i = 0; i < 5000; ++i) deep += "<styles>";
  for (int i = 0; i < 5000; ++i) deep += "</styles>";
  deep += "</layout>";
  CHECK(error_of(deep).find("nested too deeply") != std::string::npos);
  std::string shallow_nest = wrap("<styles><style kind=\"title\"><style kind=\"title\"/></style></styles>");
  CHECK(error_of(shallow_nest).find("unexpected child") != std::string::npos);
  std::string huge = wrap("<!--" + std::string(2u << 20, 'x') + "-->");
  CHECK(error_of(huge).find("larger than 1 MiB") != std::string::npos);
}
