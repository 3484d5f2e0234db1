// Named styles built from the layout, with the East Asian settings.
#include <map>

#include <catch2/catch.hpp>

#include "docx/docx_support.h"
#include "export/docx/docx.h"

using namespace docx_test;

namespace {

struct Styles {
  std::unique_ptr<tinyxml2::XMLDocument> doc;
  std::map<std::string, const tinyxml2::XMLElement*> by_id;
};

Styles styles_of(const std::string& docx) {
  Styles s{parse_xml(entry(docx, "word/styles.xml")), {}};
  for (auto* style : children(s.doc->RootElement(), "w:style")) s.by_id[style->Attribute("w:styleId")] = style;
  return s;
}

std::string prop(const tinyxml2::XMLElement* style, const char* group, const char* element,
                 const char* attribute = "w:val") {
  auto* g = style->FirstChildElement(group);
  auto* e = g ? g->FirstChildElement(element) : nullptr;
  const char* v = e ? e->Attribute(attribute) : nullptr;
  return v ? v : "";
}

std::string name_of(const tinyxml2::XMLElement* style) {
  return style->FirstChildElement("w:name")->Attribute("w:val");
}

}  // namespace

TEST_CASE("the handout has one named style per kind of text") {
  auto s = styles_of(paiban::export_docx::write_docx(sample_article(), handout_layout()));
  std::map<std::string, std::string> expected = {
      {"Title", "Title"}, {"Subtitle", "Subtitle"}, {"Byline", "Byline"}, {"Abstract", "Abstract"},
      {"Lead", "Lead"}, {"Heading1", "heading 1"}, {"Heading2", "heading 2"},
      {"BodyText", "Body Text"}, {"Point", "Point"}, {"FootnoteText", "footnote text"},
      {"EditorNote", "Editor Note"}, {"Related", "Related"}, {"SourceLine", "Source Line"},
      {"PointLead", "Point Lead"}, {"FootnoteReference", "footnote reference"}};
  for (auto& [id, name] : expected) {
    INFO(id);
    REQUIRE(s.by_id.count(id));
    CHECK(name_of(s.by_id[id]) == name);
  }
  CHECK(std::string(s.by_id["PointLead"]->Attribute("w:type")) == "character");
  CHECK(std::string(s.by_id["Point"]->Attribute("w:type")) == "paragraph");
}

TEST_CASE("paragraph styles follow the layout's block styles") {
  const auto& layout = handout_layout();
  auto s = styles_of(paiban::export_docx::write_docx(sample_article(), layout));
  auto* body = s.by_id["BodyText"];
  CHECK(prop(body, "w:pPr", "w:jc") == "both");
  CHECK(prop(body, "w:pPr", "w:ind", "w:firstLineChars") == "200");
  CHECK(prop(body, "w:rPr", "w:sz") == std::to_string(static_cast<int>(layout.style("paragraph").size * 2)));
  CHECK(prop(body, "w:pPr", "w:spacing", "w:line") ==
        std::to_string(static_cast<int>(std::lround(layout.style("paragraph").leading * 20))));
  CHECK(prop(body, "w:pPr", "w:spacing", "w:lineRule") == "atLeast");

  CHECK(prop(s.by_id["Title"], "w:pPr", "w:jc") == "center");
  CHECK(prop(s.by_id["Title"], "w:rPr", "w:b") == "1");
  CHECK(prop(s.by_id["EditorNote"], "w:pPr", "w:jc") == "right");
  CHECK(prop(s.by_id["Heading1"], "w:pPr", "w:outlineLvl") == "0");
  CHECK(prop(s.by_id["Heading2"], "w:pPr", "w:outlineLvl") == "1");
  CHECK(s.by_id["Heading1"]->FirstChildElement("w:pPr")->FirstChildElement("w:keepNext"));
  CHECK(prop(s.by_id["Abstract"], "w:pPr", "w:ind", "w:leftChars") == "200");
  CHECK(prop(s.by_id["Abstract"], "w:pPr", "w:ind", "w:rightChars") == "200");
  CHECK(prop(s.by_id["Point"], "w:pPr", "w:ind", "w:firstLineChars") == "200");
  CHECK(std::string(s.by_id["Point"]->FirstChildElement("w:basedOn")->Attribute("w:val")) == "BodyText");
  CHECK(prop(s.by_id["FootnoteReference"], "w:rPr", "w:vertAlign") == "superscript");
  // The layout sets the run-in sentence in the heading face (黑体).
  CHECK(prop(s.by_id["PointLead"], "w:rPr", "w:rFonts", "w:eastAsia") == "Noto Sans CJK SC");
}

TEST_CASE("every style names its East Asian face and language") {
  auto check_all = [](const std::string& docx, const std::string& lang) {
    auto s = styles_of(docx);
    for (auto& [id, style] : s.by_id) {
      if (id == "DefaultParagraphFont") continue;
      INFO(id);
      CHECK(!prop(style, "w:rPr", "w:rFonts", "w:eastAsia").empty());
      CHECK(prop(style, "w:rPr", "w:lang", "w:eastAsia") == lang);
    }
    auto* normal = s.by_id["Normal"];
    for (const char* rule : {"w:kinsoku", "w:autoSpaceDE", "w:autoSpaceDN"}) {
      INFO(rule);
      CHECK(prop(normal, "w:pPr", rule) == "1");
    }
  };
  auto article = sample_article();
  check_all(paiban::export_docx::write_docx(article, handout_layout()), "zh-CN");
  article.language = "zh-Hant";
  std::string hant = paiban::export_docx::write_docx(article, handout_layout());
  check_all(hant, "zh-TW");
  CHECK(entry(hant, "word/styles.xml").find("Noto Serif CJK TC") != std::string::npos);
  CHECK(entry(hant, "word/fontTable.xml").find("新細明體") != std::string::npos);
}

TEST_CASE("the font table offers Windows faces for the CJK families") {
  std::string docx = paiban::export_docx::write_docx(sample_article(), handout_layout());
  auto fonts = parse_xml(entry(docx, "word/fontTable.xml"));
  std::map<std::string, std::string> alt;
  for (auto* f : children(fonts->RootElement(), "w:font"))
    alt[f->Attribute("w:name")] = f->FirstChildElement("w:altName")->Attribute("w:val");
  CHECK(alt["Noto Serif CJK SC"] == "宋体");
  CHECK(alt["Noto Sans CJK SC"] == "黑体");
  CHECK(alt["LXGW WenKai"] == "楷体");
  // Every family a style names is in the table.
  auto s = styles_of(docx);
  for (auto* rf : descendants(s.doc->RootElement(), "w:rFonts"))
    for (const char* a : {"w:eastAsia", "w:ascii"}) {
      INFO(rf->Attribute(a));
      CHECK(alt.count(rf->Attribute(a)) == 1);
    }
}

TEST_CASE("settings compress punctuation and pin the Word version") {
  auto settings = parse_xml(entry(paiban::export_docx::write_docx(sample_article(), handout_layout()),
                                  "word/settings.xml"));
  auto* root = settings->RootElement();
  CHECK(std::string(root->FirstChildElement("w:characterSpacingControl")->Attribute("w:val")) ==
        "compressPunctuation");
  CHECK(root->FirstChildElement("w:footnotePr"));
  CHECK(!root->FirstChildElement("w:rsids"));
  CHECK(!root->FirstChildElement("w:proofState"));
  CHECK(std::string(root->FirstChildElement("w:themeFontLang")->Attribute("w:eastAsia")) == "zh-CN");
}
