// The PDF and the DOCX handout of the same article print the same labels
// (src/model/labels.h): `paiban render` to both, then pdftotext of the PDF
// against the text of word/document.xml.
#include <catch2/catch.hpp>

#include "docx/docx_support.h"
#include "model/labels.h"

using namespace docx_test;
using paiban::model::kLabels;

namespace {

// Every field that gets a label, written with the half-width punctuation and
// the web label 猜你喜欢 of the scraped archive.
const char* const kArticle =
    "基层党组织建设的几点思考\n\n"
    "2018-11-20 06:29\n"
    "党建研究 2018年11期\n"
    "关键词:基层党组织;组织力;党员教育\n"
    "摘要:本文讨论基层党组织建设中的三个问题,提出相应的对策。\n\n"
    "近年来,基层党组织建设取得明显成效,但仍存在薄弱环节。提升组织力是新时代基层党组织建设的重点。\n\n"
    "党员教育要经常抓、反复抓,组织力才能落到实处。\n\n"
    "(责编:张灵霞)\n\n"
    "猜你喜欢\n"
    "从组织部门的“五个一”看优良部风\n"
    "当干部切忌“打官腔”\n";

std::string render(const TempDir& dir, const std::string& name) {
  std::string output = (dir.path() / name).string();
  CommandResult r = run("env SOURCE_DATE_EPOCH=1414800000 " + shell_quoted(PAIBAN_CLI) + " render " +
                        shell_quoted((dir.path() / "article.txt").string()) + " --layout handout-a4 -o " +
                        shell_quoted(output) + " 2>&1");
  INFO(r.output);
  REQUIRE(r.status == 0);
  return output;
}

std::string pdf_text(const std::string& pdf) {
  CommandResult r = run("pdftotext -enc UTF-8 " + shell_quoted(pdf) + " -");
  REQUIRE(r.status == 0);
  return without_space(r.output);
}

std::string docx_text(const std::string& docx) {
  auto doc = parse_xml(entry(read_file(docx), "word/document.xml"));
  std::string text;
  for (const tinyxml2::XMLElement* t : descendants(doc->RootElement(), "w:t"))
    if (t->GetText()) text += t->GetText();
  return without_space(text);
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("the PDF and the DOCX handout print the same labels") {
  TempDir dir;
  write_file(dir.path() / "article.txt", kArticle);
  std::string pdf = pdf_text(render(dir, "handout.pdf"));
  std::string docx = docx_text(render(dir, "handout.docx"));
  INFO("PDF:  " << pdf);
  INFO("DOCX: " << docx);

  std::string keywords = std::string(kLabels.keywords) + "基层党组织" + kLabels.keyword_separator + "组织力" +
                         kLabels.keyword_separator + "党员教育";
  std::string credit = std::string(kLabels.editor_before) + "张灵霞" + kLabels.editor_after;
  for (const std::string& label : {std::string(kLabels.source), std::string(kLabels.abstract), keywords, credit,
                                   std::string(kLabels.related_heading), std::string(kLabels.notes_title)}) {
    INFO(label);
    CHECK(count(pdf, label) == 1);
    CHECK(count(docx, label) == 1);
  }
  // The source's half-width colons and web label are not what either prints.
  for (const char* stray : {"猜你喜欢", "来源:", "摘要:", "关键词:", "责编:", "(责编"}) {
    INFO(stray);
    CHECK(count(pdf, stray) == 0);
    CHECK(count(docx, stray) == 0);
  }
}

TEST_CASE("labels in Chinese text end with the full-width colon") {
  for (const char* label : {kLabels.source, kLabels.abstract, kLabels.keywords, kLabels.editor_before,
                            kLabels.editor_note}) {
    std::string s = label;
    INFO(s);
    CHECK(s.size() >= 3);
    CHECK(s.compare(s.size() - 3, 3, "：") == 0);
    CHECK(s.find(':') == std::string::npos);
  }
}
