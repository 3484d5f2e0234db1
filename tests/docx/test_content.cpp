// What document.xml, footnotes.xml, header and footer say.
#include <catch2/catch.hpp>

#include "docx/docx_support.h"
#include "export/docx/docx.h"

using namespace docx_test;

namespace {

struct Para {
  std::string style;
  std::string text;
  const tinyxml2::XMLElement* element;
};

std::string run_text(const tinyxml2::XMLElement* p) {
  std::string text;
  for (auto* t : descendants(p, "w:t")) text += t->GetText() ? t->GetText() : "";
  return text;
}

std::vector<Para> paragraphs(const tinyxml2::XMLElement* story) {
  std::vector<Para> out;
  for (auto* p : descendants(story, "w:p")) {
    auto* ppr = p->FirstChildElement("w:pPr");
    auto* ps = ppr ? ppr->FirstChildElement("w:pStyle") : nullptr;
    out.push_back({ps ? ps->Attribute("w:val") : "", run_text(p), p});
  }
  return out;
}

std::vector<std::string> run_styles(const tinyxml2::XMLElement* p) {
  std::vector<std::string> out;
  for (auto* r : children(p, "w:r")) {
    auto* rpr = r->FirstChildElement("w:rPr");
    auto* rs = rpr ? rpr->FirstChildElement("w:rStyle") : nullptr;
    out.push_back(rs ? rs->Attribute("w:val") : "");
  }
  return out;
}

}  // namespace

TEST_CASE("document paragraphs carry the style of what they are") {
  std::string docx = paiban::export_docx::write_docx(sample_article(), handout_layout());
  auto doc = parse_xml(entry(docx, "word/document.xml"));
  auto paras = paragraphs(doc->RootElement());
  std::vector<std::string> styles;
  for (auto& p : paras) styles.push_back(p.style);
  std::vector<std::string> expected = {
      "Title", "Subtitle", "SourceLine", "Byline", "Affiliation", "Abstract", "Keywords", "Lead",
      "Heading1", "BodyText", "Heading2", "Point", "Point", "BodyText", "FootnoteText",
      "EditorNote", "RelatedHeading", "Related", "Related", "NotesHeading"};
  expected.insert(expected.end(), handout_layout().handout.notes_lines, "NotesLine");
  CHECK(styles == expected);

  CHECK(paras[0].text == "基层党组织建设的几点思考");
  CHECK(paras[2].text == "来源：《党建研究》2018年11期\u30002018年11月20日");
  CHECK(paras[3].text == "于君博1,*\u3000\u3000组织部长\u3000姜\u3000荣");
  CHECK(run_styles(paras[3].element) == std::vector<std::string>{"", "AuthorMark", ""});
  CHECK(paras[5].text == "摘要：本文讨论基层党组织建设中的三个问题，提出相应的对策。");
  CHECK(run_styles(paras[5].element) == std::vector<std::string>{"Label", ""});
  CHECK(paras[6].text == "关键词：基层党组织；组织力；党员教育");
  CHECK(paras[11].text == "一是加强组织覆盖。在新兴领域建立党组织，做到应建尽建。");
  CHECK(run_styles(paras[11].element) == std::vector<std::string>{"PointLead", ""});
  CHECK(paras[14].text == "②本段未被引用的注释。");
  CHECK(paras[15].text == "（责编：张灵霞）");
  CHECK(paras[16].text == "相关阅读");
  CHECK(paras[19].text == "学习笔记");
}

TEST_CASE("a referenced note becomes a real footnote with its printed mark") {
  std::string docx = paiban::export_docx::write_docx(sample_article(), handout_layout());
  auto doc = parse_xml(entry(docx, "word/document.xml"));
  auto refs = descendants(doc->RootElement(), "w:footnoteReference");
  REQUIRE(refs.size() == 1);
  CHECK(std::string(refs[0]->Attribute("w:id")) == "1");
  CHECK(std::string(refs[0]->Attribute("w:customMarkFollows")) == "1");
  CHECK(std::string(refs[0]->NextSiblingElement("w:t")->GetText()) == "①");

  auto paras = paragraphs(doc->RootElement());
  CHECK(paras[9].text == "近年来，基层党组织建设取得明显成效①，但仍存在薄弱环节。");
  // `[9]` points at no note: it stays as text in the reference style.
  CHECK(paras[13].text == "参见文献[9]的讨论。");
  CHECK(run_styles(paras[13].element) == std::vector<std::string>{"", "FootnoteReference", ""});

  auto notes = parse_xml(entry(docx, "word/footnotes.xml"));
  auto list = children(notes->RootElement(), "w:footnote");
  REQUIRE(list.size() == 3);
  CHECK(std::string(list[0]->Attribute("w:type")) == "separator");
  CHECK(std::string(list[1]->Attribute("w:type")) == "continuationSeparator");
  CHECK(std::string(list[2]->Attribute("w:id")) == "1");
  auto note = paragraphs(list[2]);
  REQUIRE(note.size() == 1);
  CHECK(note[0].style == "FootnoteText");
  CHECK(note[0].text == "①数据来自2017年党内统计公报。");
  CHECK(run_styles(note[0].element) == std::vector<std::string>{"FootnoteReference", ""});
}

TEST_CASE("page size and margins come from the layout, in twips") {
  const auto& layout = handout_layout();
  auto doc = parse_xml(entry(paiban::export_docx::write_docx(sample_article(), layout), "word/document.xml"));
  auto* body = doc->RootElement()->FirstChildElement("w:body");
  auto* sect = body->LastChildElement();
  REQUIRE(std::string(sect->Name()) == "w:sectPr");
  auto twips = [](double pt) { return std::to_string(static_cast<int>(std::lround(pt * 20))); };
  CHECK(std::string(sect->FirstChildElement("w:pgSz")->Attribute("w:w")) == "11906");  // A4
  CHECK(std::string(sect->FirstChildElement("w:pgSz")->Attribute("w:h")) == "16838");
  auto* mar = sect->FirstChildElement("w:pgMar");
  CHECK(std::string(mar->Attribute("w:top")) == twips(layout.page.margin_top));
  CHECK(std::string(mar->Attribute("w:bottom")) == twips(layout.page.margin_bottom));
  CHECK(std::string(mar->Attribute("w:left")) == twips(layout.page.margin_inner));
  CHECK(std::string(mar->Attribute("w:right")) == twips(layout.page.margin_outer));
  CHECK(std::atoi(mar->Attribute("w:header")) > 0);
  CHECK(std::atoi(mar->Attribute("w:header")) < std::atoi(mar->Attribute("w:top")));
}

TEST_CASE("header names journal and issue; footer counts pages with fields") {
  std::string docx = paiban::export_docx::write_docx(sample_article(), handout_layout());
  auto header = parse_xml(entry(docx, "word/header1.xml"));
  CHECK(paragraphs(header->RootElement()).at(0).text == "党建研究\u30002018年11期");
  auto footer = parse_xml(entry(docx, "word/footer1.xml"));
  auto* p = footer->RootElement()->FirstChildElement("w:p");
  auto fields = children(p, "w:fldSimple");
  REQUIRE(fields.size() == 2);
  CHECK(std::string(fields[0]->Attribute("w:instr")) == " PAGE ");
  CHECK(std::string(fields[1]->Attribute("w:instr")) == " NUMPAGES ");
  CHECK(without_space(run_text(p)) == "第1页共1页");
}

TEST_CASE("handout extras follow the layout") {
  auto layout = handout_layout();
  layout.handout.source_line = false;
  layout.handout.notes_lines = 0;
  auto doc = parse_xml(entry(paiban::export_docx::write_docx(sample_article(), layout), "word/document.xml"));
  for (auto& p : paragraphs(doc->RootElement())) {
    CHECK(p.style != "SourceLine");
    CHECK(p.style != "NotesHeading");
    CHECK(p.style != "NotesLine");
  }
  layout.handout.notes_lines = 3;
  layout.handout.notes_title = "讨论";
  doc = parse_xml(entry(paiban::export_docx::write_docx(sample_article(), layout), "word/document.xml"));
  auto paras = paragraphs(doc->RootElement());
  CHECK(paras.back().style == "NotesLine");
  CHECK(paras[paras.size() - 4].text == "讨论");
}

TEST_CASE("an English abstract and key words follow the Chinese ones") {
  auto article = sample_article();
  article.abstract_en = "This paper discusses three problems.";
  article.keywords_en = {"grassroots", "organisation"};
  auto doc = parse_xml(entry(paiban::export_docx::write_docx(article, handout_layout()), "word/document.xml"));
  auto paras = paragraphs(doc->RootElement());
  CHECK(paras[7].style == "Abstract");
  CHECK(paras[7].text == "Abstract: This paper discusses three problems.");
  CHECK(paras[8].style == "Keywords");
  CHECK(paras[8].text == "Key words: grassroots; organisation");
  CHECK(run_styles(paras[8].element) == std::vector<std::string>{"Label", ""});
  CHECK(paras[9].style == "Lead");
}

TEST_CASE("XML special characters and edge spaces survive") {
  auto article = sample_article();
  article.title = "A&B <C> \"D\"";
  article.blocks.at(1).runs.at(0).text = " 前后有空格 ";
  std::string docx = paiban::export_docx::write_docx(article, handout_layout());
  auto doc = parse_xml(entry(docx, "word/document.xml"));
  auto paras = paragraphs(doc->RootElement());
  CHECK(paras[0].text == "A&B <C> \"D\"");
  auto* t = paras[9].element->FirstChildElement("w:r")->FirstChildElement("w:t");
  CHECK(std::string(t->GetText()) == " 前后有空格 ");
  CHECK(std::string(t->Attribute("xml:space")) == "preserve");
}
