// python-docx, an independent reader, gets the styles, texts and core
// properties back.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "docx/docx_support.h"
#include "export/docx/docx.h"

using namespace docx_test;

namespace {

nlohmann::json read_back(const std::string& docx) {
  TempDir dir;
  write_file(dir.path() / "handout.docx", docx);
  CommandResult r = run("/usr/bin/python3 " + shell_quoted(PAIBAN_TESTS_DIR "/docx/read_docx.py") + " " +
                        shell_quoted((dir.path() / "handout.docx").string()));
  INFO(r.output);
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.output);
}

}  // namespace

TEST_CASE("python-docx reads paragraph styles and texts in order") {
  auto article = sample_article();
  auto json = read_back(paiban::export_docx::write_docx(article, handout_layout()));
  auto& paras = json["paragraphs"];
  REQUIRE(paras.size() >= 16);
  CHECK(paras[0] == nlohmann::json::array({"Title", article.title}));
  CHECK(paras[1] == nlohmann::json::array({"Subtitle", article.subtitle}));
  CHECK(paras[4] == nlohmann::json::array({"Affiliation", article.affiliations[0]}));
  CHECK(paras[7] == nlohmann::json::array({"Lead", article.lead}));
  CHECK(paras[8] == nlohmann::json::array({"Heading 1", article.blocks[0].text()}));
  CHECK(paras[9] == nlohmann::json::array({"Body Text", article.blocks[1].text()}));
  CHECK(paras[10] == nlohmann::json::array({"Heading 2", article.blocks[2].text()}));
  CHECK(paras[11] == nlohmann::json::array({"Point", article.blocks[3].text()}));
  CHECK(paras[12] == nlohmann::json::array({"Point", article.blocks[4].text()}));
  CHECK(paras[14] == nlohmann::json::array({"footnote text", article.blocks[7].text()}));
  CHECK(paras[15] == nlohmann::json::array({"Editor Note", "（责编：张灵霞）"}));

  std::vector<std::string> styles = json["styles"];
  for (const char* name : {"Byline", "Abstract", "Source Line", "Related", "Point Lead", "footnote text"}) {
    INFO(name);
    CHECK(std::find(styles.begin(), styles.end(), name) != styles.end());
  }
  CHECK(json["header"] == nlohmann::json::array({"党建研究\u30002018年11期"}));
}

TEST_CASE("python-docx reads the core properties and the page size") {
  auto json = read_back(paiban::export_docx::write_docx(sample_article(), handout_layout()));
  CHECK(json["core"]["title"] == "基层党组织建设的几点思考");
  CHECK(json["core"]["author"] == "于君博；姜荣");
  CHECK(json["core"]["subject"] == "党建研究 2018年11期");
  CHECK(json["core"]["keywords"] == "基层党组织；组织力；党员教育");
  CHECK(json["core"]["created"] == "2018-11-20T06:29:00");
  CHECK(json["page_mm"] == nlohmann::json::array({210.0, 297.0}));
}
